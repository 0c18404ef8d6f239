import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Article } from '../article/article.js';
import type { ArticleInput } from '../article/input.js';
import { renderBody } from '../article/render-body.js';
import { canonicalLang, labelsFor, langOf, type Labels } from '../internal/labels.js';
import type { SummarizerFunction } from '../article-summary/sources.js';
import { jsonLdText, structuredData } from '../article/structured-data.js';
import { ArticleSourceController } from './article-source-controller.js';
import { PaintFirstController } from './paint-first-controller.js';
import { renderFigure, renderHeader } from './article-header.js';
import { styles } from './news-article.styles.js';
import '../article-summary/article-summary.js';
import '../article-nav/article-nav.js';
import { defineElement } from '../internal/define.js';
import { hasToggle, SUMMARY_POSITIONS, type SummaryPosition } from '../internal/summary-position.js';


/**
 * A whole news article from JSON or markdown: headline, byline, dates, hero image, body,
 * a summary toggle before the body and after it, and previous / next links. Its first article
 * paints the headline and body first: the toggles, nav cards, byline and dates follow one frame
 * later, in room kept for them (`updateComplete` waits for them). With no other
 * source it adopts an `<article>` a server printed inside it (see the README), as it is: its
 * toggles and nav then take their attributes and language from the printed HTML, not from the
 * label attributes and `summarizer` here, which apply to the articles this element renders.
 *
 * @slot - Fallback content, shown until the article renders and again if it fails; or the adopted server-printed `<article>`.
 * @csspart article - The `<article>` landmark.
 * @csspart header - Kicker, headline, dek, byline and meta line.
 * @csspart kicker - The section label above the headline.
 * @csspart headline - The headline.
 * @csspart dek - The standfirst under the headline.
 * @csspart byline - The authors.
 * @csspart meta - The line with dateline, dates and reading time.
 * @csspart dateline - Where the story was filed.
 * @csspart updated - When the article was last updated.
 * @csspart reading-time - "3 min read".
 * @csspart figure - The hero image with its caption.
 * @csspart image - The hero image.
 * @csspart caption - The image caption.
 * @csspart credit - The image credit.
 * @csspart summary - Each `<article-summary>` toggle.
 * @csspart summary-top - The toggle before the body.
 * @csspart summary-bottom - The toggle after the body.
 * @csspart body - The sanitized markdown body.
 * @csspart tags - The list of tags.
 * @csspart nav - The `<article-nav>`.
 * @csspart error - The reader's message when the article fails ("This article could not be loaded."); the technical one is in the `error` attribute.
 * @cssprop --news-article-max-width - Width of the text column (default 42rem).
 * @cssprop --news-article-headline-size - Font size of the headline.
 * @cssprop --news-article-loading-height - Space reserved while loading (default 100vh, so content below stays out of view; a page that knows the article's height can set it).
 * @fires {NewsArticleLoadEvent} news-article-load - The article rendered, toggles and nav included; `.article` is the validated data (undefined for an adopted server-printed article).
 * @fires {NewsArticleErrorEvent} news-article-error - Loading or rendering failed; `.error` says what to fix.
 */
export class NewsArticleElement extends LitElement {
  static override styles = styles;

  // Reactive properties are declared here rather than with decorators: the decorator helpers
  // cost the bundle about half a kilobyte gzipped (measured with scripts/check-size.js).
  static override properties = {
    src: { reflect: true },
    // Own accessors below: set as input, read back as the validated Article.
    article: { attribute: false, noAccessor: true },
    markdown: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    theme: { reflect: true },
    state: { reflect: true },
    error: { reflect: true },
    summaryPosition: { attribute: 'summary-position' },
    summarizer: { attribute: false },
    labels: { attribute: false },
    promptLabel: { attribute: 'prompt-label' },
    showLabel: { attribute: 'show-label' },
    hideLabel: { attribute: 'hide-label' },
    disclosureLabel: { attribute: 'disclosure-label' },
    prevLabel: { attribute: 'prev-label' },
    nextLabel: { attribute: 'next-label' },
    navLabel: { attribute: 'nav-label' },
    structuredData: { attribute: 'structured-data', type: Boolean },
  };

