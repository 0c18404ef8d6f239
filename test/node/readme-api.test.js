// The README's element reference is generated from the manifest (`npm run readme:api`); this
// fails when a property, attribute, event, slot, part or CSS property changed and the README did not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { updateReadme } from '../../build/readme-api.js';

const manifestFile = fileURLToPath(new URL('../../dist/custom-elements.json', import.meta.url));
if (!existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: run \`npm run build\` first.`);
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

test('the README documents every element from the manifest', () => {
  for (const tag of ['news-article', 'article-summary', 'article-nav']) {
    assert.ok(readme.includes(`<!-- api:${tag} -->`), `README.md has no <!-- api:${tag} --> block`);
  }
});

test('the README element reference matches the manifest (else run `npm run readme:api`)', () => {
  const expected = updateReadme(readme, manifest);
  const lines = (text) => text.split('\n');
  const stale = lines(readme).filter((line, i) => line !== lines(expected)[i]);
  assert.equal(readme, expected, `README.md is out of date with dist/custom-elements.json; first differing lines:\n${stale.slice(0, 5).join('\n')}`);
});
