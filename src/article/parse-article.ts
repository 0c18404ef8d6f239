import type { Article } from './article.js';
import { fromCmsShape } from './cms-shapes.js';
import { ArticleError } from './errors.js';
import { parseFrontMatter } from './front-matter.js';
import { findDuplicateKey } from './json-duplicates.js';
import { typeOf, validateArticle } from './validate.js';

/** How to read a string input, and what its relative URLs are relative to. */
export interface ParseArticleOptions {
  /** URL of the document the article came from; default: the page's URL (none outside a page). */
  base?: string;
  /** Forces the format of a string input; by default it is JSON when it starts with `{`. */
  format?: 'json' | 'markdown';
}

/**
 * Turns an object, JSON text or markdown (with optional front matter) into a validated Article.
 * Text may start with a byte order mark and use CRLF line breaks; an object or JSON in a CMS's
 * shape (WordPress, JSON Feed, Ghost) is read as that CMS means it.
 */
export function parseArticle(
  input: unknown,
  { base = globalThis.location?.href ?? 'about:blank', format }: ParseArticleOptions = {},
): Article {
  if (typeof input !== 'string') return validateArticle(fromCmsShape(input), base);
  const text = input.replace(/^\uFEFF/, '');
  const json = format ? format === 'json' : /^\s*\{/.test(text);
  return validateArticle(json ? fromCmsShape(parseJson(text)) : parseMarkdown(text), base);
}

/** "line 2, column 5" of an offset into `text`. */
function placeOf(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset).split('\n');
  return [before.length, before.at(-1)!.length + 1];
}

/**
 * JSON.parse, with the error's place given as line and column however the engine words it;
 * a key given twice in one object is an error too (as in front matter), not "last one wins".
 */
function parseJson(text: string): unknown {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // Firefox: "… at line 2 column 5 of the JSON data"; Chromium: "… in JSON at position 17",
    // newer versions add "(line 2 column 5)"; WebKit names no place at all.
    const at = /line (\d+) column (\d+)/.exec(message);
    const pos = /position (\d+)/.exec(message);
    let place = at && [+at[1]!, +at[2]!];
    const offset = place ? -1 : pos ? +pos[1]! : jsonErrorOffset(text);
    if (offset >= 0) place = placeOf(text, offset);
    const why = message.replace(/^JSON\.parse: | in JSON at position.*| at line \d+ column.*/g, '');
    const where = place ? ` at line ${place[0]}, column ${place[1]}` : '';
    throw new ArticleError(`invalid JSON${where}: ${why}`, { line: place?.[0] });
  }
  const duplicate = findDuplicateKey(text);
  if (duplicate) {
    const [line, column] = placeOf(text, duplicate.offset);
    throw new ArticleError(`invalid JSON at line ${line}, column ${column}: duplicate key "${duplicate.path}"`, {
      line,
      path: duplicate.path,
    });
  }
  return data;
}

/** Where `text` stops being JSON, as an offset (-1 if it does not): for WebKit, whose errors say nowhere. */
function jsonErrorOffset(text: string): number {
  const token =
    /\s*("(?:[^"\\\0-\x1f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null|[{}[\]:,]|$)/y;
  // The tokens that may come next (v: a number or literal); `open` holds the open brackets.
  const value = 'v"{[';
  let want = value;
  let open = '';
  for (;;) {
    const from = token.lastIndex;
    const t = token.exec(text)?.[1];
    if (t == null) return from + text.slice(from).search(/\S/);
    const c = /^[-\dtfn]/.test(t) ? 'v' : t[0];
    if (!c) return want ? token.lastIndex : -1;
    if (!want.includes(c)) return token.lastIndex - t.length;
    if (c === ':') want = value;
    else if (c === ',') want = open.endsWith('{') ? '"' : value;
    else if (c === '{' || c === '[') {
      open += c;
      want = c === '{' ? '"}' : `${value}]`;
    } else if (c === '"' && want[0] === '"') want = ':';
    else {
      if (c === '}' || c === ']') open = open.slice(0, -1);
      want = open ? `,${open.endsWith('{') ? '}' : ']'}` : '';
    }
  }
}

/**
 * Front matter, then body; with no front matter title the first `# Heading` becomes the title.
 * Text that is not markdown but JSON of another shape, or front matter that does not start on
 * the first line, is an error that says so rather than a page showing it as text.
 */
function parseMarkdown(text: string): Record<string, unknown> {
  const { data, body, bodyLine } = parseFrontMatter(text);
  if (bodyLine === 1) refuseMisplacedFrontMatter(text);
  if (data.title != null) return { ...data, body };
  const lines = body.split('\n');
  let fence = '';
  for (let k = 0; k < lines.length; k++) {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(lines[k]!)?.[1];
    // A `# comment` inside fenced code (a shell snippet, say) is not a headline.
    if (fence) {
      if (f?.[0] === fence[0] && f.length >= fence.length) fence = '';
    } else if (f) {
      fence = f;
    } else {
      // ATX level 1: `# Title`, optionally closed by `#`s.
      const heading = /^ {0,3}#[ \t]+(.*)$/.exec(lines[k]!)?.[1];
      const title = heading?.replace(/(^|[ \t])#+[ \t]*$/, '').trim();
      if (title) {
        lines.splice(k, 1);
        return { ...data, title, body: lines.join('\n') };
      }
    }
  }
  if (bodyLine === 1) refuseJson(text);
  return { ...data, body };
}

/** `---` front matter after blank lines or indented: found, but not where it must be. */
function refuseMisplacedFrontMatter(text: string) {
  const m = /^((?:[ \t]*\n)*)([ \t]*)---[ \t]*\n[ \t]*[\w-]+:/.exec(text);
  if (!m || !(m[1] || m[2])) return;
  const line = m[1]!.split('\n').length;
  const where = m[2] ? 'is indented' : 'comes after blank lines';
  throw new ArticleError(`front matter line ${line}: the opening "---" ${where}; front matter must start on the first line`, { line });
}

/** JSON that is not an article object (a list, `null`, a number…, or an object sent as markdown). */
function refuseJson(text: string) {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return;
  }
  const got = typeOf(data);
  throw new ArticleError(got === 'object' ? 'expected markdown, got JSON text (an object)' : `expected an article object, got ${got}`);
}
