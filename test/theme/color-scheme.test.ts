import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/news-article/news-article.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';

// theme="auto" follows the colour scheme the page declares (CSS `color-scheme`), not the OS:
// each case sets a page scheme and an OS scheme, paints the page background the way such a page
// would (axe assumes white otherwise), and checks what the reader gets.
//
// The OS setting: inside an iframe, `prefers-color-scheme` is the `color-scheme` of the <iframe>
// element in its parent (CSS Color Adjustment 1, §2.3), so a frame is a page whose reader has
// that OS setting, in every engine that implements it (Chromium, Firefox; not WebKitGTK 2.50,
// where those cases are skipped, saying so). Chromium's own OS emulation is checked once too.

type Scheme = 'light' | 'dark';
const PAGE_BACKGROUND: Record<Scheme, string> = { light: '#ffffff', dark: '#121212' };

const story = {
  title: 'Harbour ferry sails again after the winter repairs',
  kicker: 'Transport',
  dek: 'The blue ferry is back on its old route, with two more crossings a day.',
  authors: [{ name: 'Mara Lind', url: 'https://example.org/mara' }],
  published: '2026-03-20T08:15:00Z',
  body: 'The ferry left the north pier at seven.\n\nIt now crosses every forty minutes.\n\nTickets cost the same as last year.',
  prev: { title: 'Bridge works begin', url: '/news/bridge' },
  next: { title: 'New bike lanes on the quay', url: '/news/bikes' },
};

/**
 * A page declaring `pageScheme` (`''` = none), painted `background`, seen by a reader whose OS is
 * `os`, showing the story; skips the test, saying so, where the engine cannot give a frame an OS setting.
 */
