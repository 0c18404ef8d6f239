import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Article } from '../article/article.js';
import type { ArticleInput } from '../article/input.js';
import { parseArticle } from '../article/parse-article.js';
import { inlineText } from '../article/inline-text.js';
import { renderBody } from '../article/render-body.js';
import { canonicalLang, labelsFor, langOf } from '../internal/labels.js';
import { fetchSource, type SourceFormat } from './fetch-source.js';
import { NewsArticleErrorEvent, NewsArticleLoadEvent } from './events.js';
import { renderFigure, renderHeader } from './article-header.js';
import { styles } from './news-article.styles.js';
import '../article-summary/article-summary.js';
import '../article-nav/article-nav.js';
import { defineElement } from '../internal/define.js';

const INLINE_TYPES = 'script[type="application/json"],script[type="text/markdown"]';

/**
 * A whole news article from JSON or markdown: headline, byline, dates, hero image, body,
 * a summary toggle and previous / next links.
 *
 * @slot - Fallback content, shown until the article renders and again if it fails.
 * @csspart article - The `<article>` landmark.
 * @csspart header - Kicker, headline, dek, byline and meta line.
 * @csspart kicker - The line above the headline.
 * @csspart headline - The headline (a heading of `heading-level`).
 * @csspart dek - The standfirst under the headline.
 * @csspart byline - The authors.
 * @csspart meta - The line with the dateline, dates and reading time.
 * @csspart dateline - Where the story was filed.
 * @csspart updated - The "Updated" date.
 * @csspart reading-time - Minutes to read.
 * @csspart figure - The hero image with its caption.
 * @csspart image - The hero `<img>`.
 * @csspart caption - The hero image's caption.
 * @csspart credit - The hero image's credit.
 * @csspart summary - The `<article-summary>`.
 * @csspart body - The sanitized markdown body.
 * @csspart tags - The list of tags.
 * @csspart nav - The `<article-nav>`.
 * @csspart error - The message shown when the article fails.
 * @cssprop --news-article-max-width - Width of the text column (default 42rem).
 * @cssprop --news-article-headline-size - Font size of the headline.
 * @cssprop --news-article-loading-height - Space reserved while loading (default 100vh, so content below stays out of view; a page that knows the article's height can set it).
 * @fires {NewsArticleLoadEvent} news-article-load - The article rendered; `.article` is the validated data.
 * @fires {NewsArticleErrorEvent} news-article-error - Loading or rendering failed; `.error` says what to fix.
 */
export class NewsArticleElement extends LitElement {
  static override styles = styles;

  // Reactive properties are declared here rather than with decorators: the decorator helpers
  // cost the bundle about half a kilobyte gzipped (measured with scripts/check-size.js).
  // `attribute: false` on internal state is for the manifest analyzer, which ignores `state`.
  static override properties = {
    src: { reflect: true },
    // Own accessors below: set as input, read back as the validated Article.
    article: { attribute: false, noAccessor: true },
    markdown: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    theme: { reflect: true },
    state: { reflect: true },
    parsed: { state: true, attribute: false },
    body: { state: true, attribute: false },
    error: { state: true, attribute: false },
  };

