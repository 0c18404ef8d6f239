#!/usr/bin/env node
// `npm run eval:summary [file.jsonl] [--halves]`: ROUGE of the built summarizer (dist/summarize.js)
// against Lead-k on the same documents, per source, scored like official ROUGE-1.5.5 -m.
// The data is evaluation-only (shared/eval/README.md): read from ../shared, never bundled.
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
/** The acceptance targets on ΔR1 (ours − Lead-k). */
const TARGETS = { cnn_dailymail: 0, xsum: 2, bbc_news_summary: 0 };

const args = process.argv.slice(2);
const halves = args.includes('--halves');
const file = resolve(args.find((a) => !a.startsWith('--')) ?? resolve(sharedEvalDir, 'dev.jsonl'));
const bundle = resolve(projectRoot, 'dist/summarize.js');
if (!existsSync(file)) exit(`No evaluation data at ${file} (shared/eval is not beside the project).`);
if (!existsSync(bundle)) exit(`No ${bundle}: run \`npx vite build --mode summarize\` first.`);
const exceptions = loadExceptions();
if (!exceptions) exit('No WordNet exception lists in ../shared/eval: cannot score like ROUGE-1.5.5.');
const { summarize, splitSentences } = await import(pathToFileURL(bundle).href);

const docs = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line))
  .filter((d) => d.source in LENGTH);

// Warm up the JIT and the segmenter so timings are steady-state.
for (const d of docs.slice(0, 50)) summarize(d.article, { sentences: 3 });

const rows = docs.map((d, index) => {
  const lead = splitSentences(d.article);
  const k = LENGTH[d.source](lead.length);
  const start = performance.now();
  const ours = summarize(d.article, { sentences: k });
  const ms = performance.now() - start;
  return {
    source: d.source,
    half: index % 2,
    ms,
    ours: rouge(ours.join('\n'), d.summary, exceptions),
    lead: rouge(lead.slice(0, k).join('\n'), d.summary, exceptions),
  };
});

const groups = [['all dev', () => true]];
if (halves) groups.push(['half A', (r) => r.half === 0], ['half B', (r) => r.half === 1]);
let failed = false;
for (const [label, keep] of groups) {
  console.log(`\n${label}: ${file}\n`);
  console.log(
    'source            n   ours R1 / R2 / RL       Lead-k R1 / R2 / RL     ΔR1 [95% CI]          ms median  target',
  );
  for (const source of Object.keys(LENGTH)) {
    const rs = rows.filter((r) => r.source === source && keep(r));
    if (!rs.length) continue;
    const mean = (pick) => (100 * rs.reduce((sum, r) => sum + pick(r), 0)) / rs.length;
    const triple = (sys) =>
      ['rouge1', 'rouge2', 'rougeL'].map((m) => mean((r) => r[sys][m].f).toFixed(2).padStart(5)).join(' / ');
    const diffs = rs.map((r) => 100 * (r.ours.rouge1.f - r.lead.rouge1.f));
    const delta = diffs.reduce((a, b) => a + b, 0) / diffs.length;
    const [low, high] = pairedBootstrap(diffs);
    const ms = median(rs.map((r) => r.ms));
    const target = TARGETS[source];
    const meets =
      target === undefined
        ? ''
        : delta >= target &&
            (source !== 'cnn_dailymail' ||
              ['rouge2', 'rougeL'].every((m) => mean((r) => r.ours[m].f) >= mean((r) => r.lead[m].f)))
          ? `ok (ΔR1 ≥ ${target})`
          : `MISSED (ΔR1 ≥ ${target})`;
    if (meets.startsWith('MISSED') && label === 'all dev') failed = true;
    console.log(
      `${source.padEnd(17)} ${String(rs.length).padStart(4)}  ${triple('ours')}   ${triple('lead')}   ` +
        `${sign(delta)} [${sign(low)}, ${sign(high)}]`.padEnd(22) +
        `${ms.toFixed(2).padStart(7)}    ${meets}`,
    );
  }
}
console.log('\nLead-k: CNN/DM and Newsroom 3 sentences, XSum 1, BBC ceil(40 %) of the sentences.');
console.log('ROUGE-1.5.5 -m F1 x100 (mean per document); ΔR1 CI: paired bootstrap, 10,000 resamples.');
process.exitCode = failed ? 1 : 0;

/** The 95 % percentile interval of the mean of `diffs`, resampling documents (seeded). */
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

function sign(x) {
  return (x >= 0 ? '+' : '') + x.toFixed(2);
}

function exit(message) {
  console.error(message);
  process.exit(1);
}
