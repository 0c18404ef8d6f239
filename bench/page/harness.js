// In-page side of the bench: each function does one measured run and returns milliseconds.
// Node (bench/suites/*) calls them one at a time, with a full GC in between.
import { summarize } from '../.out/news-article.js';
import { renderFloor } from '../.out/floor.js';

const host = document.getElementById('host');
const articles = {};
const now = () => performance.now();

/** A body short enough that the fixed cost of an element is all that is left. */
const SHORT_BODY = 'One short paragraph: the body costs next to nothing here.';

/** Fetches a generated article once: `{ words, text, article }`; returns its word count. */
async function load(words) {
  articles[words] ??= await (await fetch(`../.out/articles/${words}.json`)).json();
  return articles[words].words;
}

/** Forces style and layout of everything up to the last block of `container`. */
function layout(container) {
  (container.lastElementChild ?? container).getBoundingClientRect();
}

const bodyOf = (el) => el.shadowRoot.querySelector('[part="body"]');

/** Resolves when the element and the elements it rendered have finished updating. */
async function settle(el) {
  await el.updateComplete;
  const kids = el.shadowRoot.querySelectorAll('article-summary, article-nav');
  await Promise.all([...kids].map((kid) => kid.updateComplete));
}

function check(el) {
  if (el.state !== 'ready' || !bodyOf(el)?.childElementCount) {
    const error = el.shadowRoot?.querySelector('[part="error"]')?.textContent;
    throw new Error(`<news-article> did not render: state=${el.state}${error ? `: ${error}` : ''}`);
  }
}

/**
 * The article of `words` words; `short` swaps in a one-line body; `fields` keeps only those
 * fields besides `title` and `body` (default: all of them).
 */
function articleFor(words, { short = false, fields } = {}) {
  const full = { ...articles[words].article, ...(short && { body: SHORT_BODY }) };
  if (!fields) return full;
  return Object.fromEntries(Object.entries(full).filter(([k]) => ['title', 'body', ...fields].includes(k)));
}

/**
 * Resolves once the element's first render is done: its body in the DOM, before the parts it
 * holds back for one frame (#14). Lit renders in microtasks, so awaiting microtasks gets there.
 */
async function firstRender(el) {
  for (let i = 0; !bodyOf(el)?.childElementCount; i++) {
    if (i > 10000) throw new Error('<news-article> did not render its body within its first update');
    await null;
  }
}

/**
 * Ours: from creating the element and setting `article` until the body is in the DOM and laid
 * out, with every part drawn; `firstPaint`: only what the first paint shows (headline and body).
 */
async function ours(words, options = {}) {
  const article = articleFor(words, options);
  const t0 = now();
  const el = document.createElement('news-article');
  el.article = article;
  host.append(el);
  await (options.firstPaint ? firstRender(el) : settle(el));
  check(el);
  layout(bodyOf(el));
  return now() - t0;
}

/** The floor: marked.parse + DOMPurify.sanitize + innerHTML into a plain div, laid out. */
function floor(words, { short = false } = {}) {
  const markdown = short ? SHORT_BODY : articles[words].article.body;
  const t0 = now();
  const div = document.createElement('div');
  div.className = 'floor';
  host.append(div);
  renderFloor(div, markdown);
  layout(div);
  return now() - t0;
}

/** A standalone `<article-summary>` or `<article-nav>` (as `<news-article>` renders them), laid out. */
async function part(tag) {
  const { prev, next } = articles[1000].article;
  const t0 = now();
  const el = document.createElement(tag);
  if (tag === 'article-nav') Object.assign(el, { prev, next });
  host.append(el);
  await el.updateComplete;
  layout(el.shadowRoot);
  return now() - t0;
}

/**
 * Sets `theme="light"` on the rendered element (from the default `auto`, on a page with no
 * `color-scheme`): the update time, with style + layout, and whether the body DOM was kept (not
 * parsed again). Nothing changes colour, yet the host's `color-scheme` goes from `normal` to
 * `light`, an inherited property, so every element under it is restyled (no layout).
 */
async function rerender() {
  const el = host.querySelector('news-article');
  const body = bodyOf(el);
  const first = body.firstChild;
  const t0 = now();
  el.setAttribute('theme', 'light');
  await settle(el);
  const t1 = now();
  layout(body);
  const t2 = now();
  // The theme reaches the elements it rendered only if the element really updated.
  const updated = el.shadowRoot.querySelector('article-summary')?.getAttribute('theme') === 'light';
  return { update: t1 - t0, total: t2 - t0, kept: bodyOf(el) === body && body.firstChild === first, updated };
}

/** The extractive summarizer alone, on the article's plain text, `reps` times: the median ms. */
function summary(words, reps = 1) {
  const { text } = articles[words];
  const times = [];
  for (let i = 0; i < reps; i++) {
    const t0 = now();
    const out = summarize(text);
    times.push(now() - t0);
    if (out.length !== 3) throw new Error(`summarize returned ${out.length} sentences`);
  }
  return times.sort((a, b) => a - b)[times.length >> 1];
}

/** Pressing "Get a summary" on the rendered element until the summary is in the panel, laid out. */
async function toggle() {
  const el = host.querySelector('news-article');
  const box = el.shadowRoot.querySelector('article-summary');
  const t0 = now();
  box.shadowRoot.querySelector('button').click();
  await box.updateComplete;
  const panel = box.shadowRoot.querySelector('[part="panel"]');
  layout(panel);
  const ms = now() - t0;
  if (!panel.querySelector('li')) throw new Error('the summary panel is empty');
  return ms;
}

/** `count` elements (or floor divs) of `words` words each, appended at once, until all are laid out. */
async function many(count, words, which, options = {}) {
  const t0 = now();
  if (which === 'floor') {
    const markdown = options.short ? SHORT_BODY : articles[words].article.body;
    const divs = Array.from({ length: count }, () => {
      const div = document.createElement('div');
      div.className = 'floor';
      host.append(div);
      renderFloor(div, markdown);
      return div;
    });
    layout(divs.at(-1));
  } else {
    const els = Array.from({ length: count }, () => {
      const el = document.createElement('news-article');
      el.article = articleFor(words, options);
      return el;
    });
    host.append(...els);
    await Promise.all(els.map(settle));
    layout(bodyOf(els.at(-1)));
    els.forEach(check);
  }
  return now() - t0;
}

function clear() {
  host.replaceChildren();
}

/** Nothing: the cost of a call from Node, subtracted from the CPU times. */
function noop() {}

window.bench = { load, ours, floor, part, rerender, summary, toggle, many, clear, noop };
window.benchReady = true;
