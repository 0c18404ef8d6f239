// A server-printed article (test/enhance/fixtures/printed.html, with article.css) before and
// after the module upgrades it. This file must not import the elements statically: the page is
// measured first with them undefined, as a reader sees it while the module loads, then the
// module is imported once and everything is measured again.
// Chromium also records the Layout Instability API's shifts; every engine compares boxes.
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';

const PAGE = '/test/enhance/fixtures/printed.html';

/** The Layout Instability API's entry (not in TypeScript's DOM lib yet). */
interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await nextFrame();
};

/** The printed page's head styles and body, put in this page with no element defined. */
async function printPage() {
  const doc = new DOMParser().parseFromString(await (await fetch(PAGE)).text(), 'text/html');
  const link = doc.querySelector<HTMLLinkElement>('link[rel=stylesheet]')!;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error(`could not load ${link.href}`));
  });
  document.head.append(...doc.head.querySelectorAll('link, style'));
  document.body.append(...doc.body.childNodes);
  await loaded;
  const img = document.querySelector('news-article img') as HTMLImageElement;
  await img.decode().catch(() => {});
  await frames();
}

/** What a reader sees, element by element: the boxes of the nodes named in `nodes`. */
const boxes = (nodes: Record<string, Element>) =>
  Object.fromEntries(
    Object.entries(nodes).map(([name, node]) => {
      const { x, y, width, height } = node.getBoundingClientRect();
      return [name, { x, y, width, height }];
    }),
  );

const supported = PerformanceObserver.supportedEntryTypes?.includes('layout-shift') ?? false;

