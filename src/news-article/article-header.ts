import { html, nothing, type TemplateResult } from 'lit';
import type { Article, Author } from '../article/article.js';
import type { Labels } from '../internal/labels.js';

/** The headline as a real heading of the configured level (1–6). */
function headline(level: number, title: string): TemplateResult {
  switch (level) {
    case 2: return html`<h2 id="headline" part="headline">${title}</h2>`;
    case 3: return html`<h3 id="headline" part="headline">${title}</h3>`;
    case 4: return html`<h4 id="headline" part="headline">${title}</h4>`;
    case 5: return html`<h5 id="headline" part="headline">${title}</h5>`;
    case 6: return html`<h6 id="headline" part="headline">${title}</h6>`;
    default: return html`<h1 id="headline" part="headline">${title}</h1>`;
  }
}

/** A paragraph for an optional text field (kicker, dek), or nothing without one. */
const paragraph = (part: string, text?: string) => (text ? html`<p part=${part}>${text}</p>` : nothing);

const formatters = new Map<unknown, Map<string, unknown>>();

/** One Intl formatter per kind and language, kept: making one costs more than using it (0.6 ms for a date format in Chromium). */
function formatter<T, O>(Kind: new (lang: string, options?: O) => T, lang: string, options?: O): T {
  let byLang = formatters.get(Kind);
  if (!byLang) formatters.set(Kind, (byLang = new Map()));
  let made = byLang.get(lang) as T | undefined;
  if (!made) byLang.set(lang, (made = new Kind(lang, options)));
  return made;
}

/** Authors joined the way the language joins a list ("A, B and C", "A, B y C"), linked when they have a URL. */
function byline(authors: Author[], lang: string) {
  if (!authors.length) return nothing;
  const parts = formatter(Intl.ListFormat, lang, { type: 'conjunction' }).formatToParts(authors.map((a) => a.name));
  let i = 0;
  return html`<p part="byline">${parts.map((p) => {
    if (p.type !== 'element') return p.value;
    const { name, url } = authors[i++]!;
    return url ? html`<a href=${url} rel="author">${name}</a>` : name;
  })}</p>`;
}

function time(date: Date, lang: string) {
  const text = formatter(Intl.DateTimeFormat, lang, { dateStyle: 'long', timeStyle: 'short' }).format(date);
  return html`<time datetime=${date.toISOString()}>${text}</time>`;
}

const WORDS = /[^\s\u3000-\u9fff\uac00-\ud7af]+/g;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

/** How many times `re` (global) matches in `text`, without making the matches. */
function countMatches(re: RegExp, text: string) {
  let n = 0;
  for (re.lastIndex = 0; re.test(text); ) n++;
  return n;
}

/** Minutes to read the body: about 230 words a minute, or 500 characters for CJK scripts. */
export function readingMinutes(body: string): number {
  return Math.max(1, Math.round(countMatches(WORDS, body) / 230 + countMatches(CJK, body) / 500));
}

/** The header per article, level and language: the element renders again on every update
 * (a theme change), and the reading time and Intl formatters cost more than the rest of it. */
const headers = new WeakMap<Article, [string, TemplateResult]>();

/** Kicker, headline, dek, byline and the dateline / dates / reading-time line. */
export function renderHeader(article: Article, level: number, lang: string, labels: Labels) {
  const key = `${level} ${lang}`;
  const cached = headers.get(article);
  if (cached?.[0] === key) return cached[1];
  const minutes = formatter(Intl.NumberFormat, lang).format(readingMinutes(article.body));
  const header = html`<header part="header">
    ${paragraph('kicker', article.kicker)}
    ${headline(level, article.title)}
    ${paragraph('dek', article.dek)}
    ${byline(article.authors, lang)}
    <p part="meta">
      ${article.dateline ? html`<span part="dateline">${article.dateline}</span>` : nothing}
      ${article.published ? time(article.published, lang) : nothing}
      ${article.updated
        ? html`<span part="updated">${labels.updated} ${time(article.updated, lang)}</span>`
        : nothing}
      <span part="reading-time">${labels.readingTime.replace('%', minutes)}</span>
    </p>
  </header>`;
  headers.set(article, [key, header]);
  return header;
}

/** The hero figure; width and height reserve its space before the image loads. */
export function renderFigure(article: Article) {
  const image = article.image;
  if (!image) return nothing;
  return html`<figure part="figure">
    <img part="image" src=${image.src} alt=${image.alt} width=${image.width ?? nothing}
      height=${image.height ?? nothing} decoding="async" />
    ${image.caption || image.credit
      ? html`<figcaption part="caption">${image.caption}
          ${image.credit ? html`<span part="credit">${image.credit}</span>` : nothing}</figcaption>`
      : nothing}
  </figure>`;
}
