// Vite plugin: a second minification pass over the self-contained bundle with terser, which packs
// it smaller than the bundler's own minifier; the source map is chained. One option goes past
// terser's defaults: `pure_getters` (reading a property has no side effect: no code of ours or of
// our dependencies reads a property only to force layout), so unused reads go. Lit's internal
// `_$xx` names are left as they are: Lit's hydration and polyfill support, loaded by a page,
// patch them by name (mangling them saved 80 bytes).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

/** Runs terser over `fileName` in the output folder once Vite has written it. */
export function terserPass(fileName) {
  let outDir = 'dist';
  return {
    name: 'terser-pass',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle() {
      await minifyFile(join(outDir, fileName));
    },
  };
}

export async function minifyFile(file) {
  const map = readFileSync(`${file}.map`, 'utf8');
  const result = await minify(readFileSync(file, 'utf8'), {
    module: true,
    ecma: 2020,
    compress: { passes: 3, pure_getters: true },
    mangle: true,
    format: { comments: /^!/ },
    sourceMap: { content: map, url: `${file.split('/').pop()}.map` },
  });
  writeFileSync(file, result.code);
  writeFileSync(`${file}.map`, result.map);
}
