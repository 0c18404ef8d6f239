import { expect } from '@open-wc/testing';
import { ArticleError, parseArticle } from './index.js';
import { decodeEntities, htmlToText } from './html-text.js';

const fixture = async (name: string) => (await fetch(`/test/fixtures/cms/${name}`)).text();

describe('parseArticle: CMS shapes', () => {
  it('reads a WordPress REST post with _embed', async () => {
    const article = parseArticle(await fixture('wordpress-post.json'));
    expect(article).to.deep.include({
      title: 'The City’s first tram line in 60 years opens – on time',
      bodyFormat: 'html',
      authors: [{ name: 'Priya Raman', url: 'https://news.example/author/priya/' }],
      tags: ['Trams', 'Roads & Rails'],
      url: 'https://news.example/2026/04/14/city-tram-line-opens/',
      image: {
        src: 'https://news.example/wp-content/uploads/2026/04/tram.jpg',
        alt: 'A green tram crossing a stone bridge at dawn',
      },
    });
    // date_gmt is UTC; WordPress's automatic excerpt ("… […]") is not a dek.
    expect(article.published!.toISOString()).to.equal('2026-04-14T07:30:00.000Z');
    expect(article.updated!.toISOString()).to.equal('2026-04-14T09:05:00.000Z');
    expect(article.dek).to.equal(undefined);
    expect(article.body).to.contain('<h2 class="wp-block-heading">Twelve stops, one river</h2>');
  });

  it('takes a hand-written WordPress excerpt as the dek, as text', () => {
    const post = { title: { rendered: 'T' }, content: { rendered: '<p>B</p>' }, excerpt: { rendered: '<p>Fares stay at &pound;1.80 &amp; more.</p>\n' } };
    expect(parseArticle(post).dek).to.equal('Fares stay at £1.80 & more.');
  });

  it('reads a JSON Feed 1.1 item', async () => {
    const article = parseArticle(await fixture('json-feed-item.json'));
    expect(article).to.deep.include({
      title: "Volunteers count the river's otters",
      bodyFormat: 'html',
      dek: 'A weekend survey finds the otter population growing.',
      authors: [{ name: 'Tomás Ferreira', url: 'https://radio.example/people/tomas' }],
      image: { src: 'https://radio.example/img/otter.jpg', alt: '' },
      tags: ['Nature', 'Rivers'],
      lang: 'en-GB',
      url: 'https://radio.example/episodes/river-survey',
    });
    expect(article.published!.toISOString()).to.equal('2026-05-03T17:00:00.000Z');
  });

  it('turns a JSON Feed content_text into escaped paragraphs', async () => {
    const article = parseArticle(await fixture('json-feed-text-item.json'));
    expect(article.body).to.equal(
      '<p>From Monday the library opens at 8 a.m.</p>\n<p>Late opening moves to Thursday &#60;until 9 p.m.&#62; &#38; stays free.</p>',
    );
  });

  it('reads a Ghost Content API post, in its {posts: […]} envelope or alone', async () => {
    const envelope = JSON.parse(await fixture('ghost-posts.json'));
    const article = parseArticle(envelope);
    expect(article).to.deep.include({
      title: 'Harbour seals return to the estuary',
      bodyFormat: 'html',
      dek: 'Thirty-one seals, the most in a decade.',
      authors: [{ name: 'Ines Okoro', url: 'https://blog.example/author/ines/' }],
      tags: ['Wildlife', 'Estuary'],
      image: { src: 'https://blog.example/content/images/2026/06/seals.jpg', alt: 'Seals resting on a sandbank' },
    });
    expect(parseArticle(envelope.posts[0])).to.deep.equal(article);
  });

  it('keeps this project\'s own format when it has a body, and refuses what it cannot tell apart', () => {
    expect(parseArticle({ title: 'T', body: 'B', html: '<p>x</p>', uuid: 'u' }).body).to.equal('B');
    const two = { posts: [{ title: 'A', html: '<p>a</p>', uuid: '1' }, { title: 'B', html: '<p>b</p>', uuid: '2' }] };
    expect(() => parseArticle(two)).to.throw(ArticleError, 'posts: expected one Ghost post, got 2');
    const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'F', items: [{ id: '1' }, { id: '2' }] };
    expect(() => parseArticle(feed)).to.throw(ArticleError, 'got a JSON Feed of 2 items');
    const badTitle = { title: { rendered: 42 }, content: { rendered: '<p>B</p>' } };
    expect(() => parseArticle(badTitle)).to.throw(ArticleError, 'title.rendered: expected a string, got number');
  });

  it('accepts bodyFormat "html" in its own format and refuses other formats', () => {
    expect(parseArticle({ title: 'T', body: '<p>B</p>', bodyFormat: 'html' }).bodyFormat).to.equal('html');
    expect(parseArticle({ title: 'T', body: 'B', bodyFormat: 'markdown' })).not.to.have.property('bodyFormat');
    expect(() => parseArticle({ title: 'T', body: 'B', bodyFormat: 'rtf' })).to.throw(ArticleError, 'bodyFormat: expected markdown or html, got "rtf"');
  });
});

describe('decodeEntities / htmlToText', () => {
  it('decodes numeric and common named entities, and leaves unknown ones', () => {
    expect(decodeEntities('City&#8217;s &#x2014; caf&eacute; &amp;amp; &hellip; &#0; &#x110000;')).to.equal('City’s — caf&eacute; &amp; … \ufffd \ufffd');
  });

  it('drops tags and collapses white space, without running anything', () => {
    expect(htmlToText('<p>One <img src=x onerror="window.ran=1">\n two</p>')).to.equal('One two');
    expect((window as { ran?: number }).ran).to.equal(undefined);
  });
});
