// CPU profiles of page work, attributed to original sources through the bundle's source map:
// where the time of a benchmark goes, by file (ours, Lit, marked, DOMPurify) and by function.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';

/** Runs `work()` under the V8 sampling profiler (50 µs) and returns the profile. */
export async function cpuProfile(cdp, work) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  return profile;
}

/** Groups a source path the way scripts/check-size.js does, keeping our own file names. */
function group(source) {
  if (!source) return '(unmapped)';
  const dep = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  if (dep) return /^(lit|lit-html|lit-element|@lit\/.*)$/.test(dep) ? 'lit' : dep;
  return source.replace(/^.*?\bsrc\//, 'src/');
}

/**
 * Self time per file and per function (ms). Frames in a bundle of `maps` (url → source map
 * file) are mapped to their original source;
 * other frames keep their name (`(program)`, `(garbage collector)`, the harness…). Time spent
 * in the browser on behalf of a JS call (parsing HTML, style, layout) is the self time of the
 * JS function that made the call.
 */
export function attribute(profile, maps) {
  const sourceMaps = new Map(
    Object.entries(maps).map(([url, file]) => [url, new SourceMap(JSON.parse(readFileSync(file, 'utf8')))]),
  );
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]);
    self.set(node, (self.get(node) ?? 0) + (timeDeltas[i + 1] ?? 0) / 1000);
  }
  const files = new Map();
  const functions = new Map();
  const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
  for (const [node, ms] of self) {
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    let file, fn;
    const map = sourceMaps.get(url);
    if (map) {
      const entry = map.findEntry(lineNumber, columnNumber);
      const bundle = url.replace(/^.*\/|\.js$/g, '');
      file = (bundle === 'news-article' ? '' : `${bundle}: `) + group(entry.originalSource);
      fn = `${functionName || '(anonymous)'} ${file}:${(entry.originalLine ?? 0) + 1}`;
    } else {
      file = url ? url.replace(/^.*\/bench\//, 'bench/') : functionName || '(native)';
      fn = `${functionName || '(anonymous)'} ${file}${url ? `:${lineNumber + 1}` : ''}`;
    }
    add(files, file, ms);
    add(functions, fn, ms);
  }
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]);
  return { files: sorted(files), functions: sorted(functions) };
}

/** Prints the top entries of an attribution. */
export function printAttribution(title, { files, functions }, runs, top = 15) {
  const total = files.reduce((s, [, ms]) => s + ms, 0);
  console.log(`\n${title}: ${(total / runs).toFixed(2)} ms sampled per run`);
  console.log('  by file (ms per run, share):');
  for (const [name, ms] of files.slice(0, top)) {
    console.log(`    ${(ms / runs).toFixed(2).padStart(9)}  ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${name}`);
  }
  console.log('  by function (self):');
  for (const [name, ms] of functions.slice(0, top)) {
    console.log(`    ${(ms / runs).toFixed(2).padStart(9)}  ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${name}`);
  }
}

/**
 * Inclusive time (self + callees) per function, ms: where a fixed cost goes, e.g. how much of a
 * render is the header template. Mapped frames are named by their original file, line and the
 * start of that line's text. Only frames of `maps` bundles and native calls are listed.
 */
export function inclusive(profile, maps, root = process.cwd()) {
  const files = new Map();
  /** A source's text: from the map, else from the file under `root` (maps without sourcesContent). */
  const textOf = (raw, index, tail) => {
    const inMap = raw.sourcesContent?.[index];
    if (inMap) return inMap;
    if (!files.has(tail)) {
      try {
        files.set(tail, readFileSync(`${root}/${tail}`, 'utf8'));
      } catch {
        files.set(tail, '');
      }
    }
    return files.get(tail);
  };
  const sourceMaps = new Map(
    Object.entries(maps).map(([url, file]) => {
      const raw = JSON.parse(readFileSync(file, 'utf8'));
      return [url, { map: new SourceMap(raw), raw }];
    }),
  );
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const names = new Map();
  const nameOf = (node) => {
    if (names.has(node.id)) return names.get(node.id);
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    let name = null;
    const bundle = sourceMaps.get(url);
    if (bundle) {
      const e = bundle.map.findEntry(lineNumber, columnNumber);
      // findEntry may resolve the source against the map's location: match by the path's tail.
      const tail = (src) => src.replace(/^(\.\.\/|\.\/)+/, '');
      const index = bundle.raw.sources.findIndex((src) => (e.originalSource ?? '').endsWith(tail(src)));
      const source = index < 0 ? '' : textOf(bundle.raw, index, tail(bundle.raw.sources[index]));
      const text = source.split('\n')[e.originalLine]?.trim().slice(0, 60) ?? '';
      name = `${group(e.originalSource)}:${(e.originalLine ?? 0) + 1}  ${text}`;
    } else if (!url && functionName && !functionName.startsWith('(')) {
      name = `${functionName} (browser)`;
    }
    names.set(node.id, name);
    return name;
  };
  const totals = new Map();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const seen = new Set();
    for (let n = id; n != null; n = parent.get(n)) {
      const name = nameOf(byId.get(n));
      if (name && !seen.has(name)) {
        seen.add(name);
        totals.set(name, (totals.get(name) ?? 0) + ms);
      }
    }
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}
