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

/**
 * Splits `---` front matter (a strict YAML subset; else ArticleError) from the markdown body.
 *
 * One recursive reader, `read`, handles maps and lists alike: the top-level map, a nested map
 * (`prev:` + indented keys), a block list (`- item`) and a map inside a list (`- name: X`).
 */
export function parseFrontMatter(text: string): FrontMatter {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const yaml = lines[0]!.trimEnd() == '---';
  const end = yaml ? lines.findIndex((l, k) => k && l.trimEnd() == '---') : -1;
  let i = 1; // the next unread line; errors name line `i - 1` (0-based) unless told otherwise
  // Set by peek(): the next line that is not blank or a comment (`lines[end]`, `---`, is neither),
  // its indentation (-1 at the end), the text after that, and whether it is a `- ` list item.
  let j: number, col: number, s: string, dash: boolean;

  const fail = (why: string, at = i - 1) =>
    new ArticleError(`front matter line ${at + 1}: ${why}`, { line: at + 1 });

  const peek = () => {
    for (j = i; /^\s*(#|$)/.test(lines[j]!); ) j++;
    col = lines[j]!.search(/[^ ]/);
    s = lines[j]!.slice(col);
    dash = /^-( |$)/.test(s);
    if (s[0] == '\t') throw fail('tabs are not allowed for indentation', j);
    if (j >= end) col = -1;
  };

  const checkPlain = (t: string) => {
    const why = UNSUPPORTED[t[0]!];
    if (why) throw fail(`${why} are not supported`);
    if (/^([@`%,\]}|>]|[-?:](\s|$))/.test(t)) throw fail(`quote text that starts with "${t[0]}"`);
  };

  // `key: value` → [key, value]; undefined when `t` is not a map entry.
  const entry = (t: string) => {
    const m = /^([^"'[{][^]*?):(?:[ \t]|$)([^]*)/.exec(t);
    return m && !/(^|\s)#/.test(m[1]!) ? [m[1]!.trim(), m[2]!.trim()] : [];
  };

  // `key: value` lines (a map) or `- item` lines (a list) at indentation `ind`. Only top-level
  // values may be lists or maps; an item may be a map (`- name: X` then `  url: Y`).
  function read(ind: number, list?: boolean): Data | FrontMatterValue[] {
    const out: any = list ? [] : {};
    for (; peek(), col == ind; ) {
      if (dash != !!list) {
        if (list) break;
        throw fail('expected "key: value", not a list item', j);
      }
      i = j + 1;
      if (list) {
        const t = s.slice(1);
        if (entry(t.trim())[0] != null) {
          // Blank out the dash: the item is then a map whose keys line up with the first one.
          lines[i = j] = ' '.repeat(ind + 1) + t;
          out.push(read(ind + 1 + t.search(/\S/)));
        } else out.push(value(t.trim(), ind));
      } else {
        checkPlain(s);
        const [key, raw] = entry(s);
        if (key == null) throw fail('expected "key: value"');
        // `__proto__` would set the object's prototype instead of a field.
        if (Object.hasOwn(out, key) || key == '__proto__') throw fail(`duplicate key "${key}"`);
        out[key] = value(raw!, ind, !ind);
      }
    }
    if (col > ind) throw fail('bad indentation', j);
    return out;
  }

  // The value after `key:` or `- `: a block scalar, a scalar, or (if empty) what is nested below.
  function value(raw: string, ind: number, nest?: boolean): FrontMatterValue {
    if (/^[|>]/.test(raw)) return block(raw, ind);
    if (raw && raw[0] != '#') {
      const [v, rest] = nest && raw[0] == '[' ? flow(raw) : item(raw);
      if (!/^(\s+#.*)?\s*$/.test(rest)) throw fail(`unexpected text after the value: ${rest}`);
      return v;
    }
    peek();
    // A list may sit at its key's indentation (`tags:` then `- a`), as YAML allows.
    if (col > ind || (nest && col == ind && dash)) {
      if (!nest) throw fail('nesting deeper than one level is not supported', j);
      return read(col, dash);
    }
    return null;
  }

  // One quoted or plain scalar at the start of `t`, and the text after it.
  function item(t: string, inFlow?: boolean): [FrontMatterValue, string] {
    const q = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)')/.exec(t);
    if (q) return [q[2]?.replace(/''/g, "'") ?? unescape(q[1]!), t.slice(q[0].length)];
    if (/^["']/.test(t)) throw fail('unterminated quoted string');
    checkPlain(t);
    // Plain text ends at a comment (` #`), and inside [ ] also at a comma or bracket.
    const p = (inFlow ? /^[^,[\]{}]*/.exec(t)![0] : t).split(/(?:^|\s)#/)[0]!;
    const v = p.trim(); // never empty: checkPlain refused the characters that could make it so
    if (/:(\s|$)/.test(v)) throw fail('quote text that contains ": "');
    // Numbers YAML reads in ways a writer may not expect (0x1F is 31): quote them to get text.
    if (/^([-+]?\.inf|\.nan|0x[\da-f]+|0o[0-7]+|[-+]?\d+_[\d_]*)$/i.test(v)) {
      throw fail(`"${v}" is ambiguous`);
    }
    // The YAML 1.2 core schema: null, booleans, decimal numbers, else a string.
    const b = /^(~|null)$|^(true)$|^false$/i.exec(v);
    const x = b && /^.[a-z]*$|^[A-Z]+$/.test(v)
      ? b[1] ? null : !!b[2]
      : /^[-+]?\.?\d[\d.e+-]*$/i.test(v) && +v == +v ? +v : v;
    // YAML reads `title: We're #1` as "We're" plus a comment: refuse rather than cut a headline.
    if (!inFlow && p != t && typeof x == 'string') throw fail('quote text followed by " #"');
    return [x, t.slice(p.length)];
  }

  // Rare escapes (\N, \_, \L, \P…) are refused like any other unsupported feature.
  const unescape = (t: string) =>
    t.replace(/\\(x[\da-fA-F]{2}|u[\da-fA-F]{4}|U[\da-fA-F]{8}|.)/g, (_, e: string) => {
      const code = +('0x' + e.slice(1));
      const k = '0btnfr"/\\'.indexOf(e);
      if (e[1] ? code > 0x10ffff : k < 0) throw fail(`unknown escape "\\${e}"`);
      return e[1] ? String.fromCodePoint(code) : '\0\b\t\n\f\r"/\\'[k]!;
    });

  // `[a, "b", 3]`: scalars, on one line.
  function flow(t: string): [FrontMatterValue[], string] {
    const out: FrontMatterValue[] = [];
    for (let r = t; ; ) {
      r = r.slice(1).trimStart(); // past the `[` or `,`
      if (r[0] == ']') return [out, r.slice(1)];
      if (!r || r[0] == '#') throw fail('flow lists must end on the same line');
      const [v, rest] = item(r, true);
      out.push(v);
      r = rest.trimStart();
      if (r[0] != ',') {
        if (!/^(#|]|$)/.test(r)) throw fail('expected "," or "]"');
        r = ' ' + r;
      }
    }
  }

  // `|` keeps line breaks, `>` folds them; then `-` drops the final break, `+` keeps trailing ones.
  function block(header: string, ind: number): string {
    const m = /^([|>])([+-]?)(\s+#.*)?$/.exec(header);
    if (!m) throw fail(`unsupported block scalar header "${header}"`);
    let t = '';
    // The text's indentation is that of its first non-blank line; `lines[end]` (`---`) ends it.
    for (let at = 0, l, n; (l = lines[i]!), (n = l.search(/[^ ]|$/)), !l.trim() || (n > ind && n >= (at ||= n)); i++) {
      t += '\n' + (at ? l.slice(at) : ''); // spaces past the indentation are content
    }
    const all = t.slice(1);
    const text = all.replace(/\n+$/, '');
    // Folding: a lone break between unindented lines becomes a space; the break before blank
    // lines vanishes, unless indented text follows them.
    const r = m[1] == '|' ? text : text.replace(/([^\n]*)\n(\n*)(?=(\S?))/g, (_, a: string, e: string, x: string) =>
      a + (/^\S/.test(a) && x ? (e ? '' : ' ') : '\n') + e);
    return m[2] == '+' ? t && r + all.slice(text.length) + '\n' : m[2] ? r : r && r + '\n';
  }

  if (yaml && end < 0) throw fail('no closing "---" line', 0);
  return { data: yaml ? (read(0) as Data) : {}, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}
