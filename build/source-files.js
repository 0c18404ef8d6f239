// Our shipped TypeScript sources (src/, tests left out), for build plugins that check what the
// sources use before they trim a dependency.
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
