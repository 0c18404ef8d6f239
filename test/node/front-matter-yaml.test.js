// The front matter reader against the YAML test suite (../shared/eval/yaml-test-suite.jsonl, beside
// the clone; skipped when absent). Each case's text becomes one front matter block: inside the
// supported subset it must give the suite's expected JSON; anything else must be an error that
// names a line. A different value without an error is the one outcome that fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const suite = fileURLToPath(new URL('../../../shared/eval/yaml-test-suite.jsonl', import.meta.url));
const entry = fileURLToPath(new URL('../../src/article/front-matter.ts', import.meta.url));

/** parseFrontMatter from the TypeScript source, bundled in memory. */
async function loadParser() {
  const { outputFiles } = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm' });
  const url = `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`;
  return (await import(url)).parseFrontMatter;
}

/** What the reader made of one case: 'agree', 'refused', 'not one block' or a description of the difference. */
function outcome(parseFrontMatter, { yaml, json, error }) {
  // A leading `---` line is the front matter's own opening line; another one would close it.
  const inner = yaml.replace(/^---[ \t]*\n/, '');
  if (/^---(\s|$)/m.test(inner)) return 'not one block';
  let result;
  try {
    result = parseFrontMatter(`---\n${inner}${inner && !inner.endsWith('\n') ? '\n' : ''}---\n`);
  } catch (e) {
    return e.line > 0 && /^front matter line \d+: /.test(e.message) ? 'refused' : `error without a line: ${e.message}`;
  }
  if (error) return `accepted invalid YAML as ${JSON.stringify(result.data)}`;
  if (json == null) return `read YAML that has no JSON form as ${JSON.stringify(result.data)}`;
  // An empty document (only comments) is null in YAML and empty front matter here.
  const expected = json.trim() ? JSON.parse(json) : {};
  const same = JSON.stringify(result.data) === JSON.stringify(expected);
  return same ? 'agree' : `read ${JSON.stringify(result.data)}, YAML says ${JSON.stringify(expected)}`;
}

test('front matter agrees with the YAML test suite or refuses with a line', async (t) => {
  if (!existsSync(suite)) return t.skip(`${suite} is missing: the YAML differential test needs ../shared/eval beside the clone.`);
  const parseFrontMatter = await loadParser();
  const cases = readFileSync(suite, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  const counts = {};
  const wrong = [];
  for (const c of cases) {
    const result = outcome(parseFrontMatter, c);
    const kind = ['agree', 'refused', 'not one block'].includes(result) ? result : 'silently different';
    counts[kind] = (counts[kind] ?? 0) + 1;
    if (kind === 'silently different') wrong.push(`${c.id} (${c.name}): ${result}`);
  }
  t.diagnostic(`${cases.length} cases: ${JSON.stringify(counts)}`);
  assert.deepEqual(wrong, []);
  // The subset is real: most cases inside it agree (the count moves only when the subset does).
  assert.ok(counts.agree >= 50, `only ${counts.agree} cases agree`);
});
