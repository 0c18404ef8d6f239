// Writes dist/LICENSES.txt: the licences of the packages bundled into dist/news-article.js.
// The bundle itself carries one short banner pointing here instead of every package's comment.
import { readFileSync, writeFileSync } from 'node:fs';

const BUNDLED = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'marked', 'dompurify'];

const sections = BUNDLED.map((name) => {
  const dir = `node_modules/${name}`;
  const { version, license } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  const text = ['LICENSE', 'LICENSE.md', 'LICENSE.txt']
    .map((file) => { try { return readFileSync(`${dir}/${file}`, 'utf8'); } catch { return ''; } })
    .find(Boolean);
  if (!text) throw new Error(`${name}: no LICENSE file found`);
  return `${name} ${version} (${license})\n${'-'.repeat(60)}\n${text.trim()}\n`;
});
writeFileSync('dist/LICENSES.txt', `dist/news-article.js bundles these packages:\n\n${sections.join('\n\n')}`);
