import type { Article } from './article.js';
import { ArticleError } from './errors.js';
import { parseFrontMatter } from './front-matter.js';
import { validateArticle } from './validate.js';

/** How to read a string input, and what its relative URLs are relative to. */
export interface ParseArticleOptions {
  /** URL of the document the article came from; default: the page's URL (none outside a page). */
  base?: string;
  /** Forces the format of a string input; by default it is JSON when it starts with `{`. */
  format?: 'json' | 'markdown';
}

/** Turns an object, JSON text or markdown (with optional front matter) into a validated Article. */
export function parseArticle(
  input: unknown,
  { base = globalThis.location?.href ?? 'about:blank', format }: ParseArticleOptions = {},
): Article {
  if (typeof input !== 'string') return validateArticle(input, base);
  const json = format ? format === 'json' : /^\s*\{/.test(input);
  return validateArticle(json ? parseJson(input) : parseMarkdown(input), base);
}

/** JSON.parse, with the error's place given as line and column however the engine words it. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // Firefox: "… at line 2 column 5 of the JSON data"; Chromium: "… in JSON at position 17",
    // newer versions add "(line 2 column 5)"; WebKit names no place at all.
    const at = /line (\d+) column (\d+)/.exec(message);
    const pos = /position (\d+)/.exec(message);
    let place = at && [+at[1]!, +at[2]!];
    const offset = place ? -1 : pos ? +pos[1]! : jsonErrorOffset(text);
    if (offset >= 0) {
      const before = text.slice(0, offset).split('\n');
      place = [before.length, before.at(-1)!.length + 1];
    }
    const why = message.replace(/^JSON\.parse: | in JSON at position.*| at line \d+ column.*/g, '');
    const where = place ? ` at line ${place[0]}, column ${place[1]}` : '';
    throw new ArticleError(`invalid JSON${where}: ${why}`, { line: place?.[0] });
  }
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

/** Front matter, then body; with no front matter title the first `# Heading` becomes the title. */
function parseMarkdown(text: string): Record<string, unknown> {
  const { data, body } = parseFrontMatter(text);
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
  return { ...data, body };
}
