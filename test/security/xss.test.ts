// Hostile data through every path a page can take: the `article` and `markdown` properties, `src`
// (JSON and markdown), inline <script> children, and the standalone <article-summary> and
// <article-nav>. alert, confirm, prompt, print and a canary are trapped; after the async part
// (image errors and the like) nothing may have run, and no shadow root (walked recursively) may
// hold a javascript: URL, an event handler, <script>, <iframe>, <object>, <embed>, <form> or <style>.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import type { ArticleSummaryElement } from '../../src/article-summary/article-summary.js';
import type { ArticleNavElement } from '../../src/article-nav/article-nav.js';
import { markup, texts, urls, type Vector } from '../fixtures/hostile/vectors.js';
import { findDanger, installTraps, serve, shadowRoots, sleep, trapUncaught } from './helpers.js';

/** How long image errors, autofocus and other async handlers get to fire. */
const SETTLE_MS = 400;

type Make = (v: Vector) => Promise<HTMLElement> | HTMLElement;

function newsArticle(id: string, setup: (el: NewsArticleElement) => void): NewsArticleElement {
  const el = document.createElement('news-article');
  el.id = id;
  setup(el);
  return el;
}

/** An inline data child, as a CMS template prints it (`<` escaped so it cannot end the script). */
function inline(type: string, text: string) {
  const script = document.createElement('script');
  script.type = type;
  script.textContent = text;
  return script;
}

/** JSON with `<` escaped, as a CMS must print it inside a script element. */
const json = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
/** A YAML double-quoted scalar (JSON's escapes are valid YAML escapes). */
const yaml = (text: string) => JSON.stringify(text);

const markupPaths: Record<string, Make> = {
  'article.body': (v) => newsArticle(v.id, (el) => (el.article = { title: 'T', body: v.payload })),
  'article.summary': (v) => newsArticle(v.id, (el) => (el.article = { title: 'T', body: 'Body.', summary: v.payload })),
  'markdown (body)': (v) => newsArticle(v.id, (el) => (el.markdown = `---\ntitle: T\n---\n${v.payload}`)),
  'markdown (summary in front matter)': (v) =>
    newsArticle(v.id, (el) => (el.markdown = `---\ntitle: T\nsummary: ${yaml(v.payload)}\n---\nBody.`)),
  'src JSON (body and summary)': async (v) => {
    const url = await serve(JSON.stringify({ title: 'T', body: v.payload, summary: v.payload }), 'application/json');
    return newsArticle(v.id, (el) => (el.src = url));
  },
  'src markdown (body)': async (v) => {
    const url = await serve(`---\ntitle: T\n---\n${v.payload}\n`, 'text/markdown; charset=utf-8');
    return newsArticle(v.id, (el) => (el.src = url));
  },
  'inline JSON (body and summary)': (v) =>
    newsArticle(v.id, (el) => el.append(inline('application/json', json({ title: 'T', body: v.payload, summary: v.payload })))),
  'inline markdown (body)': (v) =>
    newsArticle(v.id, (el) => el.append(inline('text/markdown', `# T\n\n${v.payload}`))),
  '<article-summary>.summary': (v) => {
    const el = document.createElement('article-summary');
    el.id = v.id;
    el.summary = v.payload;
    return el;
  },
};

/** An article whose every URL field is `url`, plus markdown links and images to it. */
function withUrls(url: string) {
  const md = `[link](<${url.replace(/[<>\n]/g, '')}>) ![image](<${url.replace(/[<>\n]/g, '')}>) [ref][r]\n\n[r]: <${url.replace(/[<>\n]/g, '')}>\n\n<a href="${url.replace(/"/g, '&quot;')}">html</a>`;
  return {
    title: 'T',
    body: md,
    summary: md,
    url,
    image: { src: url, alt: 'A picture' },
    authors: [{ name: 'Ana', url }],
    prev: { title: 'Previous', url },
    next: { title: 'Next', url },
  };
}

