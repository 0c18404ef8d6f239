// Vite plugin: a second minification pass over the self-contained bundle with terser, which packs
// it smaller than the bundler's own minifier; the source map is chained. Options past terser's
// defaults:
// - `pure_getters`: reading a property has no side effect (no code of ours or of our dependencies
//   reads a property only to force layout), so unused reads go;
// - the property names only marked's own code uses are mangled (see build/marked-names.js). Lit's
//   internal `_$xx` names are left as they are: Lit's hydration and polyfill support, loaded by a
//   page, patch them by name (mangling them saved 80 bytes);
// - `unsafe_arrows`: function expressions that use neither `this` nor `arguments` become arrow
//   functions. Unsafe only for a function that is constructed or whose `prototype` is read;
//   build/constructed-functions.js fails the build if the bundle has one.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { markedNames } from './marked-names.js';
import { constructedFunctionExpressions } from './constructed-functions.js';

/** Runs terser over `fileName` in the output folder once Vite has written it; `preamble` is a first line for it to keep. */
export function terserPass(fileName, { preamble } = {}) {
  let outDir = 'dist';
  return {
    name: 'terser-pass',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle() {
      await minifyFile(join(outDir, fileName), { preamble });
    },
  };
}

export async function minifyFile(file, { preamble } = {}) {
  const map = readFileSync(`${file}.map`, 'utf8');
  const mangled = markedNames(JSON.parse(map));
  const code = readFileSync(file, 'utf8');
  const constructed = constructedFunctionExpressions(code);
  if (constructed.length) {
    throw new Error(`${file}: function expressions that are constructed or have their prototype read, which unsafe_arrows would break: ${constructed.join('; ')}`);
  }
  const result = await minify(code, {
    module: true,
    ecma: 2020,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
    // No names, no property mangling: `^()$` would match the empty key '' (the summarizer's data has one).
    mangle: mangled.length ? { properties: { regex: new RegExp(`^(${mangled.join('|')})$`) } } : true,
    format: { comments: /^!/, preamble },
    sourceMap: { content: map, url: `${file.split('/').pop()}.map` },
  });
  writeFileSync(file, result.code);
  writeFileSync(`${file}.map`, result.map);
}