describe('<news-article> upgrading a server-printed article', () => {
  let element: NewsArticleElement;
  let nodes: Record<string, Element>;
  let boxesBefore: ReturnType<typeof boxes>;
  let boxesAfter: ReturnType<typeof boxes>;
  let shifts: number[] = [];
  let fetched: unknown[] = [];
  let loadEvents: Event[] = [];
  let scriptingBefore = false;
  let emptyToggleHeight = 0;
  let definedBefore = true;
  let controlNodes: Record<string, Element>;

  before(async function () {
    this.timeout(20000);
    await printPage();
    element = document.querySelector('news-article') as NewsArticleElement;
    // The control, out of view (so not in the layout-shift score): an article printed without
    // its toggles, which the upgrade inserts, so its body must move; the comparison must see it.
    const control = document.createElement('div');
    control.style.marginTop = '3000px';
    control.innerHTML = `<news-article><article><h2 class="headline">Control</h2>
      <div class="body"><p>The toggles of this article are not printed.</p></div></article></news-article>`;
    document.body.append(control);
    const controlBody = control.querySelector('.body')!;
    const article = element.querySelector('article')!;
    nodes = {
      element,
      article,
      header: article.querySelector('header')!,
      headline: article.querySelector('h1')!,
      byline: article.querySelector('.byline a')!,
      image: article.querySelector('img')!,
      top: article.querySelector('.summary-top')!,
      body: article.querySelector('.body')!,
      first: article.querySelector('#first')!,
      second: article.querySelector('#second')!,
      bottom: article.querySelector('.summary-bottom')!,
      writtenPoint: article.querySelector('#written-point')!,
      tags: article.querySelector('.tags')!,
      prevLink: article.querySelector('a[rel=prev]')!,
      footer: document.querySelector('.site-footer')!,
    };
    controlNodes = { controlBody };
    // Chromium scores only shifts in view: scroll the toggles, body and nav into the viewport.
    scrollTo(0, nodes.top.getBoundingClientRect().top + scrollY - 100);
    await frames();
    definedBefore = !!customElements.get('news-article') || !!customElements.get('article-summary');
    scriptingBefore = matchMedia('(scripting: enabled)').matches;
    emptyToggleHeight = nodes.top.getBoundingClientRect().height;
    boxesBefore = boxes({ ...nodes, ...controlNodes, nav: element.querySelector('article > nav')! });

    const realFetch = window.fetch;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      fetched.push(args[0]);
      return realFetch(...args);
    };
    document.addEventListener('news-article-load', (e) => e.target === element && loadEvents.push(e));
    const observer = supported
      ? new PerformanceObserver((list) => {
          for (const e of list.getEntries() as LayoutShift[]) if (!e.hadRecentInput) shifts.push(e.value);
        })
      : undefined;
    observer?.observe({ type: 'layout-shift' });

    await import('../../src/index.js');
    await waitUntil(() => element.state === 'ready', `state is ${element.state}`, { timeout: 5000 });
    await element.updateComplete;
    for (const el of element.querySelectorAll('article-summary, article-nav')) {
      await (el as NewsArticleElement).updateComplete;
    }
    await frames();
    if (observer) {
      for (const e of observer.takeRecords() as LayoutShift[]) if (!e.hadRecentInput) shifts.push(e.value);
      observer.disconnect();
    }
    window.fetch = realFetch;
    boxesAfter = boxes({ ...nodes, ...controlNodes, nav: element.querySelector('article > article-nav')! });
  });

  it('reserves the toggle before the upgrade (scripting is on here)', () => {
    expect(scriptingBefore).to.be.true;
    expect(definedBefore, 'the elements were not defined yet').to.be.false;
    expect(emptyToggleHeight).to.be.above(40);
  });

  it('adopts it: ready, one load event with no article data, nothing fetched', () => {
    expect(element.state).to.equal('ready');
    expect(element.article).to.equal(undefined);
    expect(loadEvents).to.have.length(1);
    expect((loadEvents[0] as Event & { article?: unknown }).article).to.equal(undefined);
    expect(fetched, 'requests made by the upgrade').to.deep.equal([]);
  });

  it('keeps the very same nodes, still in the page', () => {
    const article = element.querySelector('article')!;
    expect(article).to.equal(nodes.article);
    for (const [name, node] of Object.entries(nodes)) {
      expect(node.isConnected, `${name} is still in the page`).to.be.true;
    }
    expect(article.querySelector('h1')).to.equal(nodes.headline);
    expect(article.querySelector('#first')).to.equal(nodes.first);
    expect(element.shadowRoot!.querySelector('slot')!.assignedElements()).to.include(article);
  });

  it('moves nothing: every box is where it was before the upgrade', () => {
    // Not compared: the written point is hidden inside the closed <details> before and in the
    // closed panel after; the printed link is drawn as a card by <article-nav> after.
    const moved = [...Object.keys(nodes), 'nav']
      .filter((name) => name !== 'writtenPoint' && name !== 'prevLink')
      .filter((name) => JSON.stringify(boxesAfter[name]) !== JSON.stringify(boxesBefore[name]))
      .map((name) => `${name}: ${JSON.stringify(boxesBefore[name])} → ${JSON.stringify(boxesAfter[name])}`);
    expect(moved.join('\n')).to.equal('');
  });

  it('sees the move of a body whose toggles were not printed (control: the comparison works)', () => {
    expect(boxesAfter.controlBody.y).to.be.above(boxesBefore.controlBody.y);
  });

  it('has layout shift 0 on upgrade (Chromium: Layout Instability API)', function () {
    if (!supported) this.skip();
    expect(shifts.reduce((a, b) => a + b, 0), `shifts: ${shifts.join(', ')}`).to.equal(0);
  });

  it('draws the previous / next cards where the links were reserved', () => {
    const nav = element.querySelector('article-nav')!;
    expect(nav, 'the bare <nav> became <article-nav>').to.exist;
    expect(nav.contains(nodes.prevLink), 'the printed link is kept inside it').to.be.true;
    const card = nav.shadowRoot!.querySelector('a[rel=prev]')!;
    expect(card.getAttribute('href')).to.equal(new URL('/news/quay-repairs', document.baseURI).href);
    const { height } = card.getBoundingClientRect();
    expect(height).to.be.above(0);
  });

  it('uses the written summary as the provided one, with a single toggle', async () => {
    const bottom = nodes.bottom as HTMLElement & { open: boolean; updateComplete: Promise<boolean> };
    expect(bottom.querySelector('details, summary'), 'the details toggle is gone').to.equal(null);
    expect(bottom.contains(nodes.writtenPoint), 'its points are the same nodes').to.be.true;
    bottom.shadowRoot!.querySelector('button')!.click();
    await bottom.updateComplete;
    expect(nodes.writtenPoint.getBoundingClientRect().height, 'the written point shows').to.be.above(0);
    expect(bottom.shadowRoot!.querySelector('[part=disclosure]'), 'no machine-made note').to.equal(null);
  });
});
