import type { Article, ArticleImage, ArticleLink, Author } from './article.js';
import { ArticleError } from './errors.js';
import { safeUrl } from './safe-url.js';
import { canonicalLang } from '../internal/labels.js';

type Obj = Record<string, unknown>;

// ISO 8601 in the forms every engine's Date parses the same way: a date, then optionally a time
// and a zone. Free-form dates ("March 5") parse differently per browser, so they are refused.
const ISO_DATE = /^(\d{4})-(\d\d)-(\d\d)(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)?)?$/i;

/** A value's type, for messages: `got number`. */
export const typeOf = (v: unknown) =>
  v === undefined ? 'nothing' : v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;

/** A wrong string is shown as itself (`got "up"`), anything else by its type. */
const got = (v: unknown) =>
  typeof v === 'string' ? JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v) : typeOf(v);

/** Throws `path: expected …, got …`. */
function fail(path: string, expected: string, actual: string): never {
  throw new ArticleError(`${path && `${path}: `}expected ${expected}, got ${actual}`, { path: path || undefined });
}

/** Drops absent fields, so results compare and serialise cleanly. */
const compact = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const obj = (v: unknown, path: string, expected: string): Obj =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : fail(path, expected, typeOf(v));

/** Longest text field (title, name, caption…): far past any real one, short enough to lay out fast. */
export const MAX_TEXT_LENGTH = 100_000;

/** Optional text, trimmed; blank is absent. Markdown keeps its leading indentation (its limits are the renderer's). */
function text(v: unknown, path: string, markdown?: boolean): string | undefined {
  if (v == null) return;
  if (typeof v !== 'string') fail(path, 'a string', typeOf(v));
  if (!markdown && v.length > MAX_TEXT_LENGTH) fail(path, `at most ${MAX_TEXT_LENGTH} characters`, `${v.length}`);
  return (markdown ? v.replace(/^\s*\n/, '').trimEnd() : v.trim()) || undefined;
}

const required = (v: unknown, path: string, markdown?: boolean) =>
  text(v, path, markdown) ?? fail(path, 'a non-empty string', got(v));

const strings = (v: unknown, path: string): string[] =>
  v == null
    ? []
    : Array.isArray(v)
      ? v.map((s, k) => text(s, `${path}[${k}]`)).filter((s): s is string => !!s)
      : fail(path, 'a list of strings', got(v));

function date(v: unknown, path: string): Date | undefined {
  if (v == null) return;
  if (v instanceof Date && !isNaN(+v)) return new Date(+v);
  const m = typeof v === 'string' ? ISO_DATE.exec(v.trim()) : null;
  if (m) {
    // A bare date means that calendar day wherever the reader is: local midnight, not UTC midnight.
    const d = new Date(m[0].length === 10 ? `${m[0]}T00:00` : m[0].replace(' ', 'T').toUpperCase());
    // Engines roll 2026-02-30 over into March; a day the month lacks is an error, not a guess.
    if (!isNaN(+d) && new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)).getUTCDate() === +m[3]!) return d;
  }
  return fail(path, 'an ISO 8601 date', got(v));
}

/** Optional text as an allowlisted absolute URL, or undefined (with a warning) when it had to be dropped. */
function href(v: unknown, path: string, base: string, allowMailto?: boolean) {
  const value = text(v, path);
  const url = value && safeUrl(value, base, { allowMailto });
  if (value && !url) {
    console.warn(
      `news-article: dropped ${path} ${JSON.stringify(value)} (not http(s)${allowMailto ? ' or mailto' : ''} or no base)`,
    );
  }
  return url || undefined;
}

function size(v: unknown, path: string): number | undefined {
  if (v == null) return;
  return typeof v === 'number' && v > 0 && isFinite(v)
    ? v
    : fail(path, 'a positive number', typeof v === 'number' ? String(v) : got(v));
}

function image(v: unknown, base: string): ArticleImage | undefined {
  if (v == null) return;
  const o = obj(v, 'image', 'an object with src');
  const src = href(required(o.src, 'image.src'), 'image.src', base);
  const img = compact({
    src: src!,
    alt: text(o.alt, 'image.alt') ?? '',
    caption: text(o.caption, 'image.caption'),
    credit: text(o.credit, 'image.credit'),
    width: size(o.width, 'image.width'),
    height: size(o.height, 'image.height'),
  });
  return src ? img : undefined; // nothing to show once the src was dropped
}

function authors({ author, authors: list }: Obj, base: string): Author[] {
  if (author != null && list != null) fail('author', 'either author or authors', 'both');
  if (list == null) {
    const name = text(author, 'author');
    return name ? [{ name }] : [];
  }
  if (!Array.isArray(list)) return fail('authors', 'a list', got(list));
  return list.map((a: unknown, k) => {
    const path = `authors[${k}]`;
    if (typeof a === 'string') return { name: required(a, path) };
    const { name, url } = obj(a, path, 'a name or {name, url}');
    return compact({ name: required(name, `${path}.name`), url: href(url, `${path}.url`, base, true) });
  });
}

function link(v: unknown, path: string, base: string): ArticleLink | undefined {
  if (v == null) return;
  const o = obj(v, path, 'an object with title and url');
  return compact({ title: required(o.title, `${path}.title`), url: href(o.url, `${path}.url`, base) });
}

function lang(v: unknown): string | undefined {
  const tag = text(v, 'lang');
  return tag && (canonicalLang(tag) ?? fail('lang', 'a BCP 47 language tag', got(tag)));
}

function dir(v: unknown): Article['dir'] {
  const d = text(v, 'dir');
  return !d || /^(ltr|rtl|auto)$/.test(d) ? (d as Article['dir']) : fail('dir', 'ltr, rtl or auto', got(d));
}

function bodyFormat(v: unknown): Article['bodyFormat'] {
  const f = text(v, 'bodyFormat');
  return !f || f === 'markdown' ? undefined : f === 'html' ? f : fail('bodyFormat', 'markdown or html', got(f));
}

function summary(v: unknown): string | string[] | undefined {
  const s = Array.isArray(v) ? strings(v, 'summary') : text(v, 'summary', true);
  return s?.length ? s : undefined;
}

/**
 * Checks article data (from an object, JSON or front matter) and returns a clean Article;
 * throws an ArticleError `field.path: expected …, got …` on the first bad field.
 */
export function validateArticle(data: unknown, base: string): Article {
  const o = obj(data, '', 'an article object');
  return compact({
    title: required(o.title, 'title'),
    body: required(o.body, 'body', true),
    bodyFormat: bodyFormat(o.bodyFormat),
    kicker: text(o.kicker, 'kicker'),
    dek: text(o.dek, 'dek'),
    authors: authors(o, base),
    published: date(o.published, 'published'),
    updated: date(o.updated, 'updated'),
    dateline: text(o.dateline, 'dateline'),
    image: image(o.image, base),
    tags: strings(o.tags, 'tags'),
    lang: lang(o.lang),
    dir: dir(o.dir),
    url: href(o.url, 'url', base),
    summary: summary(o.summary),
    prev: link(o.prev, 'prev', base),
    next: link(o.next, 'next', base),
  });
}
