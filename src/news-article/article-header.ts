import { html, nothing, type TemplateResult } from 'lit';
import type { Article, Author } from '../article/article.js';
import type { Labels } from '../internal/labels.js';
import { machineDate, readableDate } from '../internal/article-date.js';
import { intlFormat } from '../internal/intl-formats.js';
import { readingMinutes } from '../internal/reading-time.js';

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

const LIST: Intl.ListFormatOptions = { type: 'conjunction' };

/** Authors joined the way the language joins a list ("A, B and C", "A, B y C"), linked when they have a URL. */
function byline(authors: Author[], lang: string) {
  if (!authors.length) return nothing;
  const parts = intlFormat(Intl.ListFormat, lang, LIST).formatToParts(authors.map((a) => a.name));
  let i = 0;
  return html`<p part="byline">${parts.map((p) => {
    if (p.type !== 'element') return p.value;
    const { name, url } = authors[i++]!;
    return url ? html`<a href=${url} rel="author">${name}</a>` : name;
  })}</p>`;
}

/** A date readers can read, with the machine-readable one in `datetime`. `dir="auto"` keeps its
 * own direction: a date in a right-to-left article stays in one piece. */
const time = (date: Date, lang: string) =>
  html`<time datetime=${machineDate(date)} dir="auto">${readableDate(date, lang)}</time>`;

/** The header per article, level, language and labels: the element renders again on every update
 * (a theme change), and the reading time and Intl formatters cost more than the rest of it. */
const headers = new WeakMap<Article, { level: number; lang: string; labels: Labels; header: TemplateResult }>();

/**
 * Kicker, headline, dek, byline and the dateline / dates / reading-time line. Each item of that
 * line isolates its own direction (`dir="auto"`), so "2 min read" stays whole in a right-to-left
 * page and an Arabic label reads right to left in a left-to-right one.
 */
export function renderHeader(article: Article, level: number, lang: string, labels: Labels) {
  const cached = headers.get(article);
  if (cached?.level === level && cached.lang === lang && cached.labels === labels) return cached.header;
  const minutes = intlFormat(Intl.NumberFormat, lang).format(readingMinutes(article.body));
  const header = html`<header part="header">
    ${paragraph('kicker', article.kicker)}
    ${headline(level, article.title)}
    ${paragraph('dek', article.dek)}
    ${byline(article.authors, lang)}
    <p part="meta">
      ${article.dateline ? html`<span part="dateline" dir="auto">${article.dateline}</span>` : nothing}
      ${article.published ? time(article.published, lang) : nothing}
      ${article.updated
        ? html`<span part="updated" dir="auto">${labels.updated} ${time(article.updated, lang)}</span>`
        : nothing}
      <span part="reading-time" dir="auto">${labels.readingTime.replace('{minutes}', minutes)}</span>
    </p>
  </header>`;
  headers.set(article, { level, lang, labels, header });
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
