import { html, nothing, type TemplateResult } from 'lit';
import type { Article, Author } from '../article/article.js';
import type { Labels } from '../internal/labels.js';
import { isDayOnly, machineDate, readableDate } from '../internal/article-date.js';
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

/**
 * Authors joined the way the language joins a list ("A, B and C", "A, B y C"), linked when they
 * have a URL; `held`, joined by " and " without `Intl`.
 */
function byline(authors: Author[], lang: string, held: boolean) {
  if (!authors.length) return nothing;
  const names = authors.map((a) => a.name);
  // Held: " and " between all names is at least as long as the language's own joining.
  if (held) return html`<p part="byline">${names.join(' and ')}</p>`;
  const parts = intlFormat(Intl.ListFormat, lang, LIST).formatToParts(names);
  let i = 0;
  return html`<p part="byline">${parts.map((p) => {
    if (p.type !== 'element') return p.value;
    const { name, url } = authors[i++]!;
    return url ? html`<a href=${url} rel="author">${name}</a>` : name;
  })}</p>`;
}

/** A date readers can read, with the machine-readable one in `datetime`. `dir="auto"` keeps its
 * own direction: a date in a right-to-left article stays in one piece. Held, an empty box as
 * wide as the longest form of such a date (`.held time` in the styles). */
const time = (date: Date, lang: string, held: boolean) =>
  held
    ? html`<time class=${isDayOnly(date) ? 'day' : ''}></time>`
    : html`<time datetime=${machineDate(date)} dir="auto">${readableDate(date, lang)}</time>`;

/** The header per article, level, language, labels and held: the element renders again on every
 * update (a theme change), and the reading time and Intl formatters cost more than the rest of it. */
const headers = new WeakMap<Article, { level: number; lang: string; labels: Labels; held: boolean; header: TemplateResult }>();

/**
 * Kicker, headline, dek, byline and the dateline / dates / reading-time line. Each item of that
 * line isolates its own direction (`dir="auto"`), so "2 min read" stays whole in a right-to-left
 * page and an Arabic label reads right to left in a left-to-right one.
 *
 * `held` (the first paint): the byline and that line are laid out, hidden, from stand-ins that
 * need no `Intl` and no pass over the body and are at least as wide as the real text, so the
 * real lines wrap no more (the element keeps the held heights as their least heights).
 */
export function renderHeader(article: Article, level: number, lang: string, labels: Labels, held = false) {
  const cached = headers.get(article);
  if (cached?.level === level && cached.lang === lang && cached.labels === labels && cached.held === held) {
    return cached.header;
  }
  const minutes = held ? '000' : intlFormat(Intl.NumberFormat, lang).format(readingMinutes(article.body));
  const header = html`<header part="header" class=${held ? 'held' : ''}>
    ${paragraph('kicker', article.kicker)}
    ${headline(level, article.title)}
    ${paragraph('dek', article.dek)}
    ${byline(article.authors, lang, held)}
    <p part="meta">
      ${article.dateline ? html`<span part="dateline" dir="auto">${article.dateline}</span>` : nothing}
      ${article.published ? time(article.published, lang, held) : nothing}
      ${article.updated
        ? html`<span part="updated" dir="auto">${labels.updated} ${time(article.updated, lang, held)}</span>`
        : nothing}
      <span part="reading-time" dir="auto">${labels.readingTime.replace('{minutes}', minutes)}</span>
    </p>
  </header>`;
  headers.set(article, { level, lang, labels, held, header });
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
