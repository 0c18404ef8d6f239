// renderArticle where there is no DOM at all: inside a Web Worker (no window, document or
// DOMParser), as an edge runtime runs it. The server entry is bundled with its packages into one
// classic script by the test server; the worker's output must equal Node's for the same input.
import { expect } from '@open-wc/testing';
import { renderOnServer } from './render.js';

const WORKER = `
importScripts(${JSON.stringify(new URL('/test-api/server-worker.js', location.href).href)});
onmessage = ({ data: { input, options } }) => {
  const globals = { window: typeof window, document: typeof document, DOMParser: typeof DOMParser };
  try {
    postMessage({ globals, html: newsArticleServer.renderArticle(input, options) });
  } catch (error) {
    postMessage({ globals, error: { name: error.name, message: error.message } });
  }
};`;

let worker: Worker;
before(() => {
  worker = new Worker(URL.createObjectURL(new Blob([WORKER], { type: 'text/javascript' })));
});
after(() => worker.terminate());

function renderInWorker(input: unknown, options = {}): Promise<{ globals: Record<string, string>; html?: string; error?: { name: string; message: string } }> {
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => resolve(data);
    worker.onerror = (e) => reject(new Error(`worker: ${e.message}`));
    worker.postMessage({ input, options });
  });
}

const base = 'https://news.example/harbour/';
const markdown = `---
title: The harbour market opens on Sundays
kicker: City
dek: Forty stalls, from fish to flowers.
authors:
  - name: Ines Duarte
    url: /staff/ines
tags: [Markets, Harbour]
image:
  src: /img/market.jpg
  alt: Stalls on the quay
  caption: The quay at nine.
  credit: Photo by the author
prev:
  title: Ferry times change
  url: /harbour/ferry
---
The market opens at eight[^1] on the east quay.

## Getting there

Bus 12 stops at the gate. <img src=x onerror="alert(1)">

<iframe src="https://video.example/market" title="A walk through the market"></iframe>

[^1]: Half past seven in summer.
`;

describe('renderArticle in a Web Worker (no DOM)', function () {
  this.timeout(30_000);

  it('runs with no window, document or DOMParser and prints what Node prints', async () => {
    const options = { base, headingLevel: 2 };
    const [node] = await renderOnServer([markdown], options);
    const out = await renderInWorker(markdown, options);
    expect(out.globals).to.deep.equal({ window: 'undefined', document: 'undefined', DOMParser: 'undefined' });
    expect(out.error, out.error?.message).to.equal(undefined);
    expect(out.html).to.equal(node!.html);
    expect(out.html).to.contain('<h2 class="headline">The harbour market opens on Sundays</h2>');
    expect(out.html).to.contain('<h3>Getting there</h3>');
    expect(out.html).to.contain('<div class="embed"><a href="https://video.example/market" rel="noopener noreferrer">A walk through the market</a></div>');
    expect(out.html).to.not.contain('onerror');
  });

  it('formats dates with Intl in the article language', async () => {
    const out = await renderInWorker({ title: 'Marché', body: 'Texte.', lang: 'fr', published: '2026-03-20' });
    expect(out.html).to.contain('<time datetime="2026-03-20" dir="auto">20 mars 2026</time>');
    expect(out.html).to.contain('Lecture 1 min');
  });

  it('throws the same ArticleError as in Node', async () => {
    const bad = { title: 'T', body: 'B', authors: [{ url: '/a' }] };
    const [node] = await renderOnServer([bad]);
    const out = await renderInWorker(bad);
    expect(out.error!.name).to.equal('ArticleError');
    expect(out.error).to.deep.equal(node!.error);
  });
});
