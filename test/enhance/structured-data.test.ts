import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsArticleElement } from '../../src/index.js';

const article = {
  title: 'Harbour fair moves to the old quay',
  dek: 'Stalls, music and a rowing race on the first weekend of May.',
  authors: [{ name: 'Mira Holm', url: 'https://example.org/staff/mira' }, { name: 'Tomas Berg' }],
  published: '2026-04-20T09:00:00Z',
  updated: '2026-04-21T12:30:00Z',
  url: 'https://example.org/news/harbour-fair',
  image: { src: 'https://example.org/img/fair.jpg', alt: 'Stalls on the quay' },
  body: 'The fair returns with more stalls than last year.',
};

const HOSTILE = '</script><script>window.__ldEscaped = true</script><!--';

async function render(data: object, structured = true) {
  const el = await fixture<NewsArticleElement>(
    html`<news-article ?structured-data=${structured} .article=${data}></news-article>`,
  );
  await waitUntil(() => el.state === 'ready');
  await el.updateComplete;
  return el;
}

const blocks = (el: Element) => [...el.querySelectorAll('script[type="application/ld+json"]')];
const data = (el: Element) => JSON.parse(blocks(el)[0].textContent!);

describe('<news-article structured-data>', () => {
  it('adds no JSON-LD without the attribute', async () => {
    expect(blocks(await render(article, false))).to.have.length(0);
  });

  it("adds a NewsArticle block with Google's required and recommended properties", async () => {
    const el = await render(article);
    expect(blocks(el)).to.have.length(1);
    expect(data(el)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.title,
      description: article.dek,
      image: ['https://example.org/img/fair.jpg'],
      datePublished: '2026-04-20T09:00:00.000Z',
      dateModified: '2026-04-21T12:30:00.000Z',
      author: [
        { '@type': 'Person', name: 'Mira Holm', url: 'https://example.org/staff/mira' },
        { '@type': 'Person', name: 'Tomas Berg' },
      ],
      url: article.url,
      mainEntityOfPage: article.url,
    });
  });

  it('replaces the block when the article changes, and removes it with the attribute', async () => {
    const el = await render(article);
    el.article = { ...article, title: 'Harbour fair postponed' };
    await waitUntil(() => el.article?.title === 'Harbour fair postponed');
    await el.updateComplete;
    expect(blocks(el)).to.have.length(1);
    expect(data(el).headline).to.equal('Harbour fair postponed');
    el.removeAttribute('structured-data');
    await el.updateComplete;
    expect(blocks(el)).to.have.length(0);
  });

  it('cannot be closed by a hostile field: the page parses one script with the same text', async () => {
    const hostile = { ...article, title: HOSTILE, dek: `a\u2028b & <b>`, authors: [{ name: HOSTILE }] };
    const el = await render(hostile);
    const text = blocks(el)[0].textContent!;
    expect(text).not.to.match(/[<>&\u2028\u2029]/);
    // What a server printing this block would send: parsed as HTML, it stays one script.
    const doc = new DOMParser().parseFromString(`<body>${el.innerHTML}</body>`, 'text/html');
    const parsed = doc.querySelectorAll('script');
    expect(parsed).to.have.length(1);
    const json = JSON.parse(parsed[0].textContent!);
    expect(json.headline).to.equal(HOSTILE);
    expect(json.description).to.equal('a\u2028b & <b>');
    expect(json.author[0].name).to.equal(HOSTILE);
  });
});
