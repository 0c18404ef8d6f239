// The article page: shows `/demo/article.html?a=<name>` and routes previous / next links
// without reloading the page.
//
// - The article comes from `?a=<name>`: a known name loads its file from demo/articles/; an
//   unknown but well-formed name is tried as `/demo/articles/<name>.json`, which shows the
//   element's error state.
// - `article-nav-navigate` is cancelable: for links to this page we call preventDefault(), swap
//   `src` and push a history entry; any other link is left to the browser.
// - `news-article-load` updates the document title; `news-article-error` explains the failure in
//   the fallback content, which the element shows again when loading fails.

import { ARTICLES, DEFAULT_ARTICLE, ARTICLE_PAGE, articleHref } from './articles.js';

const SITE = 'The Demo Courier';
const NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

const article = document.querySelector('news-article');
const main = document.getElementById('main');
const status = document.getElementById('article-status');
const fileLink = document.getElementById('article-file');
const fileLine = document.getElementById('article-file-line');
const choices = document.getElementById('article-choices');
const announcer = document.getElementById('route-announcer');

/** Set after an in-page navigation, so the next load moves focus to the new article. */
let focusOnLoad = false;
/** Set when `?a=` is not a name we would put into a URL; then there is nothing to load. */
let invalidName = false;

/** The article name a URL points at, or undefined if it is not this demo's article page. */
function articleName(href) {
  let url;
  try {
    url = new URL(href, location.href);
  } catch {
    return undefined;
  }
  if (url.origin !== location.origin || url.pathname !== ARTICLE_PAGE) return undefined;
  return url.searchParams.get('a') || DEFAULT_ARTICLE;
}

function show(name) {
  const known = ARTICLES.get(name);
  const src = known?.src ?? (NAME.test(name) ? `/demo/articles/${name}.json` : undefined);
  invalidName = !src;
  choices.hidden = true;
  fileLine.hidden = false;
  markCurrent(name);
  if (!src) {
    // Nothing to fetch: the element, left without a source, shows its error state and fallback.
    article.removeAttribute('src');
    showProblem(`There is no article called “${name}”.`);
    return;
  }
  status.textContent = 'Loading article…';
  fileLink.href = src;
  document.title = `${known?.title ?? 'Article'} — ${SITE}`;
  article.setAttribute('src', src);
}

/** Fills the fallback (shown again by the element when it fails) with a way forward. */
function showProblem(text) {
  status.textContent = text;
  choices.hidden = false;
  fileLine.hidden = true;
  document.title = `Article unavailable — ${SITE}`;
  announcer.textContent = text;
  focusOnLoad = false;
}

/** Marks the article's link in the site navigation as the current page. */
function markCurrent(name) {
  for (const link of document.querySelectorAll('.site-nav a')) {
    if (articleName(link.href) === name && link.getAttribute('href') !== '/demo/') {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

document.addEventListener('article-nav-navigate', (event) => {
  const name = event.url ? articleName(event.url) : undefined;
  if (name === undefined || !ARTICLES.has(name)) return; // leave other links to the browser
  event.preventDefault();
  const href = articleHref(name);
  if (location.pathname + location.search !== href) history.pushState({ a: name }, '', href);
  focusOnLoad = true;
  show(name);
  window.scrollTo({ top: 0 });
});

window.addEventListener('popstate', () => {
  focusOnLoad = true;
  show(articleName(location.href) ?? DEFAULT_ARTICLE);
});

article.addEventListener('news-article-load', (event) => {
  const title = event.article?.title;
  if (title) {
    document.title = `${title} — ${SITE}`;
    announcer.textContent = `Loaded: ${title}`;
  }
  if (focusOnLoad) {
    focusOnLoad = false;
    main.focus({ preventScroll: true });
  }
});

article.addEventListener('news-article-error', () => {
  // The element shows readers a short message ("This article could not be loaded."); the
  // technical one is in the event's `.error`, the console and the element's `error` attribute.
  // The page adds what to do next.
  if (!invalidName) showProblem('Pick another article below.');
});

show(articleName(location.href) ?? DEFAULT_ARTICLE);
