// The NewsArticle JSON-LD block renderArticle prints: Google's recommended Article properties
// (https://developers.google.com/search/docs/appearance/structured-data/article), and fields
// that try to close the script, open a comment or end a line cannot change what a parser reads.
import { expect } from '@open-wc/testing';
import { parseArticle } from '../../src/article/parse-article.js';
import { jsonLdText, structuredData } from '../../src/article/structured-data.js';
import { parsePage, renderOnServer } from './render.js';

const base = 'https://news.example/transport/';

const article = {
  title: 'Night trains return to the valley line',
  dek: 'Sleeper cars run three nights a week from April.',
  authors: [{ name: 'Ana Ruiz', url: '/staff/ana' }, 'Li Wei'],
  published: '2026-03-20T16:30:00Z',
  updated: '2026-03-21',
  image: { src: '/img/sleeper.jpg', alt: 'A sleeper car at dusk', width: 1600, height: 900 },
  url: '/transport/night-trains',
  lang: 'en-GB',
  body: 'The first train leaves at ten.',
};

/** The one JSON-LD block of a rendered page, parsed as a search engine parses it. */
function jsonLdOf(html: string) {
  const doc = parsePage(html);
  const scripts = doc.querySelectorAll('script');
  expect(scripts.length, 'script elements').to.equal(1);
  const script = scripts[0]!;
  expect(script.type).to.equal('application/ld+json');
  expect(script.parentElement!.localName, 'the block sits in <news-article>').to.equal('news-article');
  expect(script.previousElementSibling!.localName, 'after the <article>').to.equal('article');
  return JSON.parse(script.textContent!);
}

describe('renderArticle JSON-LD', () => {
  it('has the properties Google recommends for an article, with absolute URLs', async () => {
    const [out] = await renderOnServer([article], { base });
    const data = jsonLdOf(out!.html!);
    expect(data).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Night trains return to the valley line',
      description: 'Sleeper cars run three nights a week from April.',
      image: ['https://news.example/img/sleeper.jpg'],
      datePublished: '2026-03-20T16:30:00.000Z',
      dateModified: '2026-03-21',
      author: [
        { '@type': 'Person', name: 'Ana Ruiz', url: 'https://news.example/staff/ana' },
        { '@type': 'Person', name: 'Li Wei' },
      ],
      inLanguage: 'en-GB',
      url: 'https://news.example/transport/night-trains',
      mainEntityOfPage: 'https://news.example/transport/night-trains',
    });
  });

  it('leaves out what the article does not have', async () => {
    const [out] = await renderOnServer([{ title: 'Short item', body: 'Text.' }]);
    expect(jsonLdOf(out!.html!)).to.deep.equal({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Short item' });
  });

  const hostile = [
    '</script><script>alert(1)</script>',
    '</SCRIPT ><img src=x onerror=alert(2)>',
    '<!--<script>',
    '--><script>alert(3)</script>',
    'line\u2028separator\u2029paragraph',
    '<![CDATA[ ]]> & &amp; > <',
  ];

  it('keeps hostile fields inside the block: the parsed JSON equals the data', async () => {
    const inputs = hostile.map((text) => ({ ...article, title: text, dek: text, authors: [{ name: text }], body: 'Body.' }));
    const outs = await renderOnServer(inputs, { base });
    outs.forEach((out, k) => {
      const text = hostile[k]!;
      const data = jsonLdOf(out.html!);
      expect(data.headline).to.equal(text);
      expect(data.description).to.equal(text);
      expect(data.author).to.deep.equal([{ '@type': 'Person', name: text }]);
      // The same object the client's builder makes from the same input.
      expect(data).to.deep.equal(JSON.parse(JSON.stringify(structuredData(parseArticle(inputs[k], { base })))));
    });
  });

  it('serializes with no character that could end the script or a line', () => {
    for (const text of hostile) {
      const json = jsonLdText({ headline: text });
      expect(json).to.not.match(/[<>&\u2028\u2029]/);
      expect(JSON.parse(json)).to.deep.equal({ headline: text });
    }
  });
});
