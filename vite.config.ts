import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { elementBundle } from './build/shapes.js';
import { licenses } from './build/licenses.js';
import { packageOutputs } from './build/package-outputs.js';
import { articleCss } from './build/article-css.js';
import { dompurifyFactoryOnly } from './build/dompurify-factory-only.js';

const root = fileURLToPath(new URL('.', import.meta.url));

// `vite build` builds the whole package (see build/): the element bundle here, then the npm
// entry, the summarizer, types, the manifest, licences and the size check. Mode `bench` reports
// the size without failing, so the bench can measure a branch that is over budget.
export default defineConfig(({ mode }) => {
  const bundle = elementBundle(root, 'dist');
  bundle.plugins.push(articleCss(root)); // dist/news-article.css, the printed article's stylesheet
  bundle.plugins.push(dompurifyFactoryOnly()); // no DOMPurify instance at load; the bench's floor keeps it
  return {
    root,
    server: { open: '/demo/' },
    // The dev server serves the demo; examples/ are apps of their own (npm run test:package).
    optimizeDeps: { entries: ['demo/**/*.html'] },
    plugins: [...bundle.plugins, licenses(), packageOutputs({ enforceSize: mode !== 'bench' })],
    build: bundle.build,
  };
});