  /** URL of the article, JSON or markdown. */
  src?: string;
  #articleInput?: ArticleInput;
  /** The article data, for frameworks. Wins over `src` and inline data when set last. Reads back as the validated article shown. */
  get article(): Article | undefined {
    return this.parsed;
  }
  set article(input: ArticleInput | undefined) {
    if (input === this.#articleInput) return;
    const old = this.parsed;
    this.#articleInput = input;
    this.requestUpdate('article', old, { hasChanged: () => true });
  }
  /** The article as markdown with front matter, for frameworks. */
  markdown?: string;
  /** Level of the headline, 1–6; body headings go below it. */
  headingLevel = 1;
  /** `light`, `dark` or `auto` (follows the page's `color-scheme`). */
  theme: 'light' | 'dark' | 'auto' = 'auto';
  /** Set by the element: `loading`, `ready` or `error`. */
  state: 'loading' | 'ready' | 'error' = 'loading';

  // Reactive state is a TS-private property (Lit's accessors cannot be `#private`); the rest is `#private`.
  private parsed?: Article;
  private body?: DocumentFragment | Node;
  private error?: string;
  #level = 1;
  #controller?: AbortController;

  override connectedCallback() {
    super.connectedCallback();
    // Re-inserted after a removal aborted its fetch: load again.
    if (this.hasUpdated && this.state === 'loading') this.#load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#controller?.abort();
  }

  override willUpdate(changed: PropertyValues<this>) {
    const levelChanged = changed.has('headingLevel');
    if (levelChanged) {
      // A valid heading level; anything else falls back to 1 with a warning.
      const level = this.headingLevel;
      this.#level = Number.isInteger(level) && level >= 1 && level <= 6 ? level : 1;
      if (this.#level !== level) {
        console.warn(`<news-article>: heading-level="${this.getAttribute('heading-level')}" is not 1–6; using 1.`);
      }
    }
    if (!this.hasUpdated || changed.has('article') || changed.has('markdown') || changed.has('src')) {
      this.#load(changed);
    }
    if (levelChanged && this.parsed) this.#renderBody(this.parsed);
  }

  override render() {
    const article = this.parsed;
    if (this.state !== 'ready' || !article) {
      return html`${this.error
          ? html`<p part="error" role="alert">${this.error}</p>`
          : nothing}<slot @slotchange=${() => this.#loadFromInline()}></slot>`;
    }
    // Dates, numbers and labels follow the article's language, else the page's (a tag Intl
    // cannot read counts as English).
    const lang = article.lang || canonicalLang(langOf(this)) || 'en';
    return html`<article part="article" lang=${article.lang ?? nothing}
        dir=${article.dir ?? nothing} aria-labelledby="headline">
      ${renderHeader(article, this.#level, lang, labelsFor(lang))} ${renderFigure(article)}
      <article-summary part="summary" for="body" theme=${this.theme}
        .summary=${article.summary}></article-summary>
      <div id="body" part="body">${this.body}</div>
      ${article.tags.length
        ? html`<ul part="tags">${article.tags.map((tag) => html`<li>${tag}</li>`)}</ul>`
        : nothing}
      <article-nav part="nav" theme=${this.theme} .prev=${article.prev} .next=${article.next}></article-nav>
    </article>`;
  }

  get #hasProperty() {
    return this.#articleInput != null || this.markdown != null;
  }

  /** Picks the source: the one set last, else property, then `src`, then inline data. */
  #load(changed?: PropertyValues<this>) {
    this.#controller?.abort();
    const propertySet = changed?.has('article') || changed?.has('markdown');
    const srcSet = changed?.has('src') && this.src;
    if (this.#hasProperty && (propertySet || !srcSet)) {
      // `markdown` set after `article` (or alone) wins over it.
      const markdownLast = changed?.has('markdown') && !changed.has('article');
      this.#show(markdownLast ? this.markdown : (this.#articleInput ?? this.markdown));
    } else if (this.src) this.#loadFromSrc(this.src);
    else this.#loadFromInline(true);
  }

  async #loadFromSrc(src: string) {
    const controller = (this.#controller = new AbortController());
    this.state = 'loading';
    this.error = undefined;
    try {
      const { text, format, base } = await fetchSource(src, document.baseURI, controller.signal);
      if (!controller.signal.aborted) this.#show(text, format, base);
    } catch (error) {
      if (!controller.signal.aborted) this.#fail(error);
    }
  }

  /**
   * Reads a child `<script type="application/json|text/markdown">`, when no other source is set.
   * With `reportMissing`, a missing source is an error, reported one task later: a page may set
   * a source right after creating the element.
   */
  #loadFromInline(reportMissing?: boolean) {
    if (this.#hasProperty || this.src) return;
    const script = this.querySelector<HTMLScriptElement>(INLINE_TYPES);
    if (script) {
      this.#show(inlineText(script.textContent ?? ''), script.type === 'text/markdown' ? 'markdown' : 'json');
    } else if (reportMissing) {
      setTimeout(() => {
        if (this.isConnected && !this.#hasProperty && !this.src && !this.querySelector(INLINE_TYPES)) {
          this.#fail('No article: set `src`, `article` or `markdown`, or add a <script type="application/json"> child.');
        }
      });
    }
  }

  /** Parses and renders, or shows the error: never a half-rendered article. */
  #show(input: unknown, format?: SourceFormat, base = document.baseURI) {
    try {
      const article = parseArticle(input, { base, format });
      this.#renderBody(article);
      // A new article starts with its summary panel closed.
      const summary = this.renderRoot.querySelector('article-summary');
      if (summary) summary.open = false;
      this.parsed = article;
      this.error = undefined;
      this.state = 'ready';
      this.updateComplete.then(
        () => this.parsed === article && this.dispatchEvent(new NewsArticleLoadEvent(article)),
      );
    } catch (error) {
      this.#fail(error);
    }
  }

  #renderBody(article: Article) {
    this.body = renderBody(article, this.#level);
  }

  #fail(error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    this.parsed = this.body = undefined;
    this.error = message;
    this.state = 'error';
    console.error(`<news-article>: ${message}`);
    this.dispatchEvent(new NewsArticleErrorEvent(message));
  }
}
defineElement('news-article', NewsArticleElement);

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticleElement;
  }
}
