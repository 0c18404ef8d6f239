#!/usr/bin/env node
// `npm run eval:summary [-- file.jsonl] [-- --halves]`: ROUGE of the built summarizer
// (dist/summarize.js) and of Lead-k on the same documents, per source, scored like official
// ROUGE-1.5.5 -m. The data is evaluation-only (shared/eval/README.md): it is read from ../shared
// beside the project and is never bundled. --halves also scores the even and odd lines apart.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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
const MAX_MS_PER_1K_WORDS = 3;
/** Coverage targets on sectioned articles, when the summary has at least one point per section. */
const MIN_COVERAGE = 0.6;
const MAX_FROM_FIRST_PARAGRAPH = 1;
/** Dev articles with at least this many paragraphs are cut into `SYNTHETIC_SECTIONS` sections. */
const MIN_PARAGRAPHS = 9;
const SYNTHETIC_SECTIONS = 4;
const HEADING = /^ {0,3}#{1,6}\s.*$/gm;

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

const msPer1k = median(rows.map((r) => (1000 * r.ms) / docs[r.line].article.split(/\s+/).length));
const fast = msPer1k <= MAX_MS_PER_1K_WORDS;
console.log(`\nTime: median ${msPer1k.toFixed(2)} ms per 1,000 words (${fast ? 'met' : 'MISSED'}: ≤ ${MAX_MS_PER_1K_WORDS} ms)`);
if (!fast) missed = true;

if (!coverageRows()) missed = true;
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

/**
 * The sectioned set: every article of the project's own demo/articles (markdown bodies with
 * `##` headings, .md and .json) and, from dev, every CNN/DM and BBC article with at least
 * MIN_PARAGRAPHS paragraphs, sectioned synthetically: its first paragraph stays the lead, and the
 * other paragraphs are cut into SYNTHETIC_SECTIONS runs of about equal length, each under a
 * "## Part n" heading. Only articles with at least 3 sections count.
 */
function sectionedSet() {
  const demo = resolve(projectRoot, 'demo/articles');
  const own = readdirSync(demo)
    .filter((name) => /\.(md|json)$/.test(name))
    .map((name) => {
      const source = readFileSync(resolve(demo, name), 'utf8');
      const body = name.endsWith('.json') ? JSON.parse(source).body : source.replace(/^---\n[^]*?\n---\n/, '');
      const lang = name.endsWith('.json') ? JSON.parse(source).lang : source.match(/^lang:\s*(\S+)/m)?.[1];
      return { set: 'demo/articles', name, text: body, lang };
    });
  const synthetic = docs
    .filter((doc) => doc.source === 'cnn_dailymail' || doc.source === 'bbc_news_summary')
    .map((doc) => ({ doc, paragraphs: doc.article.split(/\n\s*\n/).filter((p) => p.trim()) }))
    .filter(({ paragraphs }) => paragraphs.length >= MIN_PARAGRAPHS)
    .map(({ doc, paragraphs }) => {
      const [lead, ...rest] = paragraphs;
      const parts = Array.from({ length: SYNTHETIC_SECTIONS }, (_, n) =>
        rest.slice(Math.round((n * rest.length) / SYNTHETIC_SECTIONS), Math.round(((n + 1) * rest.length) / SYNTHETIC_SECTIONS)),
      );
      const text = [lead, ...parts.map((part, n) => `## Part ${n + 1}\n\n${part.join('\n\n')}`)].join('\n\n');
      return { set: 'dev, synthetic sections', name: doc.id, text };
    });
  return [...own, ...synthetic].filter((a) => sectionsOf(a).length >= 3);
}

/** The sentences of each headed section of an article (the lead before the first heading is not one). */
function sectionsOf({ text, lang }) {
  return text.split(HEADING).slice(1).map((part) => new Set(splitSentences(part, lang))).filter((s) => s.size);
}

/** Share of sections with a point in `summary`, and how many points come from the first paragraph. */
function coverage(article, summary) {
  const sections = sectionsOf(article);
  const first = new Set(splitSentences(article.text.split(HEADING)[0].trim().split(/\n\s*\n/)[0] ?? '', article.lang));
  return {
    share: sections.filter((s) => summary.some((point) => s.has(point))).length / sections.length,
    fromFirst: summary.filter((point) => first.has(point)).length,
  };
}

/** Prints the coverage table; whether the targets were met. */
function coverageRows() {
  const articles = sectionedSet();
  console.log(`\nCoverage on sectioned articles (≥ 3 sections): share of sections with a point in the summary,`);
  console.log(`and points taken from the first paragraph (target: ≥ ${100 * MIN_COVERAGE} % covered, ≤ ${MAX_FROM_FIRST_PARAGRAPH} from the first paragraph)\n`);
  console.log('set                       n  summary                              points  covered  first ¶ mean / max  target');
  const systems = [
    ['ours, default length', (a) => summarize(a.text, { lang: a.lang })],
    ['ours, 3 points', (a) => summarize(a.text, { lang: a.lang, sentences: 3 })],
    ['ours, headings ignored (before)', (a, k) => summarize(a.text.replace(HEADING, ''), { lang: a.lang, sentences: k })],
    ['Lead-k', (a, k) => splitSentences(a.text.replace(HEADING, ''), a.lang).slice(0, k)],
  ];
  let met = true;
  for (const set of [...new Set(articles.map((a) => a.set))]) {
    const inSet = articles.filter((a) => a.set === set);
    for (const [label, run] of systems) {
      const results = inSet.map((a) => {
        const summary = run(a, summarize(a.text, { lang: a.lang }).length);
        return { points: summary.length, sections: sectionsOf(a).length, ...coverage(a, summary) };
      });
      const mean = (key) => results.reduce((sum, r) => sum + r[key], 0) / results.length;
      const maxFirst = Math.max(...results.map((r) => r.fromFirst));
      let verdict = '';
      if (label === systems[0][0]) {
        const ok = mean('share') >= MIN_COVERAGE && maxFirst <= MAX_FROM_FIRST_PARAGRAPH;
        verdict = ok ? 'met' : 'MISSED';
        if (!ok) met = false;
      }
      console.log(
        `${set.padEnd(24)} ${String(inSet.length).padStart(3)}  ${label.padEnd(35)} ${mean('points').toFixed(1).padStart(6)}  ` +
          `${(100 * mean('share')).toFixed(0).padStart(5)} %  ${mean('fromFirst').toFixed(2).padStart(8)} / ${maxFirst}     ${verdict}`,
      );
    }
  }
  console.log(`\nSynthetic sections: dev CNN/DM and BBC articles with ≥ ${MIN_PARAGRAPHS} paragraphs; the first paragraph is the lead,`);
  console.log(`the rest is cut into ${SYNTHETIC_SECTIONS} runs of paragraphs of about equal length under "## Part n" headings.`);
  return met;
}
