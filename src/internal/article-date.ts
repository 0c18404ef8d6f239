import { intlFormat } from './intl-formats.js';

// A day alone: no time was given, so none is shown.
const DAY: Intl.DateTimeFormatOptions = { dateStyle: 'long' };
// A moment: the day, the time and the reader's time zone ("GMT", "CET"), so readers elsewhere
// are not misled. (dateStyle cannot be combined with timeZoneName, hence the fields.)
const MOMENT: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

/**
 * Whether a date stands for a whole day. A bare `2026-03-20` is read as local midnight (see
 * article/validate.ts), so local midnight to the millisecond is taken as "no time given".
 */
export const isDayOnly = (date: Date) =>
  !date.getHours() && !date.getMinutes() && !date.getSeconds() && !date.getMilliseconds();

const pad = (n: number, digits = 2) => String(n).padStart(digits, '0');

/** The `datetime` attribute: the calendar day (`2026-03-20`) for a day, else the exact instant in UTC. */
export const machineDate = (date: Date) =>
  isDayOnly(date)
    ? `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
    : date.toISOString();

/** The date as readers of `lang` write it: "March 20, 2026", or "March 20, 2026 at 4:30 PM UTC". */
export const readableDate = (date: Date, lang: string) =>
  intlFormat(Intl.DateTimeFormat, lang, isDayOnly(date) ? DAY : MOMENT).format(date);