const urlPaths: Record<string, Make> = {
  'article URL fields and markdown links': (v) => newsArticle(v.id, (el) => (el.article = withUrls(v.payload))),
  'src JSON URL fields': async (v) => {
    const src = await serve(JSON.stringify(withUrls(v.payload)), 'application/json');
    return newsArticle(v.id, (el) => (el.src = src));
  },
  'markdown front matter URL fields': (v) => {
    const u = yaml(v.payload);
    const front = `title: T\nurl: ${u}\nimage:\n  src: ${u}\n  alt: A picture\nauthors:\n  - name: Ana\n    url: ${u}\nprev:\n  title: Previous\n  url: ${u}\nnext:\n  title: Next\n  url: ${u}`;
    return newsArticle(v.id, (el) => (el.markdown = `---\n${front}\n---\n${withUrls(v.payload).body}`));
  },
  'inline JSON URL fields': (v) => newsArticle(v.id, (el) => el.append(inline('application/json', json(withUrls(v.payload))))),
  '<article-nav> attributes': (v) => {
    const el = document.createElement('article-nav');
    el.id = v.id;
    el.setAttribute('prev-href', v.payload);
    el.setAttribute('next-href', v.payload);
    el.setAttribute('prev-title', 'Previous');
    el.setAttribute('next-title', 'Next');
    return el;
  },
  '<article-nav> properties': (v) => {
    const el = document.createElement('article-nav');
    el.id = v.id;
    el.prev = { title: 'Previous', url: v.payload };
    el.next = { title: 'Next', url: v.payload };
    return el;
  },
};

/** Waits for every <news-article> under `root` to leave `loading`, then opens every summary. */
async function renderAll(root: HTMLElement) {
  const articles = [...root.querySelectorAll('news-article')];
  const deadline = Date.now() + 20_000;
  while (articles.some((a) => a.state === 'loading') && Date.now() < deadline) await sleep(20);
  const stuck = articles.filter((a) => a.state === 'loading').map((a) => a.id);
  expect(stuck, 'still loading').to.deep.equal([]);
  await Promise.all(articles.map((a) => a.updateComplete));
  // Summaries render their markdown only when open.
  const summaries = [
    ...root.querySelectorAll('article-summary'),
    ...shadowRoots(root).flatMap((r) => [...r.querySelectorAll('article-summary')]),
  ] as ArticleSummaryElement[];
  for (const s of summaries) s.open = true;
  await Promise.all([...summaries, ...root.querySelectorAll('article-nav')].map((e) => (e as ArticleNavElement).updateComplete));
  await sleep(SETTLE_MS);
}

