import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { labelsFor, langOf, type Labels } from '../internal/labels.js';
import { renderMarkdown } from '../internal/markdown/index.js';
import { themeStyles } from '../internal/theme.styles.js';
import { styles } from './article-summary.styles.js';
import type { SummarizerFunction, SummarySource } from './sources.js';
import { SummaryController } from './summary-controller.js';
import { defineElement } from '../internal/define.js';

export type {
  SummarizerFunction,
  SummarizerOptions,
  SummarizerResult,
  SummarySource,
} from './sources.js';

/** Fired when the panel opens or closes. */
export class ArticleSummaryToggleEvent extends Event {
  constructor(
    /** Whether the panel is now open. */
    readonly open: boolean,
    /** Where the summary comes from (the tier chosen; a failing summarizer falls back to `extractive`). */
    readonly source: SummarySource,
  ) {
    super('article-summary-toggle', { bubbles: true, composed: true });
  }
}

const list = (points: string[]) =>
  html`<ul>
    ${points.map((p) => html`<li>${p}</li>`)}
  </ul>`;
const BULLET = /^[-*•]\s*/;

/** Plain text as paragraphs, or as a list when every line is a bullet point. */
const lines = (text: string) => {
  const all = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return all.every((l) => BULLET.test(l))
    ? list(all.map((l) => l.replace(BULLET, '')))
    : all.map((l) => html`<p>${l}</p>`);
};

/**
 * A "No time to read? Get a summary" button that reveals a summary of an article: one written by
 * a person, or one made in the browser when the reader asks for it.
 *
 * @slot - A summary written by a person (wins over machine-made ones; the `summary` property wins over it). A `<details>` child (the summary readable without JavaScript) gives its content, without its `<summary>`.
 * @slot prompt - Replaces the "No time to read?" prompt.
 * @csspart prompt - The prompt before the button.
 * @csspart button - The show / hide button.
 * @csspart panel - The summary panel, a group named by the `panel` label ("Summary").
 * @csspart disclosure - The "Key sentences from this article, chosen automatically" line under a machine-made summary.
 * @cssprop --article-summary-background - Box background (default `--article-color-surface`).
 * @cssprop --article-summary-border-color - Box border (default `--article-color-border`).
 * @cssprop --article-summary-accent - The rule on top of the box (default `--article-color-accent`).
 * @cssprop --article-summary-button-color - Button text and border (default `--article-color-link`).
 * @fires {ArticleSummaryToggleEvent} article-summary-toggle - The panel opened or closed.
 */
export class ArticleSummaryElement extends LitElement {
  static override styles = [themeStyles, styles];

  /** Longest wait (ms) for the built-in Summarizer API's first words, download included, before the extractive summary is shown instead. */
  static builtInTimeout = 10_000;

  // Reactive properties are declared here rather than with decorators: the decorator helpers
  // cost the bundle about half a kilobyte gzipped (measured with scripts/check-size.js).
  static override properties = {
    open: { type: Boolean, reflect: true },
    for: {},
    sentences: { type: Number },
    summary: { attribute: false },
    summarizer: {},
    labels: { attribute: false },
    promptLabel: { attribute: 'prompt-label' },
    showLabel: { attribute: 'show-label' },
    hideLabel: { attribute: 'hide-label' },
    disclosureLabel: { attribute: 'disclosure-label' },
    theme: { reflect: true },
  };

  /** Whether the summary panel is shown. */
  open = false;
  /** Id of the element to summarize (same document or shadow root); default: the nearest ancestor `<article>`. */
  for = '';
  /** How many sentences a machine-made summary has; unset, the extractive summarizer chooses (3 for short articles) and a page's summarizer gets 3. */
  sentences?: number;
  /** A summary written by a person: markdown, or a list of key points (plain text). */
  summary?: string | string[];
  /** A function that summarizes text (may be async or stream), or `"built-in"` for the browser's Summarizer API. */
  summarizer?: SummarizerFunction | 'built-in';
  /** Replaces any of the built-in labels; the label attributes win over it. */
  labels?: Partial<Labels>;
  /** Replaces "No time to read?". */
  promptLabel?: string;
  /** Replaces "Get a summary". */
  showLabel?: string;
  /** Replaces "Hide summary". */
  hideLabel?: string;
  /** Replaces "Key sentences from this article, chosen automatically". */
  disclosureLabel?: string;
  /** `light` or `dark` forces those colours; `auto` (or none) follows the reader's system. */
  theme?: 'light' | 'dark' | 'auto';

