#!/usr/bin/env node
// news-article-elements benchmarks: render against the floor, re-render, summary, startup,
// memory, size and whole pages, in headless system Chromium (and Node for the summarizer).
//
//   node bench/run.js [--build] [--runs N] [--quick] [--only render,fixed,summary,startup,memory,size,page]
//                     [--bundle path/to/news-article.js] [--compare bench/baseline.json]
//                     [--against other/news-article.js]   (page: the element's pages with that build too)
//                     [--save file.json] [--profile]
//
//   node bench/run.js --build page     (suites may also be named without --only)
// Benches dist/ as built, or with --build builds src/ first (into bench/.out). See bench/README.md.
import { writeFile } from 'node:fs/promises';
import { loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launch } from './lib/browser.js';
import { prepare, SIZES } from './lib/prepare.js';
import { serve } from './lib/server.js';
import { printTable } from './lib/table.js';
import { render } from './suites/render.js';
import { fixed } from './suites/fixed.js';
import { summary } from './suites/summary.js';
import { startup } from './suites/startup.js';
import { memory } from './suites/memory.js';
import { size } from './suites/size.js';
import { profile } from './suites/profile.js';
import { page } from './suites/page.js';

const SUITES = { render, fixed, summary, startup, memory, size, page };
const root = fileURLToPath(new URL('..', import.meta.url));

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    build: { type: 'boolean', default: false },
    bundle: { type: 'string' },
    against: { type: 'string' },
    compare: { type: 'string' },
    save: { type: 'string' },
    profile: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 11).join('\n').replace(/^\/\/ ?/gm, ''));
  process.exit(0);
}

const runs = args.quick ? 5 : Number(args.runs ?? 15);
// Whole page loads take seconds each: 5 rounds unless --runs asks for more (or --quick for 3).
const pageRounds = args.runs ? Number(args.runs) : args.quick ? 3 : 5;
const only = args.only ? args.only.split(',') : positionals.length ? positionals : Object.keys(SUITES);
const unknown = only.filter((s) => !SUITES[s]);
if (unknown.length) throw new Error(`--only: unknown suite ${unknown.join(', ')} (use ${Object.keys(SUITES).join(', ')})`);
const baseline = args.compare ? JSON.parse(readFileSync(args.compare, 'utf8')) : undefined;

const { articles, dist } = await prepare(root, { bundle: args.bundle, build: args.build });
const words = Object.fromEntries(SIZES.map((s) => [s, articles[s].words]));
const server = await serve(root);
const browser = await launch();
const rows = [];
let version;
const extra = {};
try {
  version = await browser.version();
  const context = { root, browser, origin: server.origin, sizes: SIZES, runs, pageRounds, words, dist, against: args.against, extra };
  for (const name of only) {
    process.stderr.write(`bench: ${name}…\n`);
    rows.push(...(await SUITES[name](context)));
  }
  if (args.profile) await profile(context);
} finally {
  await browser.close();
  await server.close();
}

const meta = {
  date: new Date().toISOString(),
  browser: version,
  node: process.version,
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
  loadavg: loadavg().map((l) => l.toFixed(2)).join(' '),
  runs,
  bundle: args.bundle ?? (args.build ? 'src/ (--build)' : 'dist/news-article.js'),
};
console.log(`\nnews-article bench — ${meta.browser}, Node ${meta.node}, ${meta.cpus}, load ${meta.loadavg}`);
console.log(`medians of ${runs} interleaved runs (more for short cases). ours, floor, ratio: main-thread CPU ms (less an empty call);\nratio = median of per-run ours / floor. Wall clock beside them: it also counts time other processes held the CPU.\n`);
printTable(rows, { baseline });
if (baseline) console.log(`\nvs base: this run / ${args.compare} (${baseline.meta?.date ?? 'undated'}); < 1 is better for times and sizes.`);
const missed = rows.filter((r) => r.met === false);
console.log(`\ntargets: ${rows.filter((r) => r.met).length} met, ${missed.length} missed${missed.length ? `: ${missed.map((r) => r.id).join(', ')}` : ''}`);

const file = args.save ?? join(root, `bench/results-${meta.date.replace(/[:.]/g, '-')}.json`);
await writeFile(file, JSON.stringify({ meta, rows, ...extra }, null, 2) + '\n');
console.log(`results: ${file}`);
