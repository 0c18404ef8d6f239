// The shape of the build's rewrites of a dependency (DOMPurify, marked): a Vite plugin that
// rewrites one of its files and fails the build if our sources need what the rewrite removes,
// or if the file no longer has the shape the rewrite expects.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Each `src/**.ts` file but the tests, as `{ file, code }` (`file` relative to src/). */
export function* sourceFiles(root) {
  const src = join(root, 'src');
  for (const file of readdirSync(src, { recursive: true })) {
    const name = String(file);
    if (name.endsWith('.ts') && !name.endsWith('.test.ts')) yield { file: name, code: readFileSync(join(src, name), 'utf8') };
  }
}

/**
 * A plugin named `name` that rewrites the dependency files matching `file` with
 * `rewrite(code, fail)` (which calls `fail(message)` when the code is not the expected shape),
 * after checking every source with `needs(code)`: a message ("uses X, which … removes") when
 * that source needs what the rewrite removes, else nothing.
 */
export function checkedTransform({ name, file, needs, rewrite }) {
  let root = '.';
  return {
    name,
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      for (const source of sourceFiles(root)) {
        const problem = needs(source.code);
        if (problem) this.error(`src/${source.file} ${problem}`);
      }
    },
    transform(code, id) {
      if (!file.test(id)) return null;
      return { code: rewrite(code, (message) => this.error(`${id}: ${message}`)), map: null };
    },
  };
}
