import { lazyPattern } from './lazy-pattern.js';

/**
 * Raw sentence segments: a paragraph cut after every possible sentence stop, which
 * `sentences.ts` then joins where the stop did not end a sentence ("Mr.", "U.S.", "p.m. on").
 *
 * The cuts follow the Unicode sentence rules (UAX #29) that matter here: after sentence-ending
 * punctuation of any script (`\p{STerm}`: . ! ? । ؟ 。 ！ …), with the closing quotes and brackets
 * and spaces that follow it, and after a line break. A full stop cuts only before a space, a
 * closing mark or the end ("3.5", "U.S.A", "example.com" stay whole). One regular expression,
 * read once from start to end: linear in the worst case, unlike `Intl.Segmenter`, which slows
 * down sharply on long strings and costs about a microsecond per segment.
 */
const STOP = lazyPattern(
  String.raw`(?:[^\P{STerm}.]|\.(?=[\s\p{Pe}\p{Pf}"'»]|$))[\p{STerm}\p{Pe}\p{Pf}"'»]*\s*|\n\s*`,
  'gu',
);

/** The raw sentence segments of one paragraph, in order; together they are the paragraph. */
export function* segmentsOf(paragraph: string): Generator<string> {
  let from = 0;
  for (const stop of paragraph.matchAll(STOP())) {
    const to = stop.index + stop[0].length;
    if (to > from) yield paragraph.slice(from, to);
    from = to;
  }
  if (from < paragraph.length) yield paragraph.slice(from);
}
