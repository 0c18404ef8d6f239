import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { canonicalLang, labelsFor, langOf, type Labels } from '../internal/labels.js';
import { renderMarkdown } from '../internal/markdown/index.js';
import { themeStyles } from '../internal/theme.styles.js';
import { summarize } from '../summarize/index.js';
import { styles } from './article-summary.styles.js';
import {
  articleText,
  builtInSummarizer,
  runSummarizer,
  type SummarizerFunction,
  type SummarizerOptions,
  type SummarySource,
} from './sources.js';
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
 * @slot - A summary written by a person (wins over machine-made ones; the `summary` property wins over it).
 * @slot prompt - Replaces the "No time to read?" prompt.
 * @csspart prompt - The prompt before the button.
 * @csspart button - The show / hide button.
 * @csspart panel - The summary panel.
 * @csspart disclosure - The "Automatically generated summary" line under a machine-made summary.
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
  // `attribute: false` on internal state is for the manifest analyzer, which ignores `state`.
  static override properties = {
    open: { type: Boolean, reflect: true },
    for: {},
    sentences: { type: Number },
    summary: { attribute: false },
    summarizer: {},
    promptLabel: { attribute: 'prompt-label' },
    showLabel: { attribute: 'show-label' },
    hideLabel: { attribute: 'hide-label' },
    disclosureLabel: { attribute: 'disclosure-label' },
    theme: { reflect: true },
    _out: { state: true, attribute: false },
    _busy: { state: true, attribute: false },
    _progress: { state: true, attribute: false },
    _kids: { state: true, attribute: false },
  };

  /** Whether the summary panel is shown. */
  open = false;
  /** Id of the element to summarize (same document or shadow root); default: the nearest ancestor `<article>`. */
  for = '';
  /** How many sentences a machine-made summary has. */
  sentences = 3;
  /** A summary written by a person: markdown, or a list of key points (plain text). */
  summary?: string | string[];
  /** A function that summarizes text (may be async or stream), or `"built-in"` for the browser's Summarizer API. */
  summarizer?: SummarizerFunction | 'built-in';
  /** Replaces "No time to read?". */
  promptLabel?: string;
  /** Replaces "Get a summary". */
  showLabel?: string;
  /** Replaces "Hide summary". */
  hideLabel?: string;
  /** Replaces "Automatically generated summary". */
  disclosureLabel?: string;
  /** `light` or `dark` forces those colours; `auto` (or none) follows the reader's system. */
  theme?: 'light' | 'dark' | 'auto';

  // Reactive state is a TS-private property (Lit's accessors cannot be `#private`); the rest is `#private`.
  /** The machine-made summary, or the text streamed so far. */
  private _out?: string | string[];
  private _busy = false;
  /** Model download progress, 0–1. */
  private _progress?: number;
  /** Whether the light DOM holds a summary. */
  private _kids = false;

  #ctrl?: AbortController;
  /** Identifies the input of the finished machine summary in `_out`. */
  #key = '';
  #md?: [string, HTMLElement];

  override willUpdate(changed: PropertyValues) {
    if (!this.hasUpdated) this._kids = this.#hasKids();
    if (changed.has('sentences') && this.sentences != null && !(this.sentences >= 1)) {
      console.warn(
        `<article-summary>: sentences="${this.sentences}" is not a positive number; using 3.`,
      );
    }
    const sourceChanged = ['summary', 'summarizer', 'for', 'sentences', '_kids'].some((k) =>
      changed.has(k),
    );
    if (sourceChanged) this.#key = '';
    if (sourceChanged || changed.has('open')) {
      this.#ctrl?.abort();
      this._busy = false;
      if (this.open) this.#start();
    }
  }

  override updated(changed: PropertyValues) {
    if (changed.has('open') && (this.open || changed.get('open') != null)) {
      this.dispatchEvent(new ArticleSummaryToggleEvent(this.open, this.#source()));
    }
  }

  override render() {
    const l = labelsFor(langOf(this));
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
      <div id="panel" part="panel" ?hidden=${!this.open} aria-busy=${this._busy} aria-live="polite">
        <slot
          ?hidden=${!!this.summary?.length}
          @slotchange=${() => (this._kids = this.#hasKids())}
        ></slot>
        ${this.open ? this.#content(l) : nothing}
      </div>
    </div>`;
  }

  #content(l: Labels) {
    const { summary, _out: out } = this;
    if (this.#source() === 'provided') {
      return typeof summary === 'string'
        ? this.#markdown(summary)
        : summary
          ? list(summary)
          : nothing;
    }
    if (!out?.length) {
      return this._busy
        ? html`<p class="loading">
            <span class="spinner" aria-hidden="true"></span>${l.loading}
            ${this._progress == null ? nothing : html`<progress max="1" .value=${this._progress} aria-label=${l.loading}></progress>`}
          </p>`
        : html`<p>${l.empty}</p>`;
    }
    return html`${typeof out === 'string' ? lines(out) : list(out)}
      <p part="disclosure">${this.disclosureLabel ?? l.disclosure}</p>`;
  }

  #source(): SummarySource {
    const { summarizer } = this;
    if (this.summary?.length || this._kids) return 'provided';
    if (typeof summarizer === 'function') return 'custom';
    return summarizer === 'built-in' && 'Summarizer' in globalThis ? 'built-in' : 'extractive';
  }

  #hasKids() {
    return [...this.childNodes].some((n) =>
      n instanceof Element ? !n.slot : n instanceof Text && !!n.data.trim(),
    );
  }

  /** Starts (or reuses) the machine-made summary of the current text. */
  #start() {
    const source = this.#source();
    if (source === 'provided') return;
    const target = this.for
      ? (this.getRootNode() as Document | ShadowRoot).getElementById(this.for)
      : this.closest('article');
    const text = target ? articleText(target) : '';
    if (!text) {
      this._out = undefined;
      const what = this.for
        ? `the element with id "${this.for}"`
        : 'an ancestor <article> (or for="id")';
      console.warn(`<article-summary>: nothing to summarize: found no text in ${what}.`);
      return;
    }
    const sentences = Math.floor(this.sentences >= 1 ? this.sentences : 3);
    const lang = canonicalLang(langOf(target!));
    const key = [source, sentences, lang, text].join('\n');
    if (key === this.#key) return;
    this._out = this._progress = undefined;
    if (source === 'extractive') {
      this._out = this.#extract(text, sentences, lang);
      this.#key = key;
      return;
    }
    const ctrl = (this.#ctrl = new AbortController());
    this._busy = true;
    this.#generate(source, text, { sentences, lang, signal: ctrl.signal }).then(
      (out) => {
        if (ctrl.signal.aborted) return;
        this._out = out;
        this._busy = false;
        this.#key = key;
      },
      () => {}, // aborted: a newer run (or none) owns the panel
    );
  }

  /** Runs a custom or the built-in summarizer, streaming into the panel; falls back to extractive. */
  async #generate(source: SummarySource, text: string, options: SummarizerOptions) {
    const builtIn = source === 'built-in';
    const timeout = new AbortController();
    const signal = builtIn ? AbortSignal.any([options.signal, timeout.signal]) : options.signal;
    const timer = builtIn
      ? setTimeout(
          () => timeout.abort(new Error('timed out')),
          ArticleSummaryElement.builtInTimeout,
        )
      : undefined;
    const fn = builtIn
      ? builtInSummarizer((p) => signal.aborted || (this._progress = p))
      : (this.summarizer as SummarizerFunction);
    try {
      return await runSummarizer(fn, text, { ...options, signal }, (sofar) => {
        clearTimeout(timer);
        this._out = sofar;
      });
    } catch (error) {
      if (options.signal.aborted) throw error;
      console.warn(
        `<article-summary>: the ${source} summarizer failed (${error}); showing the extractive summary.`,
      );
      return this.#extract(text, options.sentences, options.lang);
    } finally {
      clearTimeout(timer);
    }
  }

  #extract(text: string, sentences: number, lang?: string) {
    try {
      return summarize(text, { sentences, lang });
    } catch (error) {
      console.warn('<article-summary>: the extractive summarizer failed.', error);
      return [];
    }
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