  /** URL of the article, JSON or markdown. */
  src?: string;
  #articleInput?: ArticleInput;
  /** The article data, for frameworks. Wins over `src` and inline data when set last. Reads back as the validated article shown. */
  get article(): Article | undefined {
    return this.#source.article;
  }
  set article(input: ArticleInput | undefined) {
    if (input === this.#articleInput) return;
    const old = this.#source.article;
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
  /** Set by the element: what went wrong, for developers (readers see the `loadError` label). */
  error?: string;
  /** Where the summary toggles go: `both` (before and after the body), `top`, `bottom` or `none`. */
  summaryPosition: 'both' | 'top' | 'bottom' | 'none' = 'both';
  /** A summarizer function (or `"built-in"`) for both toggles; see `<article-summary>`. */
  summarizer?: SummarizerFunction | 'built-in';
  /** Replaces any built-in labels, here and in the toggles and nav; label attributes win over it. */
  labels?: Partial<Labels>;
  /** Replaces "No time to read?" in both toggles. */
  promptLabel?: string;
  /** Replaces "Get a summary" in both toggles. */
  showLabel?: string;
  /** Replaces "Hide summary" in both toggles. */
  hideLabel?: string;
  /** Replaces "Key sentences from this article, chosen automatically" in both toggles. */
  disclosureLabel?: string;
  /** Replaces "Previous Article" in the nav. */
  prevLabel?: string;
  /** Replaces "Next Article" in the nav. */
  nextLabel?: string;
  /** Replaces "More articles", the nav landmark's name. */
  navLabel?: string;
  /** Adds the article's schema.org `NewsArticle` JSON-LD `<script>` to the light DOM, for search engines. */
  structuredData = false;

  #source = new ArticleSourceController(this, () => this.#articleInput, (article) => this.#renderBody(article));
  #paintFirst = new PaintFirstController(this);
  #body?: DocumentFragment | Node;
  #level = 1;
  #position: SummaryPosition = 'both';
  /** The JSON-LD script added for `structuredData`, and the article it describes. */
  #ld?: HTMLScriptElement;
  #ldArticle?: Article;
  #labels?: { lang: string; own?: Partial<Labels>; merged: Labels };

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('summaryPosition')) {
      const position = this.summaryPosition;
      this.#position = SUMMARY_POSITIONS.includes(position) ? position : 'both';
      if (this.#position !== position) {
        console.warn(`<news-article>: summary-position="${position}" is not both, top, bottom or none; using both.`);
      }
    }
    if (changed.has('headingLevel')) {
      // A valid heading level; anything else falls back to 1 with a warning.
      const level = this.headingLevel;
      this.#level = Number.isInteger(level) && level >= 1 && level <= 6 ? level : 1;
      if (this.#level !== level) {
        console.warn(`<news-article>: heading-level="${this.getAttribute('heading-level')}" is not 1–6; using 1.`);
      }
      // Before the source controller's hostUpdate: a new article renders at the new level itself.
      if (this.#source.article) this.#renderBody(this.#source.article);
    }
  }

  /** Also waits for the parts held back from the first paint. */
  protected override async getUpdateComplete() {
    await super.getUpdateComplete();
    await this.#paintFirst.pending;
    return super.getUpdateComplete();
  }

  override updated() {
    if (!this.#paintFirst.complete && this.state === 'ready') this.#keepHeldRoom();
    const { article } = this.#source;
    const described = this.structuredData ? article : undefined;
    if (described !== this.#ldArticle) {
      this.#ld?.remove();
      this.#ldArticle = described;
      this.#ld = described && Object.assign(document.createElement('script'), {
        type: 'application/ld+json',
        textContent: jsonLdText(structuredData(described)),
      });
      if (this.#ld) this.append(this.#ld);
    }
  }

  override render() {
    const article = this.#source.article;
    if (this.state !== 'ready' || !article) {
      const l = { ...labelsFor(canonicalLang(langOf(this))), ...this.labels };
      return html`${this.state === 'error'
          ? html`<p part="error" role="alert">${l.loadError}</p>`
          : nothing}<slot @slotchange=${() => this.#source.readInline()}></slot>`;
    }
    // Dates, numbers and labels follow the article's language, else the page's (a tag Intl
    // cannot read counts as English).
    const lang = article.lang || canonicalLang(langOf(this)) || 'en';
    const position = this.#position;
    const labels = this.#labelsIn(lang);
    const held = !this.#paintFirst.complete;
    if (held) this.#paintFirst.hold();
    const toggle = (where: 'top' | 'bottom') =>
      !hasToggle(position, where) ? nothing : held ? this.#heldToggle(labels) : this.#toggle(article, where);
    return html`<article part="article" lang=${article.lang ?? nothing}
        dir=${article.dir ?? nothing} aria-labelledby="headline">
      ${keyed(article, renderHeader(article, this.#level, lang, labels, held))}
      ${renderFigure(article)}
      ${toggle('top')}
      <div id="body" part="body">${this.#body}</div>
      ${toggle('bottom')}
      ${article.tags.length
        ? html`<ul part="tags">${article.tags.map((tag) => html`<li>${tag}</li>`)}</ul>`
        : nothing}
      ${held
        ? nothing
        : html`<article-nav part="nav" theme=${this.theme} .prev=${article.prev} .next=${article.next}
            .labels=${this.labels} prev-label=${this.prevLabel ?? nothing}
            next-label=${this.nextLabel ?? nothing} nav-label=${this.navLabel ?? nothing}></article-nav>`}
    </article>`;
  }

  /** The room of a toggle held back from the first paint: a closed toggle's box with its words, not shown. */
  #heldToggle(labels: Labels) {
    return html`<div class="held-summary"><b>${this.promptLabel ?? labels.prompt}</b>
      <span>${this.showLabel ?? labels.show}</span></div>`;
  }

