import type { TokenizerObject } from 'marked';

/**
 * marked's block tokenizers, kept linear in WebKit. JavaScriptCore tries several of marked's
 * `^`-anchored block patterns at every position of the rest of the document before failing,
 * so each block costs the length of what follows it: 4,000 one-line paragraphs took 3.3 s to lex
 * in WebKitGTK, 0.1 s with these. Each override answers "cannot match here" (undefined) from the
 * first line or two, exactly as the full pattern would, and otherwise hands over to marked
 * (false). The list tokenizer gets rules that look at one line, which is all they can match.
 */

type Rules = {
  block: Record<string, RegExp>;
  other: Record<string, unknown> & { listItemRegex(bullet: string): RegExp };
};

const firstLine = (src: string) => {
  const end = src.indexOf('\n');
  return end < 0 ? src : src.slice(0, end + 1);
};

/** `re` run on the first line only: the same answer for patterns that never cross a newline. */
const onFirstLine = (re: RegExp) => ({
  exec: (src: string) => re.exec(firstLine(src)),
  test: (src: string) => re.test(firstLine(src)),
});

const lineRules = new WeakSet<object>();

export const linearTokenizer = {
  hr(src: string) {
    return this.rules.block.hr.test(firstLine(src)) ? false : undefined;
  },
  blockquote: (src: string) => (/^ {0,3}>/.test(src) ? false : undefined),
  html: (src: string) => (/^ {0,3}</.test(src) ? false : undefined),
  // A table needs a delimiter row (`---`, `|:--`) as its second line.
  table: (src: string) => (/^[^\n]*\n {0,3}(?:\| *)?:?-/.test(src) ? false : undefined),
  // A setext heading needs an `===` or `---` line before the paragraph's blank line.
  lheading(src: string) {
    const end = src.search(/\n[ \t]*\n/);
    return /\n {0,3}(=+|-+)[ \t]*(\n|$)/.test(end < 0 ? src : src.slice(0, end + 1)) ? false : undefined;
  },
  list() {
    // The item and hr tests of marked's list loop run on the rest of the document for each item.
    if (!lineRules.has(this.rules)) {
      const { block, other } = this.rules;
      this.rules = {
        ...this.rules,
        block: { ...block, hr: { exec: (src: string) => block.hr!.exec(src), test: onFirstLine(block.hr!).test } },
        other: { ...other, listItemRegex: (bullet: string) => onFirstLine(other.listItemRegex(bullet)) },
      } as unknown as Rules;
      lineRules.add(this.rules);
    }
    return false;
  },
} as ThisType<{ rules: Rules }> as TokenizerObject;
