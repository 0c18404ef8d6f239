import { expect } from '@open-wc/testing';
import { isDayOnly, machineDate, readableDate } from './article-date.js';

// A bare date is read as local midnight (article/validate.ts): that is what these build.
const day = new Date('2026-03-20T00:00');
const moment = new Date('2026-03-20T16:30:00Z');
// Ends with a short time zone name: "UTC", "GMT", "GMT+1", "CET", "MEZ", "GMT-05:00"…
const ZONE = /(UTC|GMT|[A-Z]{2,5})([+−-]\d{1,2}(:\d\d)?)?$/;

describe('article dates', () => {
  it('shows a bare date as that day, with no invented time', () => {
    const text = readableDate(day, 'en');
    expect(text).to.equal('March 20, 2026');
    expect(text).to.not.match(/\d:\d/);
    expect(readableDate(day, 'de')).to.equal('20. März 2026');
  });

  it('keeps a bare date on its day in the datetime attribute, whatever the zone', () => {
    expect(isDayOnly(day)).to.be.true;
    expect(machineDate(day)).to.equal('2026-03-20');
  });

  it('shows a time with its time zone, so readers elsewhere are not misled', () => {
    expect(isDayOnly(moment)).to.be.false;
    for (const lang of ['en', 'fr', 'de', 'ja']) {
      const text = readableDate(moment, lang);
      expect(text, lang).to.match(/\d:\d\d/);
      expect(text, lang).to.match(ZONE);
    }
    expect(machineDate(moment)).to.equal('2026-03-20T16:30:00.000Z');
  });

  it('formats the same date differently per language and per kind (the formatter cache keys both)', () => {
    expect(readableDate(day, 'fr')).to.equal('20 mars 2026');
    expect(readableDate(moment, 'fr')).to.not.equal(readableDate(moment, 'en'));
    // A day and a moment in one language use different formats, not the first one made.
    expect(readableDate(day, 'fr')).to.not.match(/\d:\d/);
    expect(readableDate(moment, 'fr')).to.match(/\d:\d/);
  });
});
