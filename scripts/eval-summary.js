#!/usr/bin/env node
// `npm run eval:summary [-- file.jsonl] [-- --halves]`: ROUGE of the built summarizer
// (dist/summarize.js) and of Lead-k on the same documents, per source, scored like official
// ROUGE-1.5.5 -m. The data is evaluation-only (shared/eval/README.md): it is read from ../shared
// beside the project and is never bundled. --halves also scores the even and odd lines apart.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { rouge, loadExceptions, projectRoot, sharedEvalDir } from './rouge/rouge155.js';

/** Summary length per source, as in shared/eval/baselines-measured.json. */
const LENGTH = {
  cnn_dailymail: () => 3,
  newsroom: () => 3,
  xsum: () => 1,
  bbc_news_summary: (sentenceCount) => Math.ceil(0.4 * sentenceCount),
};
/** The targets, on mean F1 x100; `delta` is ours − Lead-k on ROUGE-1. */
const TARGETS = {
  cnn_dailymail: {
    label: 'ΔR1 ≥ 0, R2 and RL ≥ Lead-k',
    met: (delta, f1) => delta >= 0 && ['rouge2', 'rougeL'].every((m) => f1('ours', m) >= f1('lead', m)),
  },
  xsum: { label: 'ΔR1 ≥ +2', met: (delta) => delta >= 2 },
  bbc_news_summary: { label: 'ΔR1 > 0', met: (delta) => delta > 0 },
};
const METRICS = ['rouge1', 'rouge2', 'rougeL'];

const args = process.argv.slice(2);
const file = resolve(args.find((a) => !a.startsWith('--')) ?? resolve(sharedEvalDir, 'dev.jsonl'));
const bundle = resolve(projectRoot, 'dist/summarize.js');
if (!existsSync(file)) fail(`No evaluation data at ${file} (is ../shared beside the project?)`);
if (!existsSync(bundle)) fail(`No ${bundle}: run \`npx vite build --mode summarize\` first.`);
const exceptions = loadExceptions();
if (!exceptions) fail('No WordNet exception lists in ../shared/eval: cannot score like ROUGE-1.5.5.');
const { summarize, splitSentences } = await import(pathToFileURL(bundle).href);

const docs = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line))
  .filter((doc) => doc.source in LENGTH);

// Warm up the JIT and the segmenter so that the timings are steady-state.
for (const doc of docs.slice(0, 50)) summarize(doc.article);

const rows = docs.map((doc, line) => {
  const sentences = splitSentences(doc.article);
  const k = LENGTH[doc.source](sentences.length);
  const start = performance.now();
  const ours = summarize(doc.article, { sentences: k });
  const ms = performance.now() - start;
  return {
    source: doc.source,
    line,
    ms,
    ours: rouge(ours.join('\n'), doc.summary, exceptions),
    lead: rouge(sentences.slice(0, k).join('\n'), doc.summary, exceptions),
  };
});

const groups = [['all documents', () => true]];
if (args.includes('--halves')) {
  groups.push(['half A (even lines)', (r) => r.line % 2 === 0]);
  groups.push(['half B (odd lines)', (r) => r.line % 2 === 1]);
}
let missed = false;
console.log(`${file}: ${docs.length} documents`);
for (const [label, keep] of groups) {
  console.log(`\n${label}\n`);
  console.log(
    'source            n   ours R1 / R2 / RL       Lead-k R1 / R2 / RL     ' +
      'ΔR1 [95% CI]          ms median  target',
  );
  for (const source of Object.keys(LENGTH)) {
    const rs = rows.filter((r) => r.source === source && keep(r));
    if (!rs.length) continue;
    const f1 = (sys, metric) => (100 * rs.reduce((sum, r) => sum + r[sys][metric].f, 0)) / rs.length;
    const triple = (sys) => METRICS.map((m) => f1(sys, m).toFixed(2).padStart(5)).join(' / ');
    const diffs = rs.map((r) => 100 * (r.ours.rouge1.f - r.lead.rouge1.f));
    const delta = diffs.reduce((a, b) => a + b, 0) / diffs.length;
    const [low, high] = pairedBootstrap(diffs);
    const target = TARGETS[source];
    const verdict = target ? `${target.met(delta, f1) ? 'met' : 'MISSED'}: ${target.label}` : '';
    if (verdict.startsWith('MISSED') && label === groups[0][0]) missed = true;
    console.log(
      `${source.padEnd(17)} ${String(rs.length).padStart(4)}  ${triple('ours')}   ${triple('lead')}   ` +
        `${signed(delta)} [${signed(low)}, ${signed(high)}]`.padEnd(22) +
        `${median(rs.map((r) => r.ms)).toFixed(2).padStart(7)}    ${verdict}`,
    );
  }
}
console.log('\nLead-k: CNN/DM and Newsroom 3 sentences, XSum 1, BBC ceil(40 %) of the sentences.');
console.log('ROUGE-1.5.5 -m F1 x100, mean per document; ΔR1: paired bootstrap, 10,000 resamples.');
process.exitCode = missed ? 1 : 0;

/** The 95 % percentile interval of the mean of `diffs`, resampling documents (seeded PRNG). */
function pairedBootstrap(diffs, resamples = 10000) {
  let seed = 0x9e3779b9;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const means = new Float64Array(resamples);
  for (let s = 0; s < resamples; s++) {
    let sum = 0;
    for (let i = 0; i < diffs.length; i++) sum += diffs[Math.floor(random() * diffs.length)];
    means[s] = sum / diffs.length;
  }
  means.sort();
  return [means[Math.floor(0.025 * resamples)], means[Math.ceil(0.975 * resamples) - 1]];
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function signed(x) {
  return (x >= 0 ? '+' : '') + x.toFixed(2);
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
