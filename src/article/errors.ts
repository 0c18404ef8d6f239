/** Why an article could not be read; `path` names the field at fault, `line` the input line. */
export class ArticleError extends Error {
  override readonly name = 'ArticleError';
  /** The field at fault, e.g. `prev.url` or `authors[1].name`. */
  readonly path?: string;
  /** The 1-based line of the input at fault (front matter, JSON). */
  readonly line?: number;

  constructor(message: string, { path, line }: { path?: string; line?: number } = {}) {
    super(message);
    this.path = path;
    this.line = line;
  }
}
