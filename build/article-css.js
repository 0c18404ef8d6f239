// Vite plugin: writes dist/news-article.css (the package's `article.css`), the stylesheet for a
// server-printed article, minified from src/enhance/article.css by Vite's own CSS minifier
// (lightningcss, resolved through Vite so it is the copy Vite installed). No browser targets:
// the source is already what the elements need (light-dark(), :is(), container queries).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const { transform } = createRequire(createRequire(import.meta.url).resolve('vite'))('lightningcss');

export function articleCss(root) {
  return {
    name: 'article-css',
    apply: 'build',
    generateBundle() {
      const filename = join(root, 'src/enhance/article.css');
      const { code } = transform({ filename, code: readFileSync(filename), minify: true });
      this.emitFile({ type: 'asset', fileName: 'news-article.css', source: code });
    },
  };
}
