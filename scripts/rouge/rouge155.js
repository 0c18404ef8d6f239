// A JS port of ROUGE-1.5.5.pl as run with `-n 2 -m -a` on SPL input (one sentence per line, no
// length limit, no stopword removal, model-average scoring with one reference): ROUGE-1, ROUGE-2
// and summary-level ROUGE-L, recall / precision / F1 (alpha 0.5), each rounded like the Perl
// script's sprintf("%7.5f"). Dev tool only: it reads WordNet 2.0 exception lists from
// ../shared/eval and is never bundled.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { porterStem } from './porter.js';

/** The project root (two levels above this file) and the shared folder cloned beside it. */
export const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const sharedEvalDir = resolve(projectRoot, '../shared/eval');
export const exceptionsDir = join(sharedEvalDir, 'rouge155-wordnet-2.0-exceptions');

/**
 * Loads WordNet 2.0 exception lists into word → base form. Order noun, adv, verb, adj with later
 * entries winning, which is what ROUGE's WordNet-2.0.exc.db holds ("better" → "good").
 * @param {string} [dir] @returns {Map<string, string> | null} null when the folder is absent
 */
export function loadExceptions(dir = exceptionsDir) {
  if (!existsSync(dir)) return null;
  const map = new Map();
  for (const pos of ['noun', 'adv', 'verb', 'adj']) {
    for (const line of readFileSync(join(dir, `${pos}.exc`), 'utf8').split('\n')) {
      const [word, base] = line.trim().split(/\s+/);
      if (word && base) map.set(word, base);
    }
  }
  return map;
}

/** A Perl-sprintf("%7.5f") rounding: exact decimal value, ties (only x = odd/64 here) to even. */
export function round5(x) {
  const j = x * 64;
  if (Number.isInteger(j) && j % 2 === 1) {
    const n = Math.floor(x * 1e5);
    return (n % 2 === 0 ? n : n + 1) / 1e5;
  }
  return Number(x.toFixed(5));
}

/**
 * One sentence (line) → ROUGE tokens: ASCII lower-case, runs of [a-z0-9] (the Perl script blanks
 * every other byte, so non-ASCII letters split words), stemmed when longer than 3 characters.
 */
function tokenizeLine(line, exceptions) {
  const lower = line.replace(/[A-Z]+/g, (s) => s.toLowerCase());
  const words = lower.match(/[a-z0-9]+/g) ?? [];
  return words.map((w) => (w.length > 3 ? (exceptions.get(w) ?? porterStem(w)) : w));
}

function counts(tokens, n) {
  const map = new Map();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = n === 1 ? tokens[i] : tokens.slice(i, i + n).join(' ');
    map.set(gram, (map.get(gram) ?? 0) + 1);
  }
  return map;
}

function prf(hit, modelCount, peerCount) {
  const r = modelCount ? round5(hit / modelCount) : 0;
  const p = peerCount ? round5(hit / peerCount) : 0;
  const f = (1 - 0.5) * p + 0.5 * r > 0 ? round5((p * r) / ((1 - 0.5) * p + 0.5 * r)) : 0;
  return { r, p, f };
}

function ngramScore(model, peer, n) {
  const m = counts(model.flat(), n);
  const p = counts(peer.flat(), n);
  let hit = 0;
  for (const [gram, k] of m) hit += Math.min(k, p.get(gram) ?? 0);
  const total = (map) => [...map.values()].reduce((a, b) => a + b, 0);
  return prf(hit, total(m), total(p));
}

/** Marks in `hitMask` the model positions of one LCS with `peer`, tie-breaking as the Perl does. */
function markLcs(model, peer, hitMask) {
  const m = model.length;
  const n = peer.length;
  if (!m) return;
  const c = Array.from({ length: m + 1 }, () => new Int32Array(n + 1));
  const b = Array.from({ length: m + 1 }, () => new Uint8Array(n + 1)); // 1 diag, 2 up, 3 left
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      if (model[i - 1] === peer[j - 1]) {
        c[i][j] = c[i - 1][j - 1] + 1;
        b[i][j] = 1;
      } else if (c[i - 1][j] >= c[i][j - 1]) {
        c[i][j] = c[i - 1][j];
        b[i][j] = 2;
      } else {
        c[i][j] = c[i][j - 1];
        b[i][j] = 3;
      }
    }
  }
  for (let i = m, j = n; i && j; ) {
    if (b[i][j] === 1) hitMask[--i] = 1, j--;
    else if (b[i][j] === 2) i--;
    else j--;
  }
}

/** Summary-level ROUGE-L: union LCS per reference sentence, clipped by unigram counts. */
function lcsScore(model, peer) {
  const model1 = counts(model.flat(), 1);
  const peer1 = counts(peer.flat(), 1);
  let hit = 0;
  let base = 0;
  for (const sentence of model) {
    const hitMask = new Uint8Array(sentence.length);
    base += sentence.length;
    for (const p of peer) markLcs(sentence, p, hitMask);
    sentence.forEach((tok, j) => {
      if (hitMask[j] && (model1.get(tok) ?? 0) > 0 && (peer1.get(tok) ?? 0) > 0) {
        hit++;
        model1.set(tok, model1.get(tok) - 1);
        peer1.set(tok, peer1.get(tok) - 1);
      }
    });
  }
  return prf(hit, base, peer.flat().length);
}

/** Splits SPL text into tokenized non-empty lines. */
function readSpl(text, exceptions) {
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => tokenizeLine(line, exceptions));
}

/**
 * Scores a candidate against one reference, both with one sentence per line.
 * @param {string} candidate @param {string} reference
 * @param {Map<string,string>} exceptions from loadExceptions()
 * @returns {{rouge1: Score, rouge2: Score, rougeL: Score}} with Score = {r, p, f} in [0, 1]
 */
export function rouge(candidate, reference, exceptions) {
  const peer = readSpl(candidate, exceptions);
  const model = readSpl(reference, exceptions);
  return {
    rouge1: ngramScore(model, peer, 1),
    rouge2: ngramScore(model, peer, 2),
    rougeL: lcsScore(model, peer),
  };
}