async function readerPage(test: Mocha.Context, os: Scheme, pageScheme: string, background: Scheme, theme?: Scheme) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `color-scheme: ${os}; width: 800px; height: 600px; border: 0`;
  frame.srcdoc = `<!doctype html>
    <html lang="en" style="color-scheme: ${pageScheme || 'normal'}">
    <body style="background: ${PAGE_BACKGROUND[background]}; color: ${background === 'dark' ? '#eee' : '#111'}">
    <script src="/node_modules/axe-core/axe.min.js"></script>
    <script type="module">import '/src/news-article/news-article.ts';</script>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  (await fixture(html`<div></div>`)).append(frame);
  await loaded;
  const win = frame.contentWindow!;
  if (!win.matchMedia(`(prefers-color-scheme: ${os})`).matches) {
    console.warn(`Skipped "${test.test?.title}": this engine does not give a frame the ${os} OS setting of its <iframe>.`);
    test.skip();
  }
  await win.customElements.whenDefined('news-article');
  const el = win.document.createElement('news-article') as NewsArticleElement;
  if (theme) el.theme = theme;
  el.article = story;
  win.document.body.append(el);
  return settle(el);
}

/** Sets the page's declared scheme (`''` = none) and its own background. */
function setPage(colorScheme: string, background: Scheme) {
  document.documentElement.style.colorScheme = colorScheme;
  document.body.style.background = PAGE_BACKGROUND[background];
  document.body.style.color = background === 'dark' ? '#eeeeee' : '#111111';
}

/** Relative luminance (WCAG) of a computed `rgb()`/`rgba()` colour. */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/**
 * axe's colour-contrast rule on `el`, run in its own window (axe checks only its own document).
 * It must have checked some text: a rule that saw nothing proves nothing.
 */
async function expectReadable(el: NewsArticleElement) {
  const win = el.ownerDocument.defaultView as Window & { axe?: typeof import('axe-core') };
  if (win === window) {
    await expect(el).to.be.accessible();
    return;
  }
  const { violations, passes } = await win.axe!.run(el, { runOnly: ['color-contrast'] });
  const failures = violations.flatMap((v) => v.nodes.map((n) => n.failureSummary));
  expect(failures, failures.join('\n')).to.deep.equal([]);
  expect(passes[0]?.nodes.length ?? 0, 'text checked by axe').to.be.greaterThan(5);
}

const isTransparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);

async function mount(theme?: Scheme) {
  return settle(
    await fixture<NewsArticleElement>(html`<news-article theme=${theme ?? 'auto'} .article=${story}></news-article>`),
  );
}

/** Waits until the article and the elements it renders have rendered. */
async function settle(el: NewsArticleElement) {
  await waitUntil(() => el.state === 'ready', 'article did not render', { timeout: 5000 });
  await el.updateComplete;
  const summary = el.shadowRoot!.querySelector('article-summary')!;
  const nav = el.shadowRoot!.querySelector('article-nav')!;
  await summary.updateComplete;
  await nav.updateComplete;
  return el;
}

/** The colours a reader sees: headline text, the element's own background, the summary box. */
function colours(el: NewsArticleElement) {
  // The element's own window: some cases run in a frame.
  const getComputedStyle = (e: Element) => e.ownerDocument.defaultView!.getComputedStyle(e);
  const root = el.shadowRoot!;
  const box = root.querySelector('article-summary')!.shadowRoot!.querySelector('.box')!;
  const navLink = root.querySelector('article-nav')!.shadowRoot!.querySelector('a')!;
  return {
    headline: getComputedStyle(root.querySelector('[part="headline"]')!).color,
    background: getComputedStyle(el).backgroundColor,
    summaryBox: getComputedStyle(box).backgroundColor,
    navCard: getComputedStyle(navLink).backgroundColor,
  };
}

/** What a reader of a page in `scheme` must see from theme="auto": the page's scheme, no box of another. */
function expectScheme(el: NewsArticleElement, scheme: Scheme) {
  const c = colours(el);
  expect(isTransparent(c.background), `auto paints no background of its own, got ${c.background}`).to.be.true;
  if (scheme === 'light') {
    expect(luminance(c.headline), `headline ${c.headline} is dark text`).to.be.lessThan(0.1);
    expect(luminance(c.summaryBox), `summary box ${c.summaryBox} is light`).to.be.greaterThan(0.8);
    expect(luminance(c.navCard), `nav card ${c.navCard} is light`).to.be.greaterThan(0.8);
  } else {
    expect(luminance(c.headline), `headline ${c.headline} is light text`).to.be.greaterThan(0.7);
    expect(luminance(c.summaryBox), `summary box ${c.summaryBox} is dark`).to.be.lessThan(0.05);
    expect(luminance(c.navCard), `nav card ${c.navCard} is dark`).to.be.lessThan(0.05);
  }
}

describe('<news-article theme="auto"> and the page colour scheme', () => {
  afterEach(() => {
    setPage('', 'light');
    document.body.style.color = '';
    document.body.style.background = '';
  });

  it('stays light on a page that declares no colour scheme, even when the OS is dark', async function () {
    const el = await readerPage(this, 'dark', '', 'light');
    expectScheme(el, 'light');
    await expectReadable(el);
  });

  it('stays light on a page that declares color-scheme: light, even when the OS is dark', async function () {
    const el = await readerPage(this, 'dark', 'light', 'light');
    expectScheme(el, 'light');
    await expectReadable(el);
  });

  it('is dark on a dark-only page, even when the OS is light', async function () {
    const el = await readerPage(this, 'light', 'dark', 'dark');
    expectScheme(el, 'dark');
    await expectReadable(el);
  });

  it('follows a light OS on a page that opts into both schemes', async function () {
    const el = await readerPage(this, 'light', 'light dark', 'light');
    expectScheme(el, 'light');
    await expectReadable(el);
  });

  it('follows a dark OS on a page that opts into both schemes', async function () {
    const el = await readerPage(this, 'dark', 'light dark', 'dark');
    expectScheme(el, 'dark');
    await expectReadable(el);
  });

  it('stays light on a light-only page when Chromium emulates a dark OS for the whole browser', async function () {
    if (!('chrome' in window)) {
      console.warn(`Skipped "${this.test?.title}": OS emulation (emulateMedia) needs Chromium's DevTools protocol.`);
      this.skip();
    }
    await emulateMedia({ colorScheme: 'dark' });
    try {
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.be.true;
      setPage('', 'light');
      const el = await mount();
      expectScheme(el, 'light');
      await expectReadable(el);
      setPage('light dark', 'dark');
      expectScheme(el, 'dark');
      await expectReadable(el);
    } finally {
      await emulateMedia({ colorScheme: 'no-preference' });
    }
  });

  it('switches when the page changes its declared scheme', async () => {
    setPage('light', 'light');
    const el = await mount();
    expectScheme(el, 'light');
    setPage('dark', 'dark');
    expectScheme(el, 'dark');
  });

  it("keeps the page's --article-* colours as overrides in either scheme", async () => {
    setPage('dark', 'dark');
    document.documentElement.style.setProperty('--article-color-text', 'rgb(255, 236, 179)');
    try {
      const el = await mount();
      expect(colours(el).headline).to.equal('rgb(255, 236, 179)');
      // A pair of the page's own follows the scheme like the built-in ones.
      document.documentElement.style.setProperty('--article-color-text', 'light-dark(rgb(10, 20, 30), rgb(250, 240, 230))');
      expect(colours(el).headline).to.equal('rgb(250, 240, 230)');
      setPage('light', 'light');
      expect(colours(el).headline).to.equal('rgb(10, 20, 30)');
    } finally {
      document.documentElement.style.removeProperty('--article-color-text');
    }
  });
});

describe('<news-article theme="light|dark"> forces a scheme', () => {
  afterEach(() => {
    setPage('', 'light');
    document.body.style.color = '';
    document.body.style.background = '';
  });

  it('theme="dark" on a light page paints its own dark background, readable', async () => {
    setPage('', 'light');
    const el = await mount('dark');
    const c = colours(el);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    expect(luminance(c.background), `background ${c.background}`).to.be.lessThan(0.05);
    expect(luminance(c.headline), `headline ${c.headline}`).to.be.greaterThan(0.7);
    expect(luminance(c.summaryBox), `summary box ${c.summaryBox}`).to.be.lessThan(0.05);
    await expectReadable(el);
  });

  it('theme="light" on a dark page paints its own light background, readable', async () => {
    setPage('dark', 'dark');
    const el = await mount('light');
    const c = colours(el);
    expect(getComputedStyle(el).colorScheme).to.equal('light');
    expect(luminance(c.background), `background ${c.background}`).to.be.greaterThan(0.9);
    expect(luminance(c.headline), `headline ${c.headline}`).to.be.lessThan(0.1);
    expect(luminance(c.summaryBox), `summary box ${c.summaryBox}`).to.be.greaterThan(0.8);
    await expectReadable(el);
  });
});
