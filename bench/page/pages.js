// The pages of the page-level bench (bench/suites/page.js): one generated article, printed or
// loaded each way a site could show it. Written to bench/.out/page/<words>/ and served from the
// project root, so every script, article and library comes from this machine (never a CDN).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { marked } from 'marked';
import { probeScript } from './probe.js';

const OUT = '/bench/.out';

/** What every page shares: the same column and type, so only how the article arrives differs. */
const SHELL_CSS =
  'body{margin:0;font:16px/1.5 Georgia,serif}main{max-width:42rem;margin:0 auto;padding:1rem}img{max-width:100%;height:auto}';

/**
 * Where each page puts the article's first body paragraph, as a JS expression the probe runs
 * every frame: an element whose first few `<p>` are searched for the paragraph's opening words.
 */
const BODY = {
  light: `document.querySelector('.body')`,
  element: `document.querySelector('news-article')?.shadowRoot?.querySelector('[part="body"]')`,
  hand: `document.getElementById('article')`,
  mdBlock: `document.querySelector('md-block')`,
  zeroMd: `document.querySelector('zero-md')?.shadowRoot?.querySelector('.markdown-body')`,
};

/**
 * The CDN URLs md-block and zero-md import at run time, mapped to local, minified copies of the
 * same packages (bench/suites/page.js builds them into bench/.out/page/vendor/).
 */
export const VENDOR_MAP = {
  // md-block 0.0.1 asks for marked's newest `src/marked.min.js` (gone since marked 5) and
  // DOMPurify 2.3.3; its renderer uses marked 4's API (heading(text, level, raw, slugger)).
  'https://cdn.jsdelivr.net/npm/marked/src/marked.min.js': 'marked-4.js',
  'https://cdn.jsdelivr.net/npm/dompurify@2.3.3/dist/purify.es.min.js': 'dompurify.js',
  // zero-md 3 loads marked 18 and four marked extensions.
  'https://cdn.jsdelivr.net/npm/marked@18/lib/marked.esm.min.js': 'marked.js',
  'https://cdn.jsdelivr.net/npm/marked-base-url@1/+esm': 'marked-base-url.js',
  'https://cdn.jsdelivr.net/npm/marked-gfm-heading-id@4/+esm': 'marked-gfm-heading-id.js',
  'https://cdn.jsdelivr.net/npm/marked-alert@2/+esm': 'marked-alert.js',
  'https://cdn.jsdelivr.net/npm/marked-highlight@2/+esm': 'marked-highlight.js',
};

const importMap = () =>
  `<script type="importmap">${JSON.stringify({
    imports: Object.fromEntries(Object.entries(VENDOR_MAP).map(([url, file]) => [url, `${OUT}/page/vendor/${file}`])),
  })}</script>`;

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inline JSON that cannot close its script element. */
const inlineJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/** YAML front matter and body: the markdown form of the article, as `src=….md` reads it. */
function frontMatterMarkdown(a) {
  const q = (s) => JSON.stringify(s);
  const lines = [
    '---',
    `title: ${q(a.title)}`,
    `kicker: ${q(a.kicker)}`,
    `dek: ${q(a.dek)}`,
    'authors:',
    ...a.authors.flatMap((p) => [`  - name: ${q(p.name)}`, ...(p.url ? [`    url: ${q(p.url)}`] : [])]),
    `published: ${a.published}`,
    `updated: ${a.updated}`,
    `dateline: ${q(a.dateline)}`,
    `tags: [${a.tags.map(q).join(', ')}]`,
    `lang: ${a.lang}`,
    'prev:',
    `  title: ${q(a.prev.title)}`,
    `  url: ${q(a.prev.url)}`,
    'next:',
    `  title: ${q(a.next.title)}`,
    `  url: ${q(a.next.url)}`,
    '---',
  ];
  return `${lines.join('\n')}\n${a.body}`;
}

/**
 * The article printed as the server structure (docs: "Server rendering"), when the build has no
 * `renderArticle`: same parts, no element. The generated body is our own text, so it is not
 * sanitized here.
 */
function printedArticle(a) {
  const authors = a.authors.map((p) => (p.url ? `<a href="${p.url}" rel="author">${escapeHtml(p.name)}</a>` : escapeHtml(p.name)));
  return `<article lang="${a.lang}" dir="ltr" class="news-article">
<header class="header"><p class="kicker">${escapeHtml(a.kicker)}</p><h1 class="headline">${escapeHtml(a.title)}</h1><p class="dek">${escapeHtml(a.dek)}</p>
<p class="byline">${authors.join(' and ')}</p>
<p class="meta"><span class="dateline">${escapeHtml(a.dateline)}</span> <time datetime="${a.published}">${new Date(a.published).toUTCString()}</time></p></header>
<div class="body">${marked.parse(a.body)}</div>
<ul class="tags">${a.tags.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul>
<nav class="nav"><a rel="prev" href="${a.prev.url}">${escapeHtml(a.prev.title)}</a> <a rel="next" href="${a.next.url}">${escapeHtml(a.next.title)}</a></nav>
</article>`;
}

