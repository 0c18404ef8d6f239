// The first paint of <news-article>: headline and body, with room kept for the toggles, the
// nav and the Intl-formatted byline and dates, which follow in the next update. The checks
// look at the frame the reader first sees (a ResizeObserver callback runs after that frame's
// animation-frame callbacks and layout, just before it is painted), then compare it with the
// finished article.
import { expect, fixture, html } from '@open-wc/testing';
import './news-article.js';
import type { NewsArticleElement } from './news-article.js';

const paragraphs = (n: number) =>
  Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} of the report, long enough to fill a line of the column or two.`).join('\n\n');

const article = (body: string) => ({
  title: 'Harbour ferries run through the night',
  dek: 'The late boats start on Friday.',
  authors: [{ name: 'Ana Ruiz', url: 'https://example.org/ana' }, { name: 'Ben Okafor' }],
  dateline: 'Westmere',
  published: '2026-09-20T16:30:00Z',
  updated: '2026-09-21',
  tags: ['Transport'],
  body,
  prev: { title: 'Bridge works begin', url: '/news/bridge' },
  next: { title: 'A new timetable for the trams', url: '/news/trams' },
});

const LONG = paragraphs(80);
const SHORT = paragraphs(1);

/** What the reader's first frame holds, and the boxes of what must not move. */
interface Frame {
  state: string;
  toggles: number;
  heldToggles: number;
  nav: boolean;
  byline: string;
  bylineVisible: boolean;
  boxes: Record<string, string>;
}

const BOXES = ['h1', '[part=byline]', '[part=meta]', '#body', '#body p:last-child', '[part=tags]'];

function look(el: NewsArticleElement): Frame {
  const root = el.shadowRoot!;
  const byline = root.querySelector('[part=byline]')!;
  const boxes: Record<string, string> = {};
  for (const selector of BOXES) {
    const box = root.querySelector(selector)!.getBoundingClientRect();
    boxes[selector] = `x ${box.x} y ${box.y} w ${box.width} h ${box.height}`;
  }
  return {
    state: el.state,
    toggles: root.querySelectorAll('article-summary').length,
    heldToggles: root.querySelectorAll('.held-summary').length,
    nav: !!root.querySelector('article-nav'),
    byline: byline.textContent!.trim(),
    bylineVisible: getComputedStyle(byline).visibility === 'visible',
    boxes,
  };
}

/** What `el` shows in the first frame painted once it is ready. */
function firstReadyFrame(el: NewsArticleElement) {
  return new Promise<Frame>((resolve) => {
    // Called for the first frame after observe(), then whenever the element's size changes.
    const observer = new ResizeObserver(() => {
      if (el.state !== 'ready') return;
      observer.disconnect();
      resolve(look(el));
    });
    observer.observe(el);
  });
}

/**
 * Renders `body` in a column `width` px wide and returns the first frame and the finished one;
 * `changes` are set over the test article.
 */
async function paint(body: string, width: number, changes: Record<string, unknown> = {}) {
  const wrap = await fixture<HTMLElement>(
    html`<div style="width: ${width}px; font: 16px/1.5 serif; --news-article-max-width: none"></div>`,
  );
  const el = document.createElement('news-article') as NewsArticleElement;
  el.article = { ...article(body), ...changes };
  const first = firstReadyFrame(el);
  wrap.append(el);
  const firstFrame = await first;
  await el.updateComplete;
  return { el, first: firstFrame, last: look(el) };
}

describe('<news-article> first paint', () => {
  it('paints the headline and body first; the toggles, nav, byline and dates follow', async () => {
    // 900 px: the stand-ins for the byline and both dates fit on their lines.
    const { el, first, last } = await paint(LONG, 900);
    expect(el.shadowRoot!.querySelector('h1')).to.exist;
    expect(first.toggles, 'no toggle element in the first frame').to.equal(0);
    expect(first.heldToggles, 'room kept for both toggles').to.equal(2);
    expect(first.nav, 'no nav in the first frame').to.equal(false);
    expect(first.bylineVisible, 'the stand-in byline is not shown').to.equal(false);
    expect(last.toggles).to.equal(2);
    expect(last.heldToggles).to.equal(0);
    expect(last.nav).to.equal(true);
    expect(last.byline).to.equal('Ana Ruiz and Ben Okafor');
    expect(last.bylineVisible).to.equal(true);
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('September 20, 2026 at 4:30 PM UTC');
  });

  for (const width of [280, 360, 500, 760, 900]) {
    it(`moves nothing from the first frame to the finished article, ${width} px wide`, async () => {
      const { first, last } = await paint(LONG, width);
      expect(last.boxes).to.deep.equal(first.boxes);
    });
  }

  it('moves nothing in every built-in language, with one or three authors and one or two dates', async () => {
    const three = [{ name: 'Ana Ruiz' }, { name: 'Ben Okafor' }, { name: 'Chiara Lindqvist-Moreau' }];
    const moved = [];
    for (const lang of ['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'ar', 'zh', 'ja', 'ru', 'hi']) {
      for (const width of [330, 420, 640]) {
        for (const changes of [{ lang }, { lang, authors: three, updated: '2026-12-21T09:05:00Z' }]) {
          const { el, first, last } = await paint(LONG, width, changes);
          el.parentElement!.remove();
          if (last.boxes['#body'] !== first.boxes['#body']) moved.push(`${lang} ${width}px ${changes.authors ? 'three authors' : 'two'}: ${JSON.stringify(first.boxes)} -> ${JSON.stringify(last.boxes)}`);
        }
      }
    }
    expect(moved, 'the body moved after the first paint').to.deep.equal([]);
  });

  it('holds the byline and dates back even where their stand-ins wrap, in room that keeps the body still', async () => {
    // 360 px: the meta line's stand-ins take more lines than the real dates will.
    const { el, first, last } = await paint(LONG, 360);
    expect(first.bylineVisible).to.equal(false);
    expect(first.toggles, 'the toggles wait too').to.equal(0);
    expect(last.boxes['#body']).to.equal(first.boxes['#body']);
    const meta = el.shadowRoot!.querySelector('[part=meta]')!;
    const line = parseFloat(getComputedStyle(meta).lineHeight);
    expect(meta.getBoundingClientRect().height / line, 'the real meta line wraps').to.be.above(1.5);
    // The room is kept below the real lines, not spread between them.
    const lastItem = [...meta.children].at(-1)!.getBoundingClientRect();
    expect(lastItem.height, 'one line tall').to.be.below(line * 1.5);
    expect(meta.getBoundingClientRect().bottom - lastItem.bottom, 'the room left below the lines').to.be.above(line / 2);
  });

  it('draws everything before the first paint in a column narrower than a held date', async () => {
    // 280 px: the real date wraps inside the room a one-line box would keep.
    const { first } = await paint(LONG, 280);
    expect(first.bylineVisible).to.equal(true);
    expect(first.toggles).to.equal(2);
  });

  it('draws everything before the first paint when the article ends in view', async () => {
    const { first } = await paint(SHORT, 760);
    expect(first.toggles).to.equal(2);
    expect(first.nav).to.equal(true);
    expect(first.bylineVisible).to.equal(true);
  });

  it('fires news-article-load once the held parts are drawn', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 760px"></div>`);
    const el = document.createElement('news-article') as NewsArticleElement;
    el.article = article(LONG);
    const loaded = new Promise<number>((resolve) =>
      el.addEventListener('news-article-load', () => resolve(el.shadowRoot!.querySelectorAll('article-summary').length)),
    );
    wrap.append(el);
    expect(await loaded).to.equal(2);
  });

  it('renders a second article whole at once', async () => {
    const { el } = await paint(LONG, 760);
    const frame = new Promise<Frame>((resolve) => requestAnimationFrame(() => resolve(look(el))));
    el.article = { ...article(LONG), title: 'Ferries: the second week', updated: undefined };
    expect((await frame).toggles).to.equal(2);
    // Without the first article's room: its meta line is one line.
    const meta = el.shadowRoot!.querySelector('[part=meta]')!;
    expect(meta.getBoundingClientRect().height).to.be.below(parseFloat(getComputedStyle(meta).lineHeight) * 1.5);
  });
});
