import { LineCursor, lineError, type Line } from './line-cursor.js';
import { checkPlain, readBlockScalar, readFlowList, readScalar } from './yaml-scalars.js';

/** A value the supported YAML subset can express. */
export type FrontMatterValue = string | number | boolean | null | FrontMatterValue[] | Data;
type Data = { [key: string]: FrontMatterValue };

/** Markdown split into front matter `data`, the `body`, and the 1-based line the body starts on. */
export interface FrontMatter { data: Data; body: string; bodyLine: number }

/**
 * Splits `---` front matter (a strict YAML subset; else ArticleError) from the markdown body.
 * The subset: a map of `key: value`; a top-level value may be a list or a map one level deep,
 * and a list item may be a map (`- name: X` then `  url: Y`).
 */
export function parseFrontMatter(text: string): FrontMatter {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  if (lines[0]!.trimEnd() != '---') return { data: {}, body: lines.join('\n'), bodyLine: 1 };
  const end = lines.findIndex((l, k) => k && l.trimEnd() == '---');
  if (end < 0) throw lineError('no closing "---" line', 1);
  const cursor = new LineCursor(lines, 1, end);
  const data = readMap(cursor, 0, true);
  const rest = cursor.peek();
  if (rest) throw lineError(rest.indent ? 'bad indentation' : 'expected "key: value"', rest.number);
  return { data, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

const isItem = (text: string) => /^-( |$)/.test(text);

// `key: value` → [key, value]; undefined when `text` is not a map entry.
function entry(text: string): [string, string] | undefined {
  const m = /^([^"'[{][^]*?):(?:[ \t]|$)([^]*)/.exec(text);
  return m && !/(^|\s)#/.test(m[1]!) ? [m[1]!.trim(), m[2]!.trim()] : undefined;
}

/**
 * `key: value` lines at indentation `indent`. `first` is an entry already read from a list
 * item's line (`- name: X`); `top` says this is the top-level map, whose values may nest.
 */
function readMap(lines: LineCursor, indent: number, top: boolean, first?: Line): Data {
  const out: Data = {};
  for (let line = first ?? lines.peek(); line?.indent == indent; line = lines.peek()) {
    if (line != first) lines.next();
    if (isItem(line.text)) throw lineError('expected "key: value", not a list item', line.number);
    checkPlain(line.text, line.number);
    const [key, raw] = entry(line.text) ?? [];
    if (key == null) throw lineError('expected "key: value"', line.number);
    // `__proto__` would set the object's prototype instead of a field.
    if (Object.hasOwn(out, key) || key == '__proto__') throw lineError(`duplicate key "${key}"`, line.number);
    out[key] = readValue(lines, raw!, indent, line, top);
  }
  checkNothingDeeper(lines, indent);
  return out;
}

/** `- item` lines at indentation `indent`; an item is a scalar, block text or a map. */
function readList(lines: LineCursor, indent: number): FrontMatterValue[] {
  const out: FrontMatterValue[] = [];
  for (let line = lines.peek(); line?.indent == indent && isItem(line.text); line = lines.peek()) {
    lines.next();
    const after = line.text.slice(1);
    const text = after.trim();
    if (entry(text)) {
      const keyIndent = indent + 1 + after.search(/\S/);
      out.push(readMap(lines, keyIndent, false, { number: line.number, indent: keyIndent, text }));
    } else out.push(readValue(lines, text, indent, line, false));
  }
  checkNothingDeeper(lines, indent);
  return out;
}

/** A line indented deeper than the map or list that just ended belongs to nothing. */
function checkNothingDeeper(lines: LineCursor, indent: number) {
  const next = lines.peek();
  if (next && next.indent > indent) throw lineError('bad indentation', next.number);
}

/**
 * The value after `key:` or `- ` (`raw`) on `line`, whose key or dash sits at `indent`: block
 * text, a scalar, a flow list (top level only), or, when empty, what is nested below (or null).
 */
function readValue(lines: LineCursor, raw: string, indent: number, line: Line, top: boolean): FrontMatterValue {
  if (/^[|>]/.test(raw)) return readBlockScalar(lines, raw, indent, line);
  if (raw && raw[0] != '#') {
    const [value, rest] = top && raw[0] == '[' ? readFlowList(raw, line.number) : readScalar(raw, line.number);
    if (!/^(\s+#.*)?\s*$/.test(rest)) throw lineError(`unexpected text after the value: ${rest}`, line.number);
    return value;
  }
  const below = lines.peek();
  // A list may sit at its key's indentation (`tags:` then `- a`), as YAML allows.
  if (below && (below.indent > indent || (top && below.indent == indent && isItem(below.text)))) {
    if (!top) throw lineError('nesting deeper than one level is not supported', below.number);
    return isItem(below.text) ? readList(lines, below.indent) : readMap(lines, below.indent, false);
  }
  return null;
}