function page({ title, body, head = '', find, expected }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<script>${probeScript(find, expected)}</script>
<style>${SHELL_CSS}</style>
${head}
</head>
<body><main>
${body}
</main></body>
</html>
`;
}

/**
 * The pages, by id, in the order the table lists them. `renders`: what the page renders the
 * article after (`data`, its JSON or markdown; `script`, the last script), for the table's
 * "render after data" column; the printed pages render nothing.
 */
export const PAGES = [
  { id: 'static', label: '(a) static HTML, no script' },
  { id: 'server', label: '(b) server-rendered (renderArticle) + module' },
  { id: 'server-late', label: '(b′) the same, module imported after the first paint' },
  { id: 'src-json', label: '(c) <news-article src=….json>', renders: 'data' },
  { id: 'src-md', label: '(c) <news-article src=….md>', renders: 'data' },
  { id: 'inline-json', label: '(d) <news-article> inline JSON', renders: 'script' },
  { id: 'hand', label: '(e) fetch + marked + DOMPurify + innerHTML', renders: 'data' },
  { id: 'md-block', label: '(f) md-block 0.0.1 (untrusted: DOMPurify)', renders: 'data' },
  { id: 'zero-md', label: '(g) zero-md 3 (no sanitizer)', renders: 'data' },
];

/** The pages that load the element bundle, and the suffix of their twins that load `--against`. */
const AGAINST_IDS = ['src-json', 'src-md', 'inline-json'];
export const AGAINST = '.against';

/** The table's rows: `PAGES`, then with `against` the twins loading the other build. */
export const pagesWith = (against) => [
  ...PAGES,
  ...(against ? PAGES.filter((p) => AGAINST_IDS.includes(p.id)).map((p) => ({ ...p, id: `${p.id}${AGAINST}`, label: `${p.label}, --against build` })) : []),
];

/**
 * Writes the pages of one article into bench/.out/page/<words>/. `renderArticle` (the server
 * entry of the build under test, when it has one) prints (a) and (b); without it, (a) is printed
 * by `printedArticle` and (b) is not written. `against`: also the element's pages loading
 * bench/.out/against.js. Returns the ids written.
 */
export async function writePages(root, words, { article, text }, { renderArticle, against = false } = {}) {
  const dir = join(root, 'bench/.out/page', String(words));
  await mkdir(dir, { recursive: true });
  const url = `${OUT}/page/${words}`;
  const module = `<script type="module" src="${OUT}/news-article.js"></script>`;
  const first = text.split('\n\n')[0].slice(0, 40);
  const common = { title: article.title, expected: first };
  const peerMarkdown = `# ${article.title}\n\n${article.dek}\n\n${article.body}`;

  await writeFile(join(dir, 'article.json'), JSON.stringify(article));
  await writeFile(join(dir, 'article.md'), frontMatterMarkdown(article));
  await writeFile(join(dir, 'peer.md'), peerMarkdown);

  // A base for the article's relative links (prev / next), as a site's page URL would be.
  const printed = renderArticle ? await renderArticle(article, { base: 'https://news.example.org/news/harbour/' }) : `<news-article>${printedArticle(article)}</news-article>`;
  const pages = {
    static: page({ ...common, body: printed, find: BODY.light }),
    ...(renderArticle && {
      server: page({ ...common, head: module, body: printed, find: BODY.light }),
      // The article is already there: the module can wait until the first frame is painted (a
      // message posted from a frame callback runs after that frame's paint).
      'server-late': page({
        ...common,
        head: `<script>requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => import('${OUT}/news-article.js'); c.port2.postMessage(0); });</script>`,
        body: printed,
        find: BODY.light,
      }),
    }),
    'src-json': page({ ...common, head: module, body: `<news-article src="${url}/article.json"></news-article>`, find: BODY.element }),
    'src-md': page({ ...common, head: module, body: `<news-article src="${url}/article.md"></news-article>`, find: BODY.element }),
    'inline-json': page({
      ...common,
      head: module,
      body: `<news-article><script type="application/json">${inlineJson(article)}</script></news-article>`,
      find: BODY.element,
    }),
    hand: page({
      ...common,
      head: `<script type="module">
import { renderFloor } from '${OUT}/floor.js';
const markdown = await (await fetch('${url}/peer.md')).text();
renderFloor(document.getElementById('article'), markdown);
</script>`,
      body: '<article id="article"></article>',
      find: BODY.hand,
    }),
    'md-block': page({
      ...common,
      head: `${importMap()}<script type="module" src="${OUT}/page/vendor/md-block.js"></script>`,
      body: `<md-block untrusted src="${url}/peer.md"></md-block>`,
      find: BODY.mdBlock,
    }),
    'zero-md': page({
      ...common,
      // zero-md's default template links github-markdown-css from a CDN; a template of our own
      // replaces it (as its README shows), so nothing is fetched from elsewhere.
      head: `${importMap()}<script type="module" src="${OUT}/page/vendor/zero-md.js?register"></script>`,
      body: `<zero-md src="${url}/peer.md"><template><style>:host{display:block}</style></template></zero-md>`,
      find: BODY.zeroMd,
    }),
  };
  for (const [id, html] of Object.entries(pages)) await writeFile(join(dir, `${id}.html`), html);
  if (against) {
    // The element's pages again, loading the other build (`--against`), interleaved with these.
    for (const id of AGAINST_IDS) {
      await writeFile(join(dir, `${id}${AGAINST}.html`), pages[id].replace(`${OUT}/news-article.js`, `${OUT}/against.js`));
    }
  }
  return [...Object.keys(pages), ...(against ? AGAINST_IDS.map((id) => `${id}${AGAINST}`) : [])];
}
