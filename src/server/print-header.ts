import type { Article, Author } from '../article/article.js';
import type { Labels } from '../internal/labels.js';
import { machineDate, readableDate } from '../internal/article-date.js';
import { intlFormat } from '../internal/intl-formats.js';
import { readingMinutes } from '../internal/reading-time.js';
import { attr, escapeHtml } from './escape.js';

/**
 * The header and hero figure as HTML text, the same content as the element's article-header.ts
 * with the part names as classes (see the structure in the README's "Server rendering").
 */

const LIST: Intl.ListFormatOptions = { type: 'conjunction' };

/** A paragraph for an optional text field (kicker, dek), or nothing without one. */
const paragraph = (name: string, text?: string) => (text ? `<p class="${name}">${escapeHtml(text)}</p>` : '');

/** Authors joined the way the language joins a list ("A, B and C"), linked when they have a URL. */
function byline(authors: Author[], lang: string) {
  if (!authors.length) return '';
  const parts = intlFormat(Intl.ListFormat, lang, LIST).formatToParts(authors.map((a) => a.name));
  let i = 0;
  const names = parts.map((p) => {
    if (p.type !== 'element') return escapeHtml(p.value);
    const { name, url } = authors[i++]!;
    return url ? `<a${attr('href', url)} rel="author">${escapeHtml(name)}</a>` : escapeHtml(name);
  });
  return `<p class="byline">${names.join('')}</p>`;
}

/** A date readers can read, with the machine-readable one in `datetime`. */
const time = (date: Date, lang: string) =>
  `<time${attr('datetime', machineDate(date))} dir="auto">${escapeHtml(readableDate(date, lang))}</time>`;

/** Kicker, headline, dek, byline and the dateline / dates / reading-time line. */
export function printHeader(article: Article, level: number, lang: string, labels: Labels): string {
  const minutes = intlFormat(Intl.NumberFormat, lang).format(readingMinutes(article.body));
  const meta = [
    article.dateline && `<span class="dateline" dir="auto">${escapeHtml(article.dateline)}</span>`,
    article.published && time(article.published, lang),
    article.updated && `<span class="updated" dir="auto">${escapeHtml(labels.updated)} ${time(article.updated, lang)}</span>`,
    `<span class="reading-time" dir="auto">${escapeHtml(labels.readingTime.replace('{minutes}', minutes))}</span>`,
  ];
  return `<header class="header">${paragraph('kicker', article.kicker)}<h${level} class="headline">${escapeHtml(article.title)}</h${level}>${paragraph('dek', article.dek)}${byline(article.authors, lang)}<p class="meta">${meta.filter(Boolean).join(' ')}</p></header>`;
}

/** The hero figure; width and height reserve its space before the image loads. */
export function printFigure(article: Article): string {
  const image = article.image;
  if (!image) return '';
  const text = [image.caption && escapeHtml(image.caption), image.credit && `<span class="credit">${escapeHtml(image.credit)}</span>`];
  const caption = text.some(Boolean) ? `<figcaption class="caption">${text.filter(Boolean).join(' ')}</figcaption>` : '';
  return `<figure class="figure"><img class="image"${attr('src', image.src)}${attr('alt', image.alt)}${attr('width', image.width)}${attr('height', image.height)} decoding="async">${caption}</figure>`;
}
