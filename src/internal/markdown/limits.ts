/**
 * How much markdown we agree to render: checked before marked sees it, so hostile input fails
 * fast with a message instead of freezing the page.
 */

/** Longest markdown accepted, in characters (a long read is 60,000; 50,000 words about 300,000). */
export const MAX_MARKDOWN_LENGTH = 500_000;
/** Deepest blockquote or list nesting accepted: marked recurses once per level. */
export const MAX_MARKDOWN_DEPTH = 32;
/**
 * Most work accepted, as estimated by `WorkEstimate`. WebKit, the slowest engine, takes about
 * 1 s for 10 million; the bench's 50,000-word article is 3.9 million.
 */
export const MAX_MARKDOWN_WORK = 10_000_000;

/** Work for every line: an element to build, marked's block patterns to try. */
export const WORK_PER_LINE = 1000;
/** Work for every bit of inline markup: inline patterns to try, maybe an element to build. */
export const WORK_PER_MARK = 1000;

/** Inline markup: what marked's inline patterns try to pair up or follow (emphasis, links, HTML, code, escapes, autolinks, cells). */
const MARK = /[*_~[<`!\\@|]|www\.|:\/\//g;
/** A line's nesting prefix: `>` and list markers (`-`, `+`, `*`, `1.`, `1)`) with the spaces around them. */
const NESTING_PREFIX = /^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)))*[ \t]*/;
const NESTING_MARKER = />|[-+*]|\d+[.)]/g;
/** A line that starts like HTML: WebKit tries marked's HTML-block pattern at every position after it. */
const HTML_START = /^ {0,3}</;

/** Thrown for markdown we refuse to render; the message says what and where. */
export class MarkdownError extends Error {
  override name = 'MarkdownError';
}

/** What the estimate reads from one line. */
export interface LineFacts {
  /** `>` and list markers at its start. */
  markers: number;
  /** Columns of its nesting prefix that are spaces (a tab counts 4). */
  indent: number;
  /** Bits of inline markup in it. */
  marks: number;
  blank: boolean;
  startsWithHtml: boolean;
}

export function readLine(text: string): LineFacts {
  const prefix = NESTING_PREFIX.exec(text)![0];
  return {
    markers: prefix.match(NESTING_MARKER)?.length ?? 0,
    indent: prefix.replace(/[^ \t]/g, '').replace(/\t/g, '    ').length,
    marks: text.match(MARK)?.length ?? 0,
    blank: !text.trim(),
    startsWithHtml: HTML_START.test(text),
  };
}

/**
 * marked's time, estimated line by line, in two kinds of work:
 * - a line's own: `WORK_PER_LINE`, `WORK_PER_MARK` per mark and, when it starts with `<`, the
 *   length of the rest of the document;
 * - a block's: marked re-reads a block once per mark and per nesting level in it, so a block
 *   costs its length times the sum of its lines' marks and depths. A paragraph is a block, and
 *   a whole list or quote is one block, blank lines and all.
 */
export class WorkEstimate {
  /** Nesting depth of the last line read. */
  depth = 0;
  /** Work of the lines read and of the blocks they closed. */
  #done = 0;
  #blockWeight = 0;
  #blockLength = 0;
  #afterBlank = true;
  #rest: number;

  constructor(length: number) {
    this.#rest = length;
  }

  /** The work so far, counting the open block. */
  get total() {
    return this.#done + this.#blockWeight * this.#blockLength;
  }

  /** Reads the next line; returns what it read. */
  addLine(text: string): LineFacts {
    const line = readLine(text);
    if (line.markers) {
      // One level per marker, plus one per 4 columns of indentation (the space after each marker does not count).
      this.depth = line.markers + (Math.max(0, line.indent - line.markers) >> 2);
    } else if (this.#afterBlank && /^\S/.test(text)) {
      // Text at column 0 after a blank line ends a list or quote.
      this.depth = 0;
      this.#closeBlock();
    }
    this.#afterBlank = line.blank;
    if (line.blank) {
      // A blank line ends a paragraph, but not a list or quote.
      if (!this.depth) this.#closeBlock();
    } else {
      this.#done += (line.startsWithHtml ? this.#rest : 0) + WORK_PER_LINE + line.marks * WORK_PER_MARK;
      this.#blockLength += text.length + 1;
      this.#blockWeight += this.depth + line.marks;
    }
    this.#rest -= text.length + 1;
    return line;
  }

  #closeBlock() {
    this.#done += this.#blockWeight * this.#blockLength;
    this.#blockWeight = this.#blockLength = 0;
  }
}

/** The estimated work of rendering `markdown` (see `WorkEstimate`). */
export function estimateWork(markdown: string) {
  const estimate = new WorkEstimate(markdown.length);
  for (const text of markdown.split('\n')) estimate.addLine(text);
  return estimate.total;
}

/** Throws a MarkdownError naming `where` for text (markdown or a CMS's HTML body) over the length limit. */
export function checkLength(text: string, where: string) {
  if (text.length > MAX_MARKDOWN_LENGTH) {
    throw new MarkdownError(`${where}: ${text.length} characters is longer than the limit of ${MAX_MARKDOWN_LENGTH}.`);
  }
}

/** Throws a MarkdownError (naming `where` and the line) for markdown too long, deep or slow to render. */
export function checkLimits(markdown: string, where: string) {
  checkLength(markdown, where);
  const estimate = new WorkEstimate(markdown.length);
  markdown.split('\n').forEach((text, i) => {
    const fail = (why: string) => {
      throw new MarkdownError(`${where}, line ${i + 1}: ${why}`);
    };
    const { indent } = estimate.addLine(text);
    if (estimate.depth > MAX_MARKDOWN_DEPTH || indent > MAX_MARKDOWN_DEPTH * 4) {
      fail(`nested more than ${MAX_MARKDOWN_DEPTH} levels deep.`);
    }
    if (estimate.total > MAX_MARKDOWN_WORK) {
      fail('too slow to render: split long lists, quotes and paragraphs with much markup, or shorten the text.');
    }
  });
}
