// Vite plugin: once the element bundle is written, builds the rest of the package beside it:
// the npm entry and the summarizer (nested Vite builds), the type declarations (tsc), the
// custom elements manifest and the framework types made from it; then checks the bundle's size.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'vite';
import { npmEntry, summarizerBundle } from './shapes.js';
import { writeManifest } from './manifest.js';
import { writeFrameworkTypes } from './framework-types.js';
import { checkSize } from './size-check.js';

const require = createRequire(import.meta.url);

/** `enforceSize: false` reports the size without failing (the bench builds branches over budget). */
export function packageOutputs({ enforceSize = true } = {}) {
  let root = '.';
  let outDir = 'dist';
  let logLevel;
  return {
    name: 'package-outputs',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = config.build.outDir;
      logLevel = config.logLevel;
    },
    async closeBundle() {
      const nested = { root, configFile: false, logLevel };
      await build({ ...nested, ...npmEntry(root, join(outDir, 'npm')) });
      await build({ ...nested, ...summarizerBundle(root, outDir) });
      execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json'), '--declarationDir', join(outDir, 'types')], {
        cwd: root,
        stdio: 'inherit',
      });
      const manifest = await writeManifest(root, outDir);
      writeFrameworkTypes(manifest, join(outDir, 'types'));
      const errors = checkSize(join(outDir, 'news-article.js'));
      if (errors.length && enforceSize) throw new Error(`size check failed: ${errors.join(' ')}`);
      for (const error of errors) console.warn(`size check (not enforced): ${error}`);
    },
  };
}
