/**
 * Machine-made summaries, shared by every toggle that shows the same text: each is made once,
 * and a toggle that opens while another is still waiting joins the same run.
 */

/** One summary of one text, being made or made. */
export interface SharedSummary {
  /** The summary, or the text streamed so far. */
  out?: string | string[];
  /** Model download progress, 0–1 (the built-in summarizer only). */
  progress?: number;
  /** Whether `out` is final. */
  done: boolean;
  /** Aborts when the last toggle showing it closes before it is done. */
  readonly signal: AbortSignal;
  /** Tells every toggle showing it that it changed. */
  changed(): void;
}

type Watcher = (summary: SharedSummary) => void;

class Run implements SharedSummary {
  out?: string | string[];
  progress?: number;
  done = false;
  readonly watchers = new Set<Watcher>();
  readonly controller = new AbortController();
  readonly signal = this.controller.signal;
  changed() {
    this.watchers.forEach((watch) => watch(this));
  }
}

// Enough for the articles of one page; past it the oldest summary is dropped.
const KEPT_PER_SUMMARIZER = 16;
// Keyed by the summarizer itself (a page's function, the browser's API or the extractive one),
// so a new function or a replaced API never gets an older one's result.
const cache = new WeakMap<object, Map<string, Run>>();

/**
 * Joins the summary of `key` (text, length and language) by `summarizer`, starting it with `make`
 * when no toggle has yet. `watch` hears every change; the returned function leaves, aborting the
 * run when it is not done and nobody else is waiting for it.
 */
export function joinSummary(
  summarizer: object,
  key: string,
  make: (summary: SharedSummary) => void,
  watch: Watcher,
): [SharedSummary, () => void] {
  let runs = cache.get(summarizer);
  if (!runs) cache.set(summarizer, (runs = new Map()));
  let run = runs.get(key);
  if (!run) {
    runs.set(key, (run = new Run()));
    if (runs.size > KEPT_PER_SUMMARIZER) runs.delete(runs.keys().next().value!);
    make(run);
  }
  const joined = run;
  joined.watchers.add(watch);
  const leave = () => {
    joined.watchers.delete(watch);
    if (joined.done || joined.watchers.size) return;
    joined.controller.abort();
    if (runs.get(key) === joined) runs.delete(key);
  };
  return [joined, leave];
}
