// The fixed cost of one <news-article> at 1,000 words: the same article with a one-line body,
// field by field, against the floor with the same body; and the two elements it renders, alone.
import { open } from '../lib/browser.js';
import { measure } from '../lib/measure.js';
import { median } from '../lib/stats.js';
import { timing } from './render.js';

/** Each step adds fields to the one before; the last is the full article of the render rows. */
const STEPS = [
  ['title (+ reading time, summary toggle, body)', []],
  ['+ kicker, dek', ['kicker', 'dek']],
  ['+ 2 authors (Intl.ListFormat)', ['authors']],
  ['+ dateline, published, updated (2 × Intl.DateTimeFormat)', ['dateline', 'published', 'updated']],
  ['+ lang, 3 tags', ['lang', 'tags']],
  ['+ prev / next (<article-nav> shown)', ['prev', 'next']],
];
const PARTS = [
  ['<article-summary> alone', 'article-summary'],
  ['<article-nav> alone, 2 links', 'article-nav'],
];
const id = (label) => `fixed.${label.replace(/\W+/g, '-').replace(/^-|-$/g, '').toLowerCase()}`;

export async function fixed({ browser, origin, runs }) {
  const { page, cdp } = await open(browser, `${origin}/bench/page/index.html`);
  await page.evaluate(() => window.bench.load(1000));
  const cases = { floor: { run: ['floor', 1000, { short: true }] } };
  let fields = [];
  for (const [label, add] of STEPS) {
    fields = [...fields, ...add];
    cases[label] = { run: ['ours', 1000, { short: true, fields }] };
  }
  for (const [label, tag] of PARTS) cases[label] = { run: ['part', tag] };
  const t = await measure({ page, cdp }, cases, { runs: runs * 2 });
  await page.close();

  const section = 'Fixed cost at 1,000 words: the full article with a one-line body, fields added one by one';
  const rows = [timing(t, 'floor', undefined, { id: 'fixed.floor', section, label: 'floor with the one-line body' })];
  let before = rows[0];
  for (const [label] of STEPS) {
    const row = timing(t, label, undefined, { id: id(label), section, label: `<news-article>: ${label}` });
    const d = row.value - before.value;
    rows.push({ ...row, label: label.startsWith('+') ? `  ${label}` : row.label, note: `${d >= 0 ? '+' : ''}${d.toFixed(2)} ms` });
    before = row;
  }
  const full = STEPS.at(-1)[0];
  rows.push({
    id: 'fixed.total',
    section,
    label: 'fixed cost = full article − floor',
    value: median(t[full].cpu) - median(t.floor.cpu),
    wall: median(t[full].wall) - median(t.floor.wall),
    unit: 'ms',
  });
  for (const [label] of PARTS) rows.push(timing(t, label, undefined, { id: id(label), section, label }));
  return rows;
}
