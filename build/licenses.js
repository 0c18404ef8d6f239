// Vite plugin: writes LICENSES.txt beside the bundle, the licences of the packages bundled into
// it. The bundle itself carries one short banner pointing there instead of every package's comment.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const BUNDLED = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'marked', 'dompurify'];

export function licenses() {
  let outDir = 'dist';
  let root = '.';
  return {
    name: 'licenses',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      root = config.root;
    },
    writeBundle() {
      writeFileSync(join(outDir, 'LICENSES.txt'), licenceText(root));
    },
  };
}

function licenceText(root) {
  const sections = BUNDLED.map((name) => {
    const dir = join(root, 'node_modules', name);
    const { version, license } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
    const text = ['LICENSE', 'LICENSE.md', 'LICENSE.txt']
      .map((file) => { try { return readFileSync(`${dir}/${file}`, 'utf8'); } catch { return ''; } })
      .find(Boolean);
    if (!text) throw new Error(`${name}: no LICENSE file found in ${dir}`);
    return `${name} ${version} (${license})\n${'-'.repeat(60)}\n${text.trim()}\n`;
  });
  return `dist/news-article.js bundles these packages:\n\n${sections.join('\n\n')}`;
}