describe('hostile input', function () {
  this.timeout(180_000);
  let traps: ReturnType<typeof installTraps>;
  const uncaught = trapUncaught();
  const quiet = { warn: console.warn, error: console.error };
  before(() => {
    traps = installTraps();
    // Dropped URLs and refused articles are logged; thousands of lines would drown the report.
    console.warn = console.error = () => {};
  });
  after(() => {
    traps.restore();
    Object.assign(console, quiet);
  });
  afterEach(() => uncaught.check());

  /** Renders every vector through `make`; on a hit, renders them one at a time to name the culprit. */
  async function check(vectors: Vector[], make: Make) {
    const root = document.createElement('div');
    document.body.append(root);
    try {
      for (const v of vectors) root.append(await make(v));
      await renderAll(root);
      const danger = findDanger(root);
      const hits = traps.hits.splice(0);
      if (hits.length) {
        const culprits: string[] = [];
        for (const v of vectors) {
          const one = document.createElement('div');
          document.body.append(one);
          one.append(await make(v));
          await renderAll(one);
          if (traps.hits.length) culprits.push(`${v.id}: ${traps.hits.splice(0).join(', ')}`);
          one.remove();
        }
        expect(culprits.length ? culprits : hits, 'script ran').to.deep.equal([]);
      }
      expect(danger, 'dangerous markup in a shadow root').to.deep.equal([]);
    } finally {
      root.remove();
    }
  }

  describe('the checks themselves', () => {
    it('find dangerous markup in nested shadow roots', () => {
      const outer = document.createElement('div');
      const inner = document.createElement('span');
      outer.attachShadow({ mode: 'open' }).append(inner);
      const root = inner.attachShadow({ mode: 'open' });
      const a = document.createElement('a');
      a.setAttribute('href', ' java\tscript:alert(1)');
      const img = document.createElement('img');
      img.setAttribute('onerror', 'alert(1)');
      root.append(a, img, document.createElement('style'), document.createElement('form'));
      expect(findDanger(outer)).to.have.length(4);
    });

    it('catch a handler that runs', async () => {
      const img = document.createElement('img');
      img.setAttribute('onerror', '__xss("self-test")');
      img.src = '/nowhere.png';
      document.body.append(img);
      await sleep(SETTLE_MS);
      img.remove();
      expect(traps.hits.splice(0)).to.deep.equal(['__xss(self-test)']);
    });
  });

  describe('markdown and HTML in body and summary', () => {
    for (const [path, make] of Object.entries(markupPaths)) {
      it(`runs nothing through ${path}`, () => check(markup, make));
    }

    it('keeps safe links, with rel="noopener noreferrer"', async () => {
      const el = newsArticle('safe', (a) => (a.article = { title: 'T', body: '[ok](https://example.org/) <a href="/x" target="_blank">x</a>' }));
      document.body.append(el);
      await renderAll(el.parentElement!);
      const links = [...el.shadowRoot!.querySelectorAll('[part="body"] a')] as HTMLAnchorElement[];
      expect(links.map((a) => a.href)).to.deep.equal(['https://example.org/', new URL('/x', location.href).href]);
      for (const a of links) expect(a.rel).to.equal('noopener noreferrer');
      el.remove();
    });
  });

  describe('URLs in every URL field and link destination', () => {
    for (const [path, make] of Object.entries(urlPaths)) {
      it(`runs nothing through ${path}`, () => check(urls, make));
    }

    it('keeps only http(s) URLs (and mailto for authors) in the URL fields', async () => {
      const root = document.createElement('div');
      document.body.append(root);
      for (const v of urls) root.append(newsArticle(v.id, (el) => (el.article = withUrls(v.payload))));
      await renderAll(root);
      for (const el of root.querySelectorAll('news-article')) {
        const nav = el.shadowRoot!.querySelector('article-nav')!.shadowRoot!;
        const hrefs = [
          ...[...el.shadowRoot!.querySelectorAll('[part~="byline"] a, [part~="image"]')].map(
            (e) => e.getAttribute('href') ?? e.getAttribute('src')!,
          ),
          ...[...nav.querySelectorAll('a')].map((a) => a.getAttribute('href')!),
        ];
        for (const href of hrefs) expect(href, el.id).to.match(/^(https?|mailto):/);
      }
      root.remove();
    });
  });

  describe('text fields', () => {
    const fields = (t: string) => ({
      title: t,
      kicker: t,
      dek: t,
      dateline: t,
      body: 'Body.',
      authors: [{ name: t, url: 'https://example.org/a' }, t],
      image: { src: '/test/fixtures/news/turbine.svg', alt: t, caption: t, credit: t },
      tags: [t, t],
      summary: [t, t],
      prev: { title: t, url: '/prev' },
      next: { title: t, url: '/next' },
    });

    it('shows every text field as text, through the property, src and inline JSON', async () => {
      const root = document.createElement('div');
      document.body.append(root);
      for (const v of texts) {
        root.append(newsArticle(`${v.id}-prop`, (el) => (el.article = fields(v.payload))));
        const src = await serve(JSON.stringify(fields(v.payload)), 'application/json');
        root.append(newsArticle(`${v.id}-src`, (el) => (el.src = src)));
        root.append(newsArticle(`${v.id}-inline`, (el) => el.append(inline('application/json', json(fields(v.payload))))));
        const nav = document.createElement('article-nav');
        nav.setAttribute('prev-href', '/p');
        nav.setAttribute('prev-title', v.payload);
        nav.setAttribute('prev-label', v.payload);
        nav.id = `${v.id}-nav`;
        root.append(nav);
      }
      await renderAll(root);
      expect(traps.hits.splice(0), 'script ran').to.deep.equal([]);
      expect(findDanger(root)).to.deep.equal([]);
      for (const el of root.querySelectorAll('news-article')) {
        const v = texts.find((t) => el.id.startsWith(t.id))!;
        const expected = v.payload.trim();
        expect(el.state, el.id).to.equal('ready');
        const part = (name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`)!;
        expect(part('headline').textContent, el.id).to.equal(expected);
        expect(part('kicker').textContent, el.id).to.equal(expected);
        expect(part('dek').textContent, el.id).to.equal(expected);
        expect(part('dateline').textContent, el.id).to.equal(expected);
        expect(part('image').getAttribute('alt'), el.id).to.equal(expected);
        expect(part('byline').textContent, el.id).to.contain(expected);
        const nav = el.shadowRoot!.querySelector('article-nav')!.shadowRoot!;
        expect(nav.querySelector('[part~="title"]')!.textContent, el.id).to.equal(expected);
        // No element other than our own markup: text never became elements.
        expect(part('headline').children.length).to.equal(0);
      }
      root.remove();
    });

    it('shows a hostile value in an error message as text', async () => {
      const root = document.createElement('div');
      document.body.append(root);
      const evil = '<img src=x onerror=alert(301)>';
      root.append(
        newsArticle('bad-dir', (el) => (el.article = { title: 'T', body: 'B', dir: evil } as never)),
        newsArticle('bad-lang', (el) => (el.article = { title: 'T', body: 'B', lang: evil })),
        newsArticle('bad-date', (el) => (el.article = { title: 'T', body: 'B', published: evil })),
        newsArticle('bad-json', (el) => el.append(inline('application/json', `{"title": "${evil}", oops}`))),
      );
      await renderAll(root);
      for (const el of root.querySelectorAll('news-article')) {
        expect(el.state, el.id).to.equal('error');
        const error = el.shadowRoot!.querySelector('[part="error"]')!;
        expect(error.children.length, el.id).to.equal(0);
      }
      expect(traps.hits.splice(0)).to.deep.equal([]);
      expect(findDanger(root)).to.deep.equal([]);
      root.remove();
    });

    it('shows what a page summarizer returns as text', async () => {
      const root = document.createElement('div');
      root.innerHTML = '<article id="story"><p>The council met. The harbour plan passed. Boats run later.</p></article>';
      const summary = document.createElement('article-summary');
      summary.setAttribute('for', 'story');
      summary.summarizer = () => texts.map((t) => t.payload);
      root.append(summary);
      document.body.append(root);
      await renderAll(root);
      const panel = summary.shadowRoot!.querySelector('[part="panel"]')!;
      expect(panel.textContent).to.contain('<img src=x onerror=alert(201)>');
      expect(panel.querySelector('img, script, svg')).to.equal(null);
      expect(traps.hits.splice(0)).to.deep.equal([]);
      root.remove();
    });

    it('shows hostile article text in the built-in summary as text', async () => {
      const root = document.createElement('div');
      const article = document.createElement('article');
      article.id = 'hostile-story';
      for (const t of texts.slice(0, 8)) {
        const p = document.createElement('p');
        p.textContent = `A sentence about the harbour: ${t.payload}. Another sentence follows here.`;
        article.append(p);
      }
      const summary = document.createElement('article-summary');
      summary.setAttribute('for', 'hostile-story');
      root.append(article, summary);
      document.body.append(root);
      await renderAll(root);
      const panel = summary.shadowRoot!.querySelector('[part="panel"]')!;
      expect(panel.querySelector('img, script, svg')).to.equal(null);
      expect(traps.hits.splice(0)).to.deep.equal([]);
      expect(findDanger(root)).to.deep.equal([]);
      root.remove();
    });
  });
});
