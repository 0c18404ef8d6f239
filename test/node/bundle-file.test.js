// dist/news-article.js as a script tag loads it: V8's compile hint on its first line (build/shapes.js),
// and a source map that still points at our sources below that line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

const file = fileURLToPath(new URL('../../dist/news-article.js', import.meta.url));
if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
const code = readFileSync(file, 'utf8');

test('starts with the compile hint, which V8 reads only at the top, then the licence banner', () => {
  const [first, second] = code.split('\n');
  assert.equal(first, '//# allFunctionsCalledOnLoad');
  assert.match(second, /^\/\*! news-article-elements/);
});

test('maps a position after the hint to the source it came from', () => {
  const map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const at = code.indexOf('"news-article-load"');
  assert.ok(at > 0, 'the load event name is in the bundle');
  const line = code.slice(0, at).split('\n').length - 1;
  const column = at - code.lastIndexOf('\n', at) - 1;
  const entry = map.findEntry(line, column);
  assert.match(entry.originalSource ?? '', /src\/news-article\/events\.ts$/);
});
