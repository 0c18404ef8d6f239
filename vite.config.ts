import { defineConfig } from 'vite';

// `vite build` writes the element bundle; `vite build --mode summarize` writes the
// DOM-free summarizer. Two builds, so each output is one self-contained file.
export default defineConfig(({ mode }) => {
  const summarizeOnly = mode === 'summarize';
  return {
    root: '.',
    server: { open: '/demo/' },
    build: {
      target: 'es2021',
      outDir: 'dist',
      emptyOutDir: !summarizeOnly,
      sourcemap: true,
      minify: true,
      lib: {
        entry: summarizeOnly ? 'src/summarize/index.ts' : 'src/index.ts',
        formats: ['es'],
        fileName: () => (summarizeOnly ? 'summarize.js' : 'news-article.js'),
      },
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  };
});
