import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canonicalLang, langOf } from '../internal/labels.js';
import { summarize } from '../summarize/index.js';
import {
  articleText,
  builtInSummarizer,
  runSummarizer,
  type SummarizerFunction,
  type SummarySource,
} from './sources.js';
import { joinSummary, type SharedSummary } from './summary-cache.js';

/** What the controller reads from its element. */
export interface SummaryHost extends ReactiveControllerHost, HTMLElement {
  open: boolean;
  for: string;
  sentences?: number;
  summary?: string | string[];
  summarizer?: SummarizerFunction | 'built-in';
}

/** A summary written by a person in the element's light DOM (not in a named slot). */
const hasOwnSummary = (host: HTMLElement) =>
  [...host.childNodes].some((n) =>
    n instanceof Element ? !n.slot : n instanceof Text && !!n.data.trim(),
  );

/**
 * Owns where a summary comes from (provided, custom, built-in or extractive) and the machine-made
 * one: made when the panel opens, shared with every toggle showing the same text, aborted when
 * nobody waits for it any more, timed out when the built-in model is too slow.
 */
export class SummaryController implements ReactiveController {
  /** The machine-made summary, or the text streamed so far. */
  out?: string | string[];
  /** Whether a machine summary is being made. */
  busy = false;
  /** Model download progress, 0–1. */
  progress?: number;

  #inputs: unknown[] = [];
  #leave?: () => void;

  constructor(private readonly host: SummaryHost) {
    host.addController(this);
  }

  /** The first tier that applies. */
  get source(): SummarySource {
    const { summary, summarizer } = this.host;
    if (summary?.length || hasOwnSummary(this.host)) return 'provided';
    if (typeof summarizer === 'function') return 'custom';
    return summarizer === 'built-in' && 'Summarizer' in globalThis ? 'built-in' : 'extractive';
  }

  hostConnected() {
    this.host.requestUpdate(); // back in the page after a removal left its summary: join again
  }

  hostDisconnected() {
    this.#stop();
    this.#inputs = [];
  }

  /** Before each render: when the panel opens or its source changes, shows the current summary. */
  hostUpdate() {
    const { open, summary, summarizer, sentences } = this.host;
    const source = this.source;
    const inputs = [open, summary, summarizer, this.host.for, sentences, source];
    if (inputs.every((value, i) => value === this.#inputs[i])) return;
    this.#inputs = inputs;
    this.#stop();
    if (open && source !== 'provided') this.#start(source);
  }

  /** The element class's `builtInTimeout`: how long (ms) the built-in summarizer may take to start. */
  get #builtInTimeout() {
    return (this.host.constructor as unknown as { builtInTimeout: number }).builtInTimeout;
  }

  #stop() {
    this.#leave?.();
    this.#leave = undefined;
    this.busy = false;
  }

  #start(source: SummarySource) {
    const { host } = this;
    const target = host.for
      ? (host.getRootNode() as Document | ShadowRoot).getElementById(host.for)
      : host.closest('article');
    const text = target ? articleText(target) : '';
    this.out = this.progress = undefined;
    if (!text) {
      const what = host.for ? `the element with id "${host.for}"` : 'an ancestor <article> (or for="id")';
      console.warn(`<article-summary>: nothing to summarize: found no text in ${what}.`);
      return;
    }
    // Only a length the page asked for; otherwise the extractive summarizer chooses its own.
    const sentences = host.sentences! >= 1 ? Math.floor(host.sentences!) : undefined;
    const lang = canonicalLang(langOf(target!));
    const summarizer =
      source === 'custom' ? host.summarizer as SummarizerFunction
      : source === 'built-in' ? (globalThis as { Summarizer?: object }).Summarizer!
      : summarize;
    const [shared, leave] = joinSummary(
      summarizer,
      [sentences, lang, text].join('\n'),
      (shared) => this.#make(shared, source, text, sentences, lang),
      (shared) => this.#show(shared),
    );
    this.#leave = leave;
    this.#show(shared);
  }

  #show({ out, progress, done }: SharedSummary) {
    this.out = out;
    this.progress = progress;
    this.busy = !done;
    this.host.requestUpdate();
  }

  /** Makes the summary into `shared`; a custom or built-in summarizer that fails falls back to extractive. */
  async #make(shared: SharedSummary, source: SummarySource, text: string, sentences?: number, lang?: string) {
    let out: string | string[];
    if (source === 'extractive') out = extract(text, sentences, lang);
    else {
      const builtIn = source === 'built-in';
      const timeout = new AbortController();
      const signal = builtIn ? AbortSignal.any([shared.signal, timeout.signal]) : shared.signal;
      const timer = builtIn
        ? setTimeout(() => timeout.abort(new Error('timed out')), this.#builtInTimeout)
        : undefined;
      const fn = builtIn
        ? builtInSummarizer((p) => signal.aborted || ((shared.progress = p), shared.changed()))
        : (this.host.summarizer as SummarizerFunction);
      try {
        // A page's summarizer gets a number: 3 unless the page asked for another length.
        out = await runSummarizer(fn, text, { sentences: sentences ?? 3, lang, signal }, (sofar) => {
          clearTimeout(timer);
          shared.out = sofar;
          shared.changed();
        });
      } catch (error) {
        if (shared.signal.aborted) return; // nobody is waiting for it any more
        console.warn(`<article-summary>: the ${source} summarizer failed (${error}); showing the extractive summary.`);
        out = extract(text, sentences, lang);
      } finally {
        clearTimeout(timer);
      }
    }
    shared.out = out;
    shared.done = true;
    shared.changed();
  }
}

function extract(text: string, sentences?: number, lang?: string) {
  try {
    return summarize(text, { sentences, lang });
  } catch (error) {
    console.warn('<article-summary>: the extractive summarizer failed.', error);
    return [];
  }
}
