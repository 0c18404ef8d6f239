import { ArticleError } from './errors.js';

/** A value the supported YAML subset can express. */
export type FrontMatterValue = string | number | boolean | null | FrontMatterValue[] | Data;
type Data = { [key: string]: FrontMatterValue };

/** Markdown split into front matter `data`, the `body`, and the 1-based line the body starts on. */
export interface FrontMatter { data: Data; body: string; bodyLine: number }

// YAML features we do not implement: refusing them beats misreading them.
const UNSUPPORTED: Record<string, string> = {
  '&': 'anchors (&)', '*': 'aliases (*)', '!': 'tags (!)', '{': 'flow maps', '[': 'nested lists',
};
const DASH = /^-( |$)/;

/** Splits `---` front matter (a strict YAML subset; else ArticleError) from the markdown body. */
export function parseFrontMatter(text: string): FrontMatter {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  if (lines[0]!.trimEnd() !== '---') return { data: {}, body: lines.join('\n'), bodyLine: 1 };
  const end = lines.findIndex((l, k) => k > 0 && l.trimEnd() === '---');
  if (end < 0) throw new ArticleError('front matter line 1: no closing "---" line', { line: 1 });
  return { data: readYaml(lines, end), body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

/** `key: value` → [key, value]; undefined when the line is not a map entry. */
function entry(s: string): [string, string] | undefined {
  const k = s.search(/:([ \t]|$)/);
  const comment = s.search(/(^|\s)#/);
  const ok = k > 0 && (comment < 0 || comment > k) && !/^["'[{]/.test(s);
  return ok ? [s.slice(0, k).trim(), s.slice(k + 1).trim()] : undefined;
}

/** The YAML 1.2 core schema for plain text: null, booleans, decimal numbers, else a string. */
function plain(t: string): FrontMatterValue {
  if (/^(~|null|Null|NULL)$/.test(t)) return null;
  if (/^(true|True|TRUE|false|False|FALSE)$/.test(t)) return /^t/i.test(t);
  return /^[-+]?(\.\d+|\d+(\.\d*)?)([eE][-+]?\d+)?$/.test(t) ? Number(t) : t;
}

/** Folds `>` text: a lone break becomes a space, a blank line a break; indented lines stay. */
function fold(lines: string[]): string {
  const indented = (l = '') => /^\s/.test(l);
  return lines.reduce((out, l, k) => {
    if (!k) return l;
    if (!lines[k - 1] || indented(lines[k - 1]) || indented(l)) return `${out}\n${l}`;
    if (l) return `${out} ${l}`;
    // The break before a run of blank lines vanishes, unless indented text follows the run.
    while (lines[k] === '') k++;
    return indented(lines[k]) ? `${out}\n` : out;
  }, '');
}

/** Reads `lines[1..end)` as a map; containers nest one level (plus maps inside lists). */
function readYaml(lines: string[], end: number): Data {
  let i = 1; // the next unread line; errors name line `i - 1` (0-based) unless told otherwise
  const fail = (why: string, at = i - 1) =>
    new ArticleError(`front matter line ${at + 1}: ${why}`, { line: at + 1 });
  const next = () => {
    let j = i;
    while (j < end && /^\s*(#|$)/.test(lines[j]!)) j++;
    return j;
  };
  const col = (j: number) => {
    const [, spaces, tab] = /^( *)(\t?)/.exec(lines[j]!)!;
    if (tab) throw fail('tabs are not allowed for indentation', j);
    return spaces!.length;
  };
  const isDash = (j: number) => DASH.test(lines[j]!.slice(col(j)));

  function checkPlain(s: string) {
    const why = UNSUPPORTED[s[0]!];
    if (why) throw fail(`${why} are not supported`);
    if (/^([@`%,\]}|>]|[-?:](\s|$))/.test(s)) throw fail(`quote text that starts with "${s[0]}"`);
  }

  // Rare escapes (\N, \_, \L, \P…) are refused like any other unsupported feature.
  function unescape(s: string) {
    return s.replace(/\\(x[\da-fA-F]{2}|u[\da-fA-F]{4}|U[\da-fA-F]{8}|.)/g, (_, e: string) => {
      const code = parseInt(e.slice(1), 16);
      const k = '0btnfr"/\\'.indexOf(e);
      if (e[1] ? code > 0x10ffff : k < 0) throw fail(`unknown escape "\\${e}" in a double-quoted string`);
      return e[1] ? String.fromCodePoint(code) : '\0\b\t\n\f\r"/\\'[k]!;
    });
  }

  // `key: value` lines at one indentation. Only top-level values (`nest`) may be lists or maps.
  function map(indent: number, nest: boolean): Data {
    const out: Data = {};
    let j;
    while ((j = next()) < end && col(j) === indent) {
      i = j + 1;
      const line = lines[j]!.slice(indent);
      if (DASH.test(line)) throw fail('expected "key: value", not a list item');
      checkPlain(line);
      const [key, raw] = entry(line) ?? [];
      if (key === undefined) throw fail('expected "key: value" (with an unquoted key)');
      // `__proto__` would set the object's prototype instead of a field.
      if (Object.hasOwn(out, key) || key === '__proto__') throw fail(`duplicate key "${key}"`);
      out[key] = value(raw!, indent, nest);
    }
    if (j < end && col(j) > indent) throw fail('bad indentation (use > or | for long text)', j);
    return out;
  }

  // `- item` lines at one indentation; an item may be a map (`- name: X` then `  url: Y`).
  function list(indent: number): FrontMatterValue[] {
    const out: FrontMatterValue[] = [];
    let j;
    while ((j = next()) < end && col(j) === indent && isDash(j)) {
      i = j + 1;
      const rest = lines[j]!.slice(indent + 1);
      if (entry(rest.trim())) {
        // Blank out the dash: the item is then a map whose keys line up with the first one.
        lines[j] = ' '.repeat(indent + 1) + rest;
        i = j;
        out.push(map(indent + 1 + rest.search(/\S/), false));
      } else out.push(value(rest.trim(), indent, false));
    }
    return out;
  }

  // The value after `key:` or `- `: a block scalar, a scalar, or (if empty) what is nested below.
  function value(raw: string, indent: number, nest: boolean): FrontMatterValue {
    if (/^[|>]/.test(raw)) return block(raw, indent);
    if (raw && raw[0] !== '#') {
      const [v, rest] = nest && raw[0] === '[' ? flow(raw) : item(raw, false);
      if (!/^(\s+#.*)?\s*$/.test(rest)) throw fail(`unexpected text after the value: ${rest}`);
      return v;
    }
    const j = next();
    // A list may sit at its key's indentation (`tags:` then `- a`), as YAML allows.
    if (j < end && (col(j) > indent || (nest && col(j) === indent && isDash(j)))) {
      if (!nest) throw fail('nesting deeper than one level is not supported', j);
      return isDash(j) ? list(col(j)) : map(col(j), false);
    }
    return null;
  }

  // One quoted or plain scalar at the start of `s`, and the text after it.
  function item(s: string, inFlow: boolean): [FrontMatterValue, string] {
    const q = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)')/.exec(s);
    if (q) return [q[2]?.replace(/''/g, "'") ?? unescape(q[1]!), s.slice(q[0].length)];
    if (/^["']/.test(s)) throw fail('unterminated quoted string (it must end on the same line)');
    checkPlain(s);
    // Plain text ends at a comment (` #`), and inside [ ] also at a comma or bracket.
    const t = (inFlow ? /^[^,[\]{}]*/.exec(s)![0] : s).split(/(?:^|\s)#/)[0]!;
    const v = t.trim(); // never empty: checkPlain refused the characters that could make it so
    if (/:(\s|$)/.test(v)) throw fail('quote text that contains ": "');
    // Numbers YAML reads in ways a writer may not expect (0x1F is 31): quote them to get text.
    if (/^([-+]?\.inf|\.nan|0x[\da-f]+|0o[0-7]+|[-+]?\d[\d_]*_[\d_]*)$/i.test(v)) {
      throw fail(`"${v}" is ambiguous: quote it for text`);
    }
    const value = plain(v);
    // YAML reads `title: We're #1` as "We're" plus a comment: refuse rather than cut a headline.
    if (!inFlow && t !== s && typeof value === 'string') throw fail('quote text followed by " #"');
    return [value, s.slice(t.length)];
  }

  // `[a, "b", 3]`: scalars, on one line.
  function flow(s: string): [FrontMatterValue[], string] {
    const out: FrontMatterValue[] = [];
    let r = s.slice(1).trimStart();
    while (r[0] !== ']') {
      if (!r || r[0] === '#') throw fail('flow lists must end on the same line');
      const [v, rest] = item(r, true);
      out.push(v);
      r = rest.trimStart();
      if (r[0] === ',') r = r.slice(1).trimStart();
      else if (r && r[0] !== ']' && r[0] !== '#') throw fail('expected "," or "]"');
    }
    return [out, r.slice(1)];
  }

  // `|` keeps line breaks, `>` folds them; then `-` drops the final break, `+` keeps trailing ones.
  function block(header: string, indent: number): string {
    const m = /^([|>])([+-]?)(\s+#.*)?$/.exec(header);
    if (!m) throw fail(`unsupported block scalar header "${header}"`);
    const text: string[] = [];
    let ind = 0; // set by the first non-blank line
    for (; i < end; i++) {
      const l = lines[i]!;
      const spaces = /^ */.exec(l)![0].length;
      if (l.trim() && (spaces <= indent || spaces < ind)) break;
      if (l.trim()) ind ||= spaces;
      text.push(ind ? l.slice(ind) : ''); // spaces past the indentation are content
    }
    let n = text.length;
    while (n && !text[n - 1]) n--;
    const s = m[1] === '|' ? text.slice(0, n).join('\n') : fold(text.slice(0, n));
    if (m[2] === '+') return s + '\n'.repeat(text.length - n + (n ? 1 : 0));
    return m[2] === '-' || !n ? s : `${s}\n`;
  }

  return map(0, true);
}
