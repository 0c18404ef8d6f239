// The dev-only ROUGE scorer (scripts/rouge/) against official ROUGE-1.5.5 -m output.
// The golden vectors and WordNet exception lists live in ../shared/eval beside the project (as in
// CI); where that folder is absent the golden test is skipped with a message saying so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { porterStem } from '../../scripts/rouge/porter.js';
import {
  exceptionsDir,
  loadExceptions,
  rouge,
  round5,
  sharedEvalDir,
} from '../../scripts/rouge/rouge155.js';

const goldenFile = join(sharedEvalDir, 'rouge155-golden.jsonl');
const missing = [goldenFile, exceptionsDir].filter((path) => !existsSync(path));
const skip = missing.length
  ? `golden check not run: ${missing.join(' and ')} missing (../shared is not beside the project)`
  : false;

test('matches official ROUGE-1.5.5 -m on every golden row (to 2e-5)', { skip }, (t) => {
  const exceptions = loadExceptions();
  const rows = readFileSync(goldenFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  const mismatches = [];
  let matched = 0;
  for (const row of rows) {
    const ours = rouge(row.candidate, row.reference, exceptions);
    const before = mismatches.length;
    for (const metric of ['rouge1', 'rouge2', 'rougeL']) {
      for (const part of ['r', 'p', 'f']) {
        const [got, want] = [ours[metric][part], row[metric][part]];
        if (!(Math.abs(got - want) <= 2e-5)) {
          mismatches.push(`${row.id} ${row.system} ${metric}.${part}: ${got} ≠ ${want}`);
        }
      }
    }
    if (mismatches.length === before) matched++;
  }
  t.diagnostic(`${matched} of ${rows.length} rows match`);
  assert.ok(rows.length >= 1000, `expected the full golden file, got ${rows.length} rows`);
  assert.deepEqual(mismatches.slice(0, 20), [], `${mismatches.length} mismatches`);
});

test('stems like the Porter stemmer inside ROUGE-1.5.5', () => {
  const cases = {
    caresses: 'caress', ponies: 'poni', cats: 'cat', agreed: 'agre', plastered: 'plaster',
    motoring: 'motor', hopping: 'hop', filing: 'file', happy: 'happi', relational: 'relat',
    conditional: 'condit', hopefulness: 'hope', electrical: 'electr', adjustable: 'adjust',
    controlling: 'control', generalization: 'gener', yelling: 'yell', '1990s': '1990',
    replacement: 'replac', dependent: 'depend', adoption: 'adopt', yield: 'yield',
    // ROUGE's step 4 tries "-ment" and "-ent" again after "-ement" fails; standard Porter
    // leaves these two whole.
    agreement: 'agreem', settlement: 'settlem',
  };
  for (const [word, stem] of Object.entries(cases)) assert.equal(porterStem(word), stem, word);
});

test('rounds like Perl sprintf("%7.5f"), ties to even', () => {
  assert.equal(round5(1 / 64), 0.01562); // 0.015625 exactly: a tie
  assert.equal(round5(3 / 64), 0.04688); // 0.046875 exactly: a tie
  assert.equal(round5(1 / 3), 0.33333);
  assert.equal(round5(2 / 3), 0.66667);
});

test('scores n-grams and summary-level LCS without stemming tables', () => {
  const none = new Map();
  const same = rouge('The cat sat on the mat.', 'The cat sat on the mat.', none);
  assert.deepEqual(same.rouge1, { r: 1, p: 1, f: 1 });
  assert.deepEqual(same.rougeL, { r: 1, p: 1, f: 1 });
  const disjoint = rouge('Dogs bark loudly.', 'The cat sat.', none);
  assert.deepEqual(disjoint.rouge2, { r: 0, p: 0, f: 0 });
  // Union LCS over candidate sentences, one reference sentence.
  const union = rouge('a b x\nc d y', 'a b c d', none);
  assert.equal(union.rougeL.r, 1);
  assert.equal(union.rougeL.p, round5(4 / 6));
});
