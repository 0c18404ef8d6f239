import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { labelsFor, langOf, type Labels } from '../internal/labels.js';
import { renderMarkdown } from '../internal/markdown.js';
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

const validLang = (lang: string) => {
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined;
  }
};

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
@customElement('article-summary')
export class ArticleSummaryElement extends LitElement {
  static override styles = [themeStyles, styles];

  /** Longest wait (ms) for the built-in Summarizer API's first words, download included, before the extractive summary is shown instead. */
  static builtInTimeout = 10_000;

  /** Whether the summary panel is shown. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** Id of the element to summarize (same document or shadow root); default: the nearest ancestor `<article>`. */
  @property() for = '';
  /** How many sentences a machine-made summary has. */
  @property({ type: Number }) sentences = 3;
  /** A summary written by a person: markdown, or a list of key points (plain text). */
  @property({ attribute: false }) summary?: string | string[];
  /** A function that summarizes text (may be async or stream), or `"built-in"` for the browser's Summarizer API. */
  @property() summarizer?: SummarizerFunction | 'built-in';
  /** Replaces "No time to read?". */
  @property({ attribute: 'prompt-label' }) promptLabel?: string;
  /** Replaces "Get a summary". */
  @property({ attribute: 'show-label' }) showLabel?: string;
  /** Replaces "Hide summary". */
  @property({ attribute: 'hide-label' }) hideLabel?: string;
  /** Replaces "Automatically generated summary". */
  @property({ attribute: 'disclosure-label' }) disclosureLabel?: string;
  /** `light` or `dark` forces those colours; `auto` (or none) follows the reader's system. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** The machine-made summary, or the text streamed so far. */
  @state() private _out?: string | string[];
  @state() private _busy = false;
  /** Model download progress, 0–1. */
  @state() private _progress?: number;
  /** Whether the light DOM holds a summary. */
  @state() private _kids = false;

  private _ctrl?: AbortController;
  /** Identifies the input of the finished machine summary in `_out`. */
  private _key = '';
  private _md?: [string, HTMLElement];

  override willUpdate(changed: PropertyValues) {
    if (!this.hasUpdated) this._kids = this._hasKids();
    if (changed.has('sentences') && this.sentences != null && !(this.sentences >= 1)) {
      console.warn(
        `<article-summary>: sentences="${this.sentences}" is not a positive number; using 3.`,
      );
    }
    const sourceChanged = ['summary', 'summarizer', 'for', 'sentences', '_kids'].some((k) =>
      changed.has(k),
    );
    if (sourceChanged) this._key = '';
    if (sourceChanged || changed.has('open')) {
      this._ctrl?.abort();
      this._busy = false;
      if (this.open) this._start();
    }
  }

  override updated(changed: PropertyValues) {
    if (changed.has('open') && (this.open || changed.get('open') != null)) {
      this.dispatchEvent(new ArticleSummaryToggleEvent(this.open, this._source()));
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
          @slotchange=${() => (this._kids = this._hasKids())}
        ></slot>
        ${this.open ? this._content(l) : nothing}
      </div>
    </div>`;
  }

  private _content(l: Labels) {
    const { summary, _out: out } = this;
    if (this._source() === 'provided') {
      return typeof summary === 'string'
        ? this._markdown(summary)
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

  private _source(): SummarySource {
    const { summarizer } = this;
    if (this.summary?.length || this._kids) return 'provided';
    if (typeof summarizer === 'function') return 'custom';
    return summarizer === 'built-in' && 'Summarizer' in globalThis ? 'built-in' : 'extractive';
  }

  private _hasKids() {
    return [...this.childNodes].some((n) =>
      n instanceof Element ? !n.slot : n.nodeType === Node.TEXT_NODE && !!n.textContent!.trim(),
    );
  }

  /** Starts (or reuses) the machine-made summary of the current text. */
  private _start() {
    const source = this._source();
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
    const lang = validLang(langOf(target!));
    const key = [source, sentences, lang, text].join('\n');
    if (key === this._key) return;
    this._out = this._progress = undefined;
    if (source === 'extractive') {
      this._out = this._extract(text, sentences, lang);
      this._key = key;
      return;
    }
    const ctrl = (this._ctrl = new AbortController());
    this._busy = true;
    this._generate(source, text, { sentences, lang, signal: ctrl.signal }).then(
      (out) => {
        if (ctrl.signal.aborted) return;
        this._out = out;
        this._busy = false;
        this._key = key;
      },
      () => {}, // aborted: a newer run (or none) owns the panel
    );
  }

  /** Runs a custom or the built-in summarizer, streaming into the panel; falls back to extractive. */
  private async _generate(source: SummarySource, text: string, options: SummarizerOptions) {
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
      return this._extract(text, options.sentences, options.lang);
    } finally {
      clearTimeout(timer);
    }
  }

  private _extract(text: string, sentences: number, lang?: string) {
    try {
      return summarize(text, { sentences, lang });
    } catch (error) {
      console.warn('<article-summary>: the extractive summarizer failed.', error);
      return [];
    }
  }

  /** The provided markdown, rendered once per value (through the sanitizing sink). */
  private _markdown(markdown: string) {
    if (this._md?.[0] !== markdown) {
      const div = document.createElement('div');
      try {
        div.append(renderMarkdown(markdown, { where: 'summary' }));
      } catch (error) {
        console.warn(`<article-summary>: ${error}`);
        div.textContent = markdown;
      }
      this._md = [markdown, div];
    }
    return this._md[1];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-summary': ArticleSummaryElement;
  }
  interface GlobalEventHandlersEventMap {
    'article-summary-toggle': ArticleSummaryToggleEvent;
  }
}
