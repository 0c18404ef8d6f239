import { fixture, html, expect, oneEvent, waitUntil } from '@open-wc/testing';
import './news-article.js';
import type { NewsArticleElement } from './news-article.js';
import type { NewsArticleErrorEvent, NewsArticleLoadEvent } from './events.js';

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
    expect(article.title).to.contain('Tidal turbines');
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
    setTimeout(() => (el.article = { title: 'T', body: 'B', prev: { title: 'P', url: 5 } }));
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
});
