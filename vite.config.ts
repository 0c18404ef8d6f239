import { defineConfig } from 'vite';
import { minifyLitLiterals } from './scripts/minify-lit-literals.js';
import { restParams } from './scripts/rest-params.js';
import { dropBabelHelpers } from './scripts/drop-babel-helpers.js';

// `vite build` writes the element bundle; `vite build --mode summarize` writes the
// DOM-free summarizer. Two builds, so each output is one self-contained file.
export default defineConfig(({ mode }) => {
  const summarizeOnly = mode === 'summarize';
  return {
    root: '.',
    plugins: [minifyLitLiterals(), restParams(), dropBabelHelpers()],
    server: { open: '/demo/' },
    build: {
      // ES2022 as Safari 16 runs it (static blocks, 16.4+, are lowered): older targets only
      // added class-field helpers, and fetching `src` needs Safari 16 (AbortSignal.timeout) anyway.
      target: ['es2022', 'safari16'],
      outDir: 'dist',
      emptyOutDir: !summarizeOnly,
      sourcemap: true,
      minify: 'oxc',
      lib: {
        entry: summarizeOnly ? 'src/summarize/index.ts' : 'src/index.ts',
        formats: ['es'],
        fileName: () => (summarizeOnly ? 'summarize.js' : 'news-article.js'),
      },
      // Vite keeps whitespace in ES library builds by default; this file ships to browsers as is.
      // Licence texts go to dist/LICENSES.txt (scripts/write-licenses.js); one banner points there.
      rolldownOptions: {
        output: {
          minify: true,
          comments: false,
          postBanner: summarizeOnly
            ? undefined
            : '/*! news-article-elements (MIT) | bundles Lit (BSD-3-Clause), marked (MIT), DOMPurify (Apache-2.0 OR MPL-2.0): see LICENSES.txt */',
        },
      },
    },
  };
});