  /** A summary toggle; keyed by the article, so each new article starts with its panels closed. */
  #toggle(article: Article, where: 'top' | 'bottom') {
    return keyed(article, html`<article-summary part="summary summary-${where}" for="body"
      theme=${this.theme} .summary=${article.summary} .summarizer=${this.summarizer}
      .labels=${this.labels} prompt-label=${this.promptLabel ?? nothing}
      show-label=${this.showLabel ?? nothing} hide-label=${this.hideLabel ?? nothing}
      disclosure-label=${this.disclosureLabel ?? nothing}></article-summary>`);
  }

  /** The labels for `lang` with the page's own over them; the same object while neither changes,
   * so the header made from them is reused. */
  #labelsIn(lang: string) {
    const cached = this.#labels;
    if (cached?.lang === lang && cached.own === this.labels) return cached.merged;
    this.#labels = { lang, own: this.labels, merged: { ...labelsFor(lang), ...this.labels } };
    return this.#labels.merged;
  }

  /**
   * After a render that held parts back. Where the room held could be wrong where the reader
   * sees it, everything is drawn before the paint: when the body ends in view (the nav below it
   * has no room held), or when the column is narrower than a held date (the real date would wrap
   * inside its box). Else the held byline's and meta line's heights become their least heights
   * for this article: the stand-ins are at least as wide as the real text, so the real lines wrap
   * no more, and the body stays where it was painted (the header is keyed by article).
   */
  #keepHeldRoom() {
    const root = this.renderRoot;
    const body = root.querySelector('#body');
    const header = root.querySelector<HTMLElement>('.held');
    const meta = header?.querySelector('[part=meta]');
    const narrow = [...(meta?.querySelectorAll('time') ?? [])].some((time) => time.clientWidth > meta!.clientWidth);
    if (narrow || (body && body.getBoundingClientRect().bottom < innerHeight)) {
      // In a microtask: an update requested from `updated` itself is one Lit warns about.
      queueMicrotask(() => this.#paintFirst.release());
      return;
    }
    for (const part of ['byline', 'meta']) {
      const line = header?.querySelector(`[part=${part}]`);
      if (line) header!.style.setProperty(`--_${part}-room`, `${line.getBoundingClientRect().height}px`);
    }
  }

  #renderBody(article: Article) {
    this.#body = renderBody(article, this.#level);
  }
}
defineElement('news-article', NewsArticleElement);

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticleElement;
  }
}
