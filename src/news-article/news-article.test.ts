import { fixture, html, expect, oneEvent, waitUntil } from '@open-wc/testing';
import './news-article.js';
import type { NewsArticleElement } from './news-article.js';
import type { NewsArticleErrorEvent, NewsArticleLoadEvent } from './events.js';
import type { ArticleSummaryElement } from '../article-summary/article-summary.js';

const FIXTURES = '/test/fixtures/news';
const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => shadow(el).querySelector(`[part~="${name}"]`);

const sample = {
  title: 'Night buses return to the old town',
  authors: [{ name: 'Ana Ruiz', url: 'https://example.org/ana' }, { name: 'Ben Okafor' }],
  published: '2026-03-20T16:30:00Z',
  body: 'The first bus left at midnight.\n\n## Routes\n\nThree routes run until 5 a.m.',
  next: { title: 'Bridge works begin', url: '/news/bridge' },
};

const toggles = (el: Element) => [...shadow(el).querySelectorAll('article-summary')];
const points = (summary: Element) =>
  [...summary.shadowRoot!.querySelectorAll('[part="panel"] li')].map((li) => li.textContent!.trim());

async function press(summary: ArticleSummaryElement) {
  summary.shadowRoot!.querySelector('button')!.click();
  await summary.updateComplete;
}

