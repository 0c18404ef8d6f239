// A Chromium trace of page work, summed by event name: how much of a benchmark is style,
// layout, HTML parsing, GC and script, on the renderer main thread (wall and thread time).
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'];
const NAMES = {
  UpdateLayoutTree: 'style recalc',
  Layout: 'layout',
  ParseHTML: 'HTML parsing',
  'V8.GC_SCAVENGER': 'GC (minor)',
  MinorGC: 'GC (minor)',
  MajorGC: 'GC (major)',
  'V8.GC_MARK_COMPACTOR': 'GC (major)',
  'BlinkGC.AtomicPhase': 'GC (Oilpan)',
  FunctionCall: 'script (function calls)',
  EvaluateScript: 'script (evaluate)',
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
};

/**
 * Traces `work()` and returns `{ [label]: { wall, cpu, count } }` in ms, main thread of the page
 * only; `count` is how many elements style recalc visited (Blink's `elementCount`) or how many
 * layout objects were dirty, for those two labels.
 */
export async function traceWork(page, work) {
  await page.tracing.start({ categories: CATEGORIES });
  await work();
  const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
  // The page's main thread: of the renderer main threads in the trace, the busiest one.
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const busy = new Map();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && mains.has(thread)) busy.set(thread, (busy.get(thread) ?? 0) + (e.tdur ?? 0));
  }
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const totals = {};
  for (const e of events) {
    const label = NAMES[e.name];
    if (!label || e.ph !== 'X' || `${e.pid}:${e.tid}` !== main) continue;
    totals[label] ??= { wall: 0, cpu: 0, count: 0 };
    totals[label].wall += (e.dur ?? 0) / 1000;
    totals[label].cpu += (e.tdur ?? 0) / 1000;
    totals[label].count += e.args?.elementCount ?? e.args?.beginData?.dirtyObjects ?? 0;
  }
  return totals;
}
