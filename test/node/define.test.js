// defineElement in plain Node with nothing else loaded (Lit's Node build would install a
// registry shim): there is no customElements, and defining must be skipped, not throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = fileURLToPath(new URL('../../dist/npm/internal/define.js', import.meta.url));
if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);

test('defineElement does nothing where there is no customElements registry', async () => {
  const { defineElement } = await import(file);
  assert.equal(typeof globalThis.customElements, 'undefined');
  assert.doesNotThrow(() => defineElement('news-article', class {}));
});
