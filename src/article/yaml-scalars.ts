import { lineError, type Line, type LineCursor } from './line-cursor.js';
import type { FrontMatterValue } from './front-matter.js';

// YAML features we do not implement: refusing them beats misreading them.
const UNSUPPORTED: Record<string, string> = {
  '&': 'anchors (&)', '*': 'aliases (*)', '!': 'tags (!)', '{': 'flow maps', '[': 'nested lists',
};

// Numbers YAML readers disagree on or read in ways a writer may not expect (0x1F is 31).
const AMBIGUOUS_NUMBER = /^([-+]?\.inf|\.nan|0x[\da-f]+|0o[0-7]+|[-+]?\d+_[\d_]*|[-+]\.\d.*)$/i;
// The YAML 1.2 core schema's numbers.
const NUMBER = /^[-+]?(\.\d+|\d+(\.\d*)?)(e[-+]?\d+)?$/i;

/** Refuses plain text that YAML would read as something else (an anchor, a list, a key…). */
export function checkPlain(text: string, line: number): void {
  const why = UNSUPPORTED[text[0]!];
  if (why) throw lineError(`${why} are not supported`, line);
  if (/^([@`%,\]}|>]|[-?:](\s|$))/.test(text)) throw lineError(`quote text that starts with "${text[0]}"`, line);
}

/**
 * One quoted or plain scalar at the start of `text`, and the text after it. Inside a flow list
 * (`inFlow`) plain text also ends at a comma or bracket.
 */
export function readScalar(text: string, line: number, inFlow?: boolean): [FrontMatterValue, string] {
  const quoted = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)')/.exec(text);
  if (quoted) {
    const value = quoted[2]?.replace(/''/g, "'") ?? unescape(quoted[1]!, line);
    return [value, text.slice(quoted[0].length)];
  }
  if (/^["']/.test(text)) throw lineError('unterminated quoted string', line);
  checkPlain(text, line);
  // Plain text ends at a comment (` #`).
  const plain = (inFlow ? /^[^,[\]{}]*/.exec(text)![0] : text).split(/(?:^|\s)#/)[0]!;
  const v = plain.trim(); // never empty: checkPlain refused the characters that could make it so
  if (/:(\s|$)/.test(v)) throw lineError('quote text that contains ": "', line);
  if (AMBIGUOUS_NUMBER.test(v)) throw lineError(`"${v}" is ambiguous`, line);
  // YAML reads `title: We're #1` as "We're" plus a comment: refuse rather than cut a headline.
  const value = typed(v);
  if (!inFlow && plain != text && typeof value == 'string') throw lineError('quote text followed by " #"', line);
  return [value, text.slice(plain.length)];
}

/** The YAML 1.2 core schema: null, booleans, numbers (a number too large for a double stays text), else text. */
function typed(v: string): FrontMatterValue {
  if (/^(~|null|Null|NULL)$/.test(v)) return null;
  if (/^(true|True|TRUE)$/.test(v)) return true;
  if (/^(false|False|FALSE)$/.test(v)) return false;
  return NUMBER.test(v) && isFinite(+v) ? +v : v;
}

// Rare escapes (\N, \_, \L, \P…) are refused like any other unsupported feature.
const unescape = (text: string, line: number) =>
  text.replace(/\\(x[\da-fA-F]{2}|u[\da-fA-F]{4}|U[\da-fA-F]{8}|.)/g, (_, e: string) => {
    const code = +('0x' + e.slice(1));
    const k = '0btnfr"/\\'.indexOf(e);
    if (e[1] ? code > 0x10ffff : k < 0) throw lineError(`unknown escape "\\${e}"`, line);
    return e[1] ? String.fromCodePoint(code) : '\0\b\t\n\f\r"/\\'[k]!;
  });

/** `[a, "b", 3]`: scalars, on one line; returns the list and the text after `]`. */
export function readFlowList(text: string, line: number): [FrontMatterValue[], string] {
  const out: FrontMatterValue[] = [];
  for (let rest = text; ; ) {
    rest = rest.slice(1).trimStart(); // past the `[` or `,`
    if (rest[0] == ']') return [out, rest.slice(1)];
    if (!rest || rest[0] == '#') throw lineError('flow lists must end on the same line', line);
    const [value, after] = readScalar(rest, line, true);
    out.push(value);
    rest = after.trimStart();
    if (rest[0] != ',') {
      if (!/^(#|]|$)/.test(rest)) throw lineError('expected "," or "]"', line);
      rest = ' ' + rest;
    }
  }
}

/**
 * Block text after `key: |` or `key: >` (`header`), whose parent sits at indentation `parent`.
 * `|` keeps line breaks, `>` folds them; then `-` drops the final break, `+` keeps trailing ones.
 * As in YAML, the text's indentation is that of its first non-blank line; a blank line before it
 * with more spaces, or a tab before the text of a line, is an error.
 */
export function readBlockScalar(lines: LineCursor, header: string, parent: number, at: Line): string {
  const m = /^([|>])([+-]?)(\s+#.*)?$/.exec(header);
  if (!m) throw lineError(`unsupported block scalar header "${header}"`, at.number);
  const [, style, chomping] = m;
  const read: Line[] = [];
  let indent = 0; // the text's indentation, once its first non-blank line is read
  for (let line; (line = lines.peekRaw()); lines.next()) {
    const blank = !line.text.trim();
    if (line.text[0] == '\t' && (blank || line.indent > parent)) {
      throw lineError('tabs are not allowed in block text (| or >)', line.number);
    }
    if (!blank && (line.indent <= parent || line.indent < indent)) break;
    if (!blank && !indent) {
      indent = line.indent;
      const wide = read.find((l) => l.indent > indent);
      if (wide) throw lineError('a blank line at the start of block text has more spaces than the text', wide.number);
    }
    read.push(line);
  }
  // Spaces past the indentation are content, also on blank lines after the text.
  const all = read.map((l) => (indent ? ' '.repeat(Math.max(0, l.indent - indent)) + l.text : '')).join('\n');
  const text = all.replace(/\n+$/, '');
  // Folding: a lone break between unindented lines becomes a space; the break before blank
  // lines vanishes, unless indented text follows them.
  const body = style == '|' ? text : text.replace(/([^\n]*)\n(\n*)(?=(\S?))/g, (_, a: string, e: string, x: string) =>
    a + (/^\S/.test(a) && x ? (e ? '' : ' ') : '\n') + e);
  if (chomping == '+') return read.length ? body + all.slice(text.length) + '\n' : '';
  return chomping ? body : body && body + '\n';
}