async function ready(el: NewsArticleElement) {
  await waitUntil(() => el.state !== 'loading', 'article did not finish loading', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('<news-article>', () => {
  it('is defined', () => {
    expect(customElements.get('news-article')).to.exist;
  });

  it('renders the headline, byline, date, body, summary toggle and nav from the article property', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article .article=${sample}></news-article>`);
    await ready(el);
    expect(el.state).to.equal('ready');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(shadow(el).querySelector('h1')!.textContent).to.equal(sample.title);
    const byline = part(el, 'byline')!;
    expect(byline.textContent).to.equal('Ana Ruiz and Ben Okafor');
    expect(byline.querySelector('a')!.href).to.equal('https://example.org/ana');
    expect(shadow(el).querySelector('time')!.getAttribute('datetime')).to.equal('2026-03-20T16:30:00.000Z');
    expect(part(el, 'body')!.querySelector('h2')!.textContent).to.equal('Routes');
    expect(shadow(el).querySelector('article-summary')).to.exist;
    const next = shadow(el).querySelector('article-nav')!.shadowRoot!.querySelector('a[rel="next"]');
    expect(next!.textContent).to.contain('Bridge works begin');
    await expect(el).to.be.accessible();
  });

  it('starts each new article with its summary panel closed, then summarizes the new text', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article .article=${sample}></news-article>`);
    await ready(el);
    const summary = () => shadow(el).querySelector('article-summary')!;
    summary().open = true;
    await summary().updateComplete;
    expect(summary().shadowRoot!.textContent).to.contain('The first bus left at midnight.');
    el.article = { title: 'Ferries resume', body: 'The harbour ferry sails again from Monday.' };
    await ready(el);
    await summary().updateComplete;
    expect(summary().open).to.be.false;
    summary().open = true;
    await summary().updateComplete;
    const text = summary().shadowRoot!.textContent!;
    expect(text).to.contain('The harbour ferry sails again from Monday.');
    expect(text).not.to.contain('midnight');
  });

  it('renders markdown with front matter from the markdown property', async () => {
    const markdown = '---\nkicker: Transport\n---\n# Trams get new seats\n\nThe seats are blue.';
    const el = await fixture<NewsArticleElement>(html`<news-article .markdown=${markdown}></news-article>`);
    await ready(el);
    expect(shadow(el).querySelector('h1')!.textContent).to.equal('Trams get new seats');
    expect(part(el, 'kicker')!.textContent).to.equal('Transport');
    expect(part(el, 'body')!.textContent).to.contain('The seats are blue.');
  });

  it('fetches JSON from src, with image, caption and dates in the article language', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article src="${FIXTURES}/tidal-energy.json"></news-article>`);
    const { article } = (await oneEvent(el, 'news-article-load')) as unknown as NewsArticleLoadEvent;
    expect(article!.title).to.contain('Tidal turbines');
    await el.updateComplete;
    const img = part(el, 'image') as HTMLImageElement;
    expect(img.getAttribute('width')).to.equal('800');
    expect(img.src).to.equal(new URL(`${FIXTURES}/turbine.svg`, location.href).href);
    expect(part(el, 'caption')!.textContent).to.contain('The second turbine');
    expect(part(el, 'credit')!.textContent).to.equal('Harbour Authority');
    expect(part(el, 'dateline')!.textContent).to.equal('KIRKWALL');
    expect(part(el, 'updated')!.querySelector('time')).to.exist;
    expect(part(el, 'tags')!.querySelectorAll('li')).to.have.length(2);
    expect(part(el, 'body')!.querySelector('blockquote')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('fetches markdown from src', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article src="${FIXTURES}/harbour-market.md"></news-article>`);
    await ready(el);
    expect(shadow(el).querySelector('h1')!.textContent).to.contain('harbour market reopens');
    expect(part(el, 'byline')!.textContent).to.equal('Ines Varga');
  });

  it('reads an inline JSON script child and hides the fallback once rendered', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article>
      <p id="fallback">Loading…</p>
      <script type="application/json">{"title": "Inline headline", "body": "Inline body."}</script>
    </news-article>`);
    await ready(el);
    expect(shadow(el).querySelector('h1')!.textContent).to.equal('Inline headline');
    expect(shadow(el).querySelector('slot')).to.equal(null);
  });

  it('reads an inline markdown script child', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article>
      <script type="text/markdown">
# Markdown inline

Body text here.
</script>
    </news-article>`);
    await ready(el);
    expect(shadow(el).querySelector('h1')!.textContent).to.equal('Markdown inline');
  });

  it('uses heading-level for the headline and puts body headings below it', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article heading-level="3" .article=${sample}></news-article>`);
    await ready(el);
    expect(shadow(el).querySelector('h3#headline')).to.exist;
    expect(part(el, 'body')!.querySelector('h4')!.textContent).to.equal('Routes');
  });

  it('falls back to level 1 for an invalid heading-level, without throwing', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article heading-level="9" .article=${sample}></news-article>`);
    await ready(el);
    expect(shadow(el).querySelector('h1#headline')).to.exist;
  });

  it('shows text fields as text, never as HTML', async () => {
    const hostile = { ...sample, title: '<img src=x onerror="window.__pwned=1">Headline', kicker: '<b>bold</b>' };
    const el = await fixture<NewsArticleElement>(html`<news-article .article=${hostile}></news-article>`);
    await ready(el);
    expect(shadow(el).querySelector('h1')!.textContent).to.equal(hostile.title);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(part(el, 'kicker')!.querySelector('b')).to.equal(null);
  });

  it('sanitizes the markdown body', async () => {
    const body = 'Hi <script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"> [x](javascript:alert(1))';
    const el = await fixture<NewsArticleElement>(html`<news-article .article=${{ title: 'T', body }}></news-article>`);
    await ready(el);
    const bodyEl = part(el, 'body')!;
    expect(bodyEl.querySelector('script')).to.equal(null);
    expect(bodyEl.querySelector('img')!.hasAttribute('onerror')).to.equal(false);
    expect(bodyEl.querySelector('a')?.getAttribute('href') ?? '').not.to.match(/javascript/i);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows an error naming the field, fires news-article-error and shows the fallback again', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article><p>Fallback text</p></news-article>`);
    await ready(el);
    setTimeout(() => (el.article = { title: 'T', body: 'B', prev: { title: 'P', url: 5 } } as never)); // wrong on purpose
    const { error } = (await oneEvent(el, 'news-article-error')) as unknown as NewsArticleErrorEvent;
    expect(error).to.contain('prev.url');
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(el.getAttribute('error')).to.equal(error);
    expect(part(el, 'error')!.textContent).to.equal('This article could not be loaded.');
    expect(shadow(el).querySelector('slot')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('reports a 404 from src with the status and URL', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article src="${FIXTURES}/missing.json"></news-article>`);
    const { error } = (await oneEvent(el, 'news-article-error')) as unknown as NewsArticleErrorEvent;
    expect(error).to.contain('404');
    expect(error).to.contain('missing.json');
  });

  it('shows the article set last, aborting an earlier fetch', async () => {
    const el = await fixture<NewsArticleElement>(
      html`<news-article src="/test-api/file?path=test/fixtures/news/tidal-energy.json&delay=400"></news-article>`,
    );
    el.article = { title: 'Set later', body: 'Wins.' };
    await ready(el);
    await new Promise((r) => setTimeout(r, 600));
    expect(shadow(el).querySelector('h1')!.textContent).to.equal('Set later');
  });

  it('reflects loading state and keeps the fallback visible while fetching', async () => {
    const el = await fixture<NewsArticleElement>(
      html`<news-article src="/test-api/file?path=test/fixtures/news/tidal-energy.json&delay=300"><p>Fallback</p></news-article>`,
    );
    expect(el.getAttribute('state')).to.equal('loading');
    expect(shadow(el).querySelector('slot')).to.exist;
    await expect(el).to.be.accessible();
    await ready(el);
  });

  it('changing theme does not re-render the body', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article .article=${sample}></news-article>`);
    await ready(el);
    const first = part(el, 'body')!.firstElementChild;
    el.theme = 'dark';
    await el.updateComplete;
    expect(part(el, 'body')!.firstElementChild).to.equal(first);
    expect(shadow(el).querySelector('article-summary')!.getAttribute('theme')).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('shows the summary toggle before the body and again after it, before the tags and nav', async () => {
    const el = await fixture<NewsArticleElement>(
      html`<news-article .article=${{ ...sample, tags: ['Transport'] }}></news-article>`,
    );
    await ready(el);
    const order = [...shadow(el).querySelectorAll('article > [part]')].map((e) => e.getAttribute('part'));
    expect(order.slice(-5)).to.deep.equal(['summary summary-top', 'body', 'summary summary-bottom', 'tags', 'nav']);
    for (const summary of toggles(el)) {
      expect(summary.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Get a summary');
    }
    await expect(el).to.be.accessible();
  });

  it('places the toggles by summary-position, and warns and shows both for an unknown value', async () => {
    const parts = async (position: string) => {
      const el = await fixture<NewsArticleElement>(
        html`<news-article summary-position=${position} .article=${sample}></news-article>`,
      );
      await ready(el);
      return toggles(el).map((t) => t.getAttribute('part'));
    };
    expect(await parts('top')).to.deep.equal(['summary summary-top']);
    expect(await parts('bottom')).to.deep.equal(['summary summary-bottom']);
    expect(await parts('none')).to.deep.equal([]);
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => void warnings.push(message);
    try {
      expect(await parts('sideways')).to.deep.equal(['summary summary-top', 'summary summary-bottom']);
    } finally {
      console.warn = warn;
    }
    expect(warnings.join()).to.contain('summary-position="sideways" is not both, top, bottom or none');
  });

  it('makes the summary once for both toggles: a page summarizer is called once', async () => {
    let calls = 0;
    let resolve!: (points: string[]) => void;
    const summarizer = () => (calls++, new Promise<string[]>((r) => (resolve = r)));
    const el = await fixture<NewsArticleElement>(
      html`<news-article .article=${sample} .summarizer=${summarizer}></news-article>`,
    );
    await ready(el);
    const [top, bottom] = toggles(el);
    await press(top);
    await press(bottom);
    resolve(['Buses run all night again.']);
    await waitUntil(() => points(top).length && points(bottom).length, 'the summary did not show');
    expect(points(top)).to.deep.equal(['Buses run all night again.']);
    expect(points(bottom)).to.deep.equal(['Buses run all night again.']);
    expect(calls).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('opens each toggle\'s own panel where the reader is, and each is announced', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article .article=${sample}></news-article>`);
    await ready(el);
    const [top, bottom] = toggles(el);
    await press(bottom);
    expect(top.open).to.be.false;
    expect(bottom.open).to.be.true;
    const panel = bottom.shadowRoot!.getElementById(
      bottom.shadowRoot!.querySelector('button')!.getAttribute('aria-controls')!,
    )!;
    expect(panel.hidden).to.be.false;
    expect(panel.getAttribute('aria-label')).to.equal('Summary');
    const live = bottom.shadowRoot!.querySelector('[role="status"]')!;
    expect(live.textContent).to.contain('The first bus left at midnight.');
    expect(top.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('');
  });

  it('passes label attributes and the labels property on to both toggles and the nav', async () => {
    const el = await fixture<NewsArticleElement>(
      html`<news-article prompt-label="Short on time?" show-label="Summarize" next-label="Up next"
        .labels=${{ hide: 'Close', previous: 'Before this', nav: 'Around this story', readingTime: '{minutes} minutes' }}
        .article=${{ ...sample, prev: { title: 'Older', url: '/older' } }}></news-article>`,
    );
    await ready(el);
    for (const summary of toggles(el)) {
      const root = summary.shadowRoot!;
      expect(root.querySelector('[part="prompt"]')!.textContent!.trim()).to.equal('Short on time?');
      expect(root.querySelector('button')!.textContent!.trim()).to.equal('Summarize');
      await press(summary as ArticleSummaryElement);
      expect(root.querySelector('button')!.textContent!.trim()).to.equal('Close');
    }
    const nav = shadow(el).querySelector('article-nav')!.shadowRoot!;
    expect(nav.querySelector('nav')!.getAttribute('aria-label')).to.equal('Around this story');
    expect(nav.querySelector('a[rel="prev"] [part="label"]')!.textContent).to.contain('Before this');
    expect(nav.querySelector('a[rel="next"] [part="label"]')!.textContent).to.contain('Up next');
    expect(part(el, 'reading-time')!.textContent).to.match(/^\d+ minutes$/);
    el.promptLabel = 'Pressed for time?';
    await el.updateComplete;
    for (const summary of toggles(el)) {
      await summary.updateComplete;
      expect(summary.shadowRoot!.querySelector('[part="prompt"]')!.textContent!.trim()).to.equal('Pressed for time?');
    }
  });

  it('starts a new article with both panels closed', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article .article=${sample}></news-article>`);
    await ready(el);
    for (const summary of toggles(el)) await press(summary as ArticleSummaryElement);
    el.article = { title: 'Ferries resume', body: 'The harbour ferry sails again from Monday.' };
    await ready(el);
    expect(toggles(el).map((t) => (t as ArticleSummaryElement).open)).to.deep.equal([false, false]);
  });

  it('shows readers a short message in their language, and keeps the technical one for developers', async () => {
    const quiet = console.error;
    const logged: string[] = [];
    console.error = (message: string) => void logged.push(message);
    try {
      const el = await fixture<NewsArticleElement>(
        html`<news-article lang="es" src="${FIXTURES}/missing.json"><p>Lea el artículo en la web.</p></news-article>`,
      );
      const { error } = (await oneEvent(el, 'news-article-error')) as unknown as NewsArticleErrorEvent;
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.equal('No se ha podido cargar este artículo.');
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(shadow(el).textContent).not.to.contain('404');
      expect(error).to.match(/missing\.json.*404/);
      expect(el.error).to.equal(error);
      expect(el.getAttribute('error')).to.equal(error);
      expect(logged.join()).to.contain(error);
      await expect(el).to.be.accessible();
    } finally {
      console.error = quiet;
    }
  });
});
