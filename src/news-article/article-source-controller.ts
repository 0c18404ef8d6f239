import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Article } from '../article/article.js';
import { parseArticle } from '../article/parse-article.js';
import { inlineText } from '../article/inline-text.js';
import { fetchSource, type SourceFormat } from './fetch-source.js';
import { NewsArticleErrorEvent, NewsArticleLoadEvent } from './events.js';
import { adoptPrinted, printedArticle } from './adopt-printed.js';
import type { SummaryPosition } from '../internal/summary-position.js';

const INLINE_TYPES = 'script[type="application/json"],script[type="text/markdown"]';

/** What the controller reads from its element, and the two properties it sets on it. */
export interface ArticleSourceHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  markdown?: string;
  summaryPosition?: SummaryPosition;
  hasUpdated: boolean;
  /** Set by the controller. */
  state: 'loading' | 'ready' | 'error';
  /** Set by the controller: the technical message of the last failure. */
  error?: string;
}

/**
 * Owns where `<news-article>`'s article comes from: the `article` / `markdown` property, `src`
 * (fetched, the earlier fetch aborted), an inline script child, the one set last winning, or
 * else an `<article>` the server printed inside it (adopted as it is); and the outcome: the
 * parsed article, or an error (logged, fired and kept in `host.error`).
 */
export class ArticleSourceController implements ReactiveController {
  /** The article shown, once parsed and rendered. */
  article?: Article;
  /** The server-printed `<article>` shown instead, once adopted. */
  printed?: HTMLElement;

  #seen: unknown[] = [];
  #fetch?: AbortController;

  constructor(
    private readonly host: ArticleSourceHost,
    /** The `article` property as the page set it (the element reads back the parsed one). */
    private readonly articleInput: () => unknown,
    /** Renders the parsed article's body; may throw, and then the article is not shown. */
    private readonly render: (article: Article) => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    // Re-inserted after a removal aborted its fetch: load again.
    if (this.host.hasUpdated && this.host.state === 'loading') this.#load();
  }

  hostDisconnected() {
    this.#fetch?.abort();
  }

  /** Before each render: loads again when a source changed (and on the first render). */
  hostUpdate() {
    const { markdown, src } = this.host;
    const article = this.articleInput();
    const [first, seenArticle, seenMarkdown, seenSrc] = this.#seen;
    this.#seen = [true, article, markdown, src];
    const changed = { article: article !== seenArticle, markdown: markdown !== seenMarkdown, src: src !== seenSrc };
    if (!first || changed.article || changed.markdown || changed.src) this.#load(changed);
  }

  /**
   * Reads a child `<script type="application/json|text/markdown">`, or else adopts a printed
   * `<article>` child, when no other source is set.
   */
  readInline(reportMissing?: boolean) {
    const { host } = this;
    if (this.#hasProperty || host.src) return;
    const script = host.querySelector<HTMLScriptElement>(INLINE_TYPES);
    const printed = printedArticle(host);
    if (script) {
      this.#show(inlineText(script.textContent ?? ''), script.type === 'text/markdown' ? 'markdown' : 'json');
    } else if (printed) {
      // The server's own nodes, shown through the slot: never re-rendered, never sanitized again.
      if (printed !== this.printed) {
        adoptPrinted(printed, host.summaryPosition);
        this.#ready(undefined, printed);
      }
    } else if (reportMissing) {
      // Reported one task later: a page may set a source right after creating the element.
      setTimeout(() => {
        if (host.isConnected && !this.#hasProperty && !host.src && !host.querySelector(`${INLINE_TYPES},:scope>article`)) {
          this.#fail('No article: set `src`, `article` or `markdown`, or add a <script type="application/json"> or an <article> child.');
        }
      });
    }
  }

  get #hasProperty() {
    return this.articleInput() != null || this.host.markdown != null;
  }

  /** Picks the source: the one set last, else property, then `src`, then inline data. */
  #load(changed?: { article: boolean; markdown: boolean; src: boolean }) {
    const { host } = this;
    this.#fetch?.abort();
    const propertySet = changed?.article || changed?.markdown;
    const srcSet = changed?.src && host.src;
    if (this.#hasProperty && (propertySet || !srcSet)) {
      // `markdown` set after `article` (or alone) wins over it.
      const markdownLast = changed?.markdown && !changed.article;
      this.#show(markdownLast ? host.markdown : (this.articleInput() ?? host.markdown));
    } else if (host.src) this.#loadFromSrc(host.src);
    else this.readInline(true);
  }

  async #loadFromSrc(src: string) {
    const controller = (this.#fetch = new AbortController());
    this.host.state = 'loading';
    this.host.error = undefined;
    try {
      const { text, format, base } = await fetchSource(src, document.baseURI, controller.signal);
      if (!controller.signal.aborted) this.#show(text, format, base);
    } catch (error) {
      if (!controller.signal.aborted) this.#fail(error);
    }
  }

  /** Parses and renders, or fails: never a half-rendered article. */
  #show(input: unknown, format?: SourceFormat, base = document.baseURI) {
    try {
      const article = parseArticle(input, { base, format });
      this.render(article);
      this.#ready(article);
    } catch (error) {
      this.#fail(error);
    }
  }

  /** Shows `article`, or the adopted `printed` one, and fires the load event once it is drawn. */
  #ready(article?: Article, printed?: HTMLElement) {
    const { host } = this;
    this.article = article;
    this.printed = printed;
    host.error = undefined;
    host.state = 'ready';
    host.requestUpdate();
    host.updateComplete.then(
      () => this.article === article && this.printed === printed && host.dispatchEvent(new NewsArticleLoadEvent(article)),
    );
  }

  #fail(error: unknown) {
    const { host } = this;
    const message = error instanceof Error ? error.message : String(error);
    this.article = this.printed = undefined;
    host.error = message;
    host.state = 'error';
    console.error(`<news-article>: ${message}`);
    host.dispatchEvent(new NewsArticleErrorEvent(message));
  }
}
