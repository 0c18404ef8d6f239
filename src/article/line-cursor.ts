import { ArticleError } from './errors.js';

/** One input line: its 1-based number, its indentation (spaces) and the text after them. */
export interface Line {
  number: number;
  indent: number;
  text: string;
}

/** The ArticleError for a front matter line. */
export const lineError = (why: string, line: number) =>
  new ArticleError(`front matter line ${line}: ${why}`, { line });

/**
 * Reads lines once, top to bottom, from `from` up to (not including) `to`, without changing
 * them. `peek` looks at the next line with content, passing blank and `# comment` lines;
 * `peekRaw` looks at the very next line (block text keeps its blank lines); `next` moves past it.
 */
export class LineCursor {
  readonly #lines: readonly string[];
  readonly #to: number;
  #at: number;

  constructor(lines: readonly string[], from: number, to: number) {
    this.#lines = lines;
    this.#at = from;
    this.#to = to;
  }

  /** The next line with content, left unread; undefined at the end. */
  peek(): Line | undefined {
    while (this.#at < this.#to && /^\s*(#|$)/.test(this.#lines[this.#at]!)) this.#at++;
    const line = this.peekRaw();
    if (line?.text[0] === '\t') throw lineError('tabs are not allowed for indentation', line.number);
    return line;
  }

  /** The very next line, left unread; undefined at the end. */
  peekRaw(): Line | undefined {
    if (this.#at >= this.#to) return;
    const raw = this.#lines[this.#at]!;
    const indent = raw.search(/[^ ]|$/);
    return { number: this.#at + 1, indent, text: raw.slice(indent) };
  }

  /** Moves past the line `peek` or `peekRaw` returned. */
  next(): void {
    this.#at++;
  }
}