  #summary = new SummaryController(this);
  #md?: [string, HTMLElement];

  override connectedCallback() {
    super.connectedCallback();
    // A written summary printed as <details> (readable without JavaScript): its content becomes
    // the provided summary, shown in the panel without the details' own toggle.
    const details = this.querySelector(':scope > details');
    details?.querySelector(':scope > summary')?.remove();
    details?.replaceWith(...details.childNodes);
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('sentences') && this.sentences != null && !(this.sentences >= 1)) {
      console.warn(
        `<article-summary>: sentences="${this.sentences}" is not a positive number; using the default.`,
      );
    }
  }

  override updated(changed: PropertyValues<this>) {
    if (changed.has('open') && (this.open || changed.get('open') != null)) {
      this.dispatchEvent(new ArticleSummaryToggleEvent(this.open, this.#summary.source));
    }
  }

  override render() {
    const l = { ...labelsFor(langOf(this)), ...this.labels };
    const { busy } = this.#summary;
    // The panel (a named group, not a landmark: two toggles would make two alike landmarks)
    // sits in a live region that is always there, so what it shows is announced when it
    // opens, once complete (not while busy).
    return html`<div class="box">
      <span part="prompt"><slot name="prompt">${this.promptLabel ?? l.prompt}</slot></span>
      <button
        part="button"
        aria-expanded=${this.open}
        aria-controls="panel"
        @click=${() => (this.open = !this.open)}
      >
        ${this.open ? (this.hideLabel ?? l.hide) : (this.showLabel ?? l.show)}
      </button>
      <div role="status" aria-busy=${busy}>
        <div id="panel" part="panel" role="group" aria-label=${l.panel} ?hidden=${!this.open}>
          <slot ?hidden=${!!this.summary?.length} @slotchange=${() => this.requestUpdate()}></slot>
          ${this.open ? this.#content(l) : nothing}
        </div>
      </div>
    </div>`;
  }

  #content(l: Labels) {
    const { summary } = this;
    const { out, busy, progress } = this.#summary;
    if (this.#summary.source === 'provided') {
      return typeof summary === 'string'
        ? this.#markdown(summary)
        : summary
          ? list(summary)
          : nothing;
    }
    if (!out?.length) {
      return busy
        ? html`<p class="loading">
            <span class="spinner" aria-hidden="true"></span>${l.loading}
            ${progress == null ? nothing : html`<progress max="1" .value=${progress} aria-label=${l.loading}></progress>`}
          </p>`
        : html`<p>${l.empty}</p>`;
    }
    return html`${typeof out === 'string' ? lines(out) : list(out)}
      <p part="disclosure">${this.disclosureLabel ?? l.disclosure}</p>`;
  }

  /** The provided markdown, rendered once per value (through the sanitizing sink). */
  #markdown(markdown: string) {
    if (this.#md?.[0] !== markdown) {
      const div = document.createElement('div');
      try {
        div.append(renderMarkdown(markdown, { where: 'summary' }));
      } catch (error) {
        console.warn(`<article-summary>: ${error}`);
        div.textContent = markdown;
      }
      this.#md = [markdown, div];
    }
    return this.#md[1];
  }
}
defineElement('article-summary', ArticleSummaryElement);

declare global {
  interface HTMLElementTagNameMap {
    'article-summary': ArticleSummaryElement;
  }
  interface GlobalEventHandlersEventMap {
    'article-summary-toggle': ArticleSummaryToggleEvent;
  }
}
