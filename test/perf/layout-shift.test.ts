// Cumulative layout shift while <news-article> loads an article with a sized hero image from
// `src`, on a page with content above and below it and the element in the viewport. Chromium
// only reports a shift of something that was visible before it moved, so the page puts a header
// above the element and a footer below it, both inside the 800 × 600 viewport while it loads.
// Run alone with: npx web-test-runner "test/perf/*.test.ts"
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsArticleElement } from '../../src/index.js';

/** The Layout Instability API's entry (not in TypeScript's DOM lib yet). */
interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
}

interface Shift {
  value: number;
  at: number;
  sources: string[];
}

const supported = PerformanceObserver.supportedEntryTypes?.includes('layout-shift') ?? false;
const FIXTURES = 'test/perf/fixtures';
/** A fixture served after `delay` ms by the test server (test/server/test-api.js). */
const delayed = (file: string, delay = 300) => `/test-api/file?path=${FIXTURES}/${file}&delay=${delay}`;

function describeNode(node: Node | null): string {
  if (!node) return '(gone)';
  if (!(node instanceof Element)) return node.nodeName;
  const part = node.getAttribute('part');
  return `<${node.localName}${node.id ? `#${node.id}` : ''}${part ? ` part="${part}"` : ''}>`;
}

const rect = (r: DOMRectReadOnly) => `y ${Math.round(r.y)} h ${Math.round(r.height)}`;

/** Records every layout shift from now on (not the ones before: no `buffered`). */
function recordShifts() {
  const shifts: Shift[] = [];
  const take = (entries: PerformanceEntryList) => {
    for (const entry of entries as LayoutShift[]) {
      if (entry.hadRecentInput) continue;
      shifts.push({
        value: entry.value,
        at: entry.startTime,
        sources: entry.sources.map((s) => `${describeNode(s.node)} ${rect(s.previousRect)} → ${rect(s.currentRect)}`),
      });
    }
  };
  const observer = new PerformanceObserver((list) => take(list.getEntries()));
  observer.observe({ type: 'layout-shift' });
  return {
    shifts,
    /** Waits for the frames that report the last shifts, then stops. */
    async stop() {
      for (let i = 0; i < 3; i++) await nextFrame();
      take(observer.takeRecords());
      observer.disconnect();
      return shifts;
    },
  };
}

const total = (shifts: Shift[]) => shifts.reduce((sum, s) => sum + s.value, 0);
const report = (shifts: Shift[]) =>
  shifts.map((s) => `${s.value.toFixed(4)} at ${Math.round(s.at)} ms: ${s.sources.join('; ')}`).join('\n') || 'none';

/**
 * Loads `file` into a <news-article> between a header and a footer, with `style` on the page
 * (e.g. a custom loading height); resolves once the article and its hero image are shown.
 */
async function load(file: string, style = '') {
  scrollTo(0, 0);
  const recorder = recordShifts();
  const page = await fixture<HTMLElement>(html`
    <div style="width: 760px; font: 16px/1.5 serif; ${style}">
      <header style="height: 80px">Site header</header>
      <news-article src=${delayed(file)}></news-article>
      <footer style="height: 160px; background: #eee">More from the site</footer>
    </div>
  `);
  const article = page.querySelector('news-article') as NewsArticleElement;
  const elementTop = article.getBoundingClientRect().top;
  const footerTop = page.querySelector('footer')!.getBoundingClientRect().top;
  await waitUntil(() => article.state !== 'loading', 'the article did not load', { timeout: 5000 });
  expect(article.state).to.equal('ready');
  await article.updateComplete;
  for (let i = 0; i < 2; i++) await nextFrame();
  const renderedAt = performance.now();
  const img = article.shadowRoot!.querySelector('img');
  if (img) {
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the hero image did not load', { timeout: 5000 });
    await img.decode().catch(() => {});
  }
  const shifts = await recorder.stop();
  return {
    shifts,
    elementTop,
    footerTop,
    afterRender: shifts.filter((s) => s.at > renderedAt),
    height: article.getBoundingClientRect().height,
  };
}

describe('layout shift while <news-article> loads (Chromium: Layout Instability API)', function () {
  before(function () {
    if (!supported) this.skip();
  });

  it('sees a shift on this page (control: the measurement works)', async () => {
    scrollTo(0, 0);
    const recorder = recordShifts();
    const page = await fixture<HTMLElement>(html`<div><header style="height: 80px"></header><footer>Below</footer></div>`);
    await nextFrame();
    page.querySelector('header')!.style.height = '200px';
    expect(total(await recorder.stop())).to.be.above(0);
  });

  it('is 0 for an article with a sized hero image loaded from src', async () => {
    const { shifts, elementTop, footerTop, height } = await load('hero-article.json');
    expect(elementTop, 'the element starts in the viewport').to.be.below(innerHeight);
    const where = `element at ${elementTop}px, footer at ${footerTop}px while loading; viewport ${innerHeight}px`;
    expect(total(shifts), `CLS of a ${Math.round(height)} px article (${where}); shifts:\n${report(shifts)}`).to.equal(0);
  });

  it('is 0 when the hero image arrives after the article (its size is reserved)', async () => {
    const { afterRender } = await load('hero-article.json');
    expect(total(afterRender), `shifts after the article rendered:\n${report(afterRender)}`).to.equal(0);
  });

  it('is 0 for an article shorter than the viewport when the page reserves its height', async () => {
    // Measured once, then given back as the hint a CMS that knows its layout can print.
    const first = await load('short-article.json');
    const hint = `--news-article-loading-height: ${first.height}px`;
    const { shifts, height } = await load('short-article.json', hint);
    expect(height).to.be.below(innerHeight);
    expect(total(shifts), `CLS of a ${Math.round(height)} px article with ${hint}; shifts:\n${report(shifts)}`).to.equal(0);
  });
});
