// The three outputs of `vite build`, as inline Vite configs (no config file, so the nested builds
// never load vite.config.ts again):
// - the bundle: dist/news-article.js, one self-contained ES module for script tags and CDNs;
// - the npm entry: dist/npm/**, our modules one file each, importing lit, marked and dompurify
//   as dependencies, so an app's bundler keeps one copy of each; and the server entry
//   dist/npm/server/index.js (`news-article-elements/server`, with sanitize-html, no DOM);
// - the summarizer alone: dist/summarize.js (no DOM, no dependencies).
import { join } from 'node:path';
import { minifyLitLiterals } from './minify-lit-literals.js';
import { restParams } from './rest-params.js';
import { dropBabelHelpers } from './drop-babel-helpers.js';
import { dompurifyHtmlOnly } from './dompurify-html-only.js';
import { dompurifyUnusedApi } from './dompurify-unused-api.js';
import { dompurifyOwnPolicy } from './dompurify-own-policy.js';
import { markedGfmOnly } from './marked-gfm-only.js';
import { terserPass } from './terser-pass.js';

// ES2022 as Safari 16 runs it (static blocks, 16.4+, are lowered): older targets only added
// class-field helpers, and fetching `src` needs Safari 16 (AbortSignal.timeout) anyway.
const TARGET = ['es2022', 'safari16'];

const BANNER = '/*! news-article-elements (MIT), with Lit, marked, DOMPurify: licences in LICENSES.txt */';

/**
 * V8's compile hint (Chrome 136+; other engines read a comment): compile every function of the
 * element bundle while it streams in, off the main thread, instead of on its first call. Nearly
 * all of it runs in the first render. Page bench A/B, 1,000 words, 16 rounds: the text painted
 * 50–90 ms sooner at CPU 4×, for 131 KB more JS heap (the bytecode of functions the page never
 * calls; bench/README.md, item 12).
 */
const EAGER = '//# allFunctionsCalledOnLoad';

/** Packages the npm entry imports rather than contains. */
const DEPENDENCIES = /^(lit|lit-html|lit-element|@lit\/[\w-]+|@lit-labs\/[\w-]+|marked|dompurify|sanitize-html)(\/|$)/;

/** Transforms of our sources and of DOMPurify's and marked's builds that every bundled shape gets. */
export function sourcePlugins() {
  return [minifyLitLiterals(), restParams(), dropBabelHelpers(), dompurifyHtmlOnly(), dompurifyUnusedApi(), dompurifyOwnPolicy(), markedGfmOnly()];
}

/**
 * A self-contained, minified ES module of `entry` written to `outDir/fileName`, with a terser
 * pass after the bundler's own minifier. `banner` is for the element bundle only.
 */
export function bundleConfig({ entry, outDir, fileName, banner = false, emptyOutDir = true }) {
  return {
    plugins: [...sourcePlugins(), terserPass(fileName, { preamble: banner ? EAGER : undefined })],
    build: {
      target: TARGET,
      outDir,
      emptyOutDir,
      sourcemap: true,
      minify: 'oxc',
      lib: { entry, formats: ['es'], fileName: () => fileName },
      // Vite keeps whitespace in ES library builds by default; this file ships to browsers as is.
      rolldownOptions: {
        // The closeBundle of build/package-outputs.js runs whole nested builds: not a slow plugin.
        checks: { pluginTimings: false },
        output: { minify: true, comments: false, postBanner: banner ? BANNER : undefined },
      },
    },
  };
}

/** The element bundle, dist/news-article.js (its licences go to LICENSES.txt beside it). */
export function elementBundle(root, outDir) {
  return bundleConfig({ entry: join(root, 'src/index.ts'), outDir, fileName: 'news-article.js', banner: true });
}

/** The summarizer alone, dist/summarize.js. */
export function summarizerBundle(root, outDir) {
  return bundleConfig({
    entry: join(root, 'src/summarize/index.ts'),
    outDir,
    fileName: 'summarize.js',
    emptyOutDir: false,
  });
}

/**
 * The npm entry, dist/npm/: one file per source module (readable, not minified: the app's
 * bundler minifies), dependencies left as imports.
 */
export function npmEntry(root, outDir) {
  return {
    plugins: [minifyLitLiterals()],
    build: {
      target: TARGET,
      outDir,
      emptyOutDir: true,
      sourcemap: true,
      minify: false,
      lib: { entry: { index: join(root, 'src/index.ts'), 'server/index': join(root, 'src/server/index.ts') }, formats: ['es'] },
      rolldownOptions: {
        external: (id) => DEPENDENCIES.test(id),
        output: {
          preserveModules: true,
          preserveModulesRoot: join(root, 'src'),
          entryFileNames: '[name].js',
        },
      },
    },
  };
}
