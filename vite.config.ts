import { defineConfig } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';

// `vite build` writes the element bundle; `vite build --mode summarize` writes the
// DOM-free summarizer. Two builds, so each output is one self-contained file.
export default defineConfig(({ mode }) => {
  const summarizeOnly = mode === 'summarize';
  return {
    root: '.',
    plugins: [minifyCssLiterals()],
    server: { open: '/demo/' },
    build: {
      target: 'es2021',
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
      rolldownOptions: { output: { minify: true, comments: { legal: true, annotation: false, jsdoc: false } } },
    },
  };
});
