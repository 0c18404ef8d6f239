// Writes custom-elements.json (the Custom Elements Manifest) from the element sources with the
// analyzer's Lit support, corrected so that it describes what ships (build/manifest-fixes.js).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import { manifestFixes } from './manifest-fixes.js';

/** Analyzes src/ and writes `outDir/custom-elements.json` (after the npm entry is built); returns the manifest. */
export async function writeManifest(root, outDir) {
  const files = readdirSync(join(root, 'src'), { recursive: true })
    .map((file) => `src/${file}`)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort();
  const modules = files.map((file) =>
    ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.ES2022, true),
  );
  const manifest = create({ modules, plugins: [...litPlugin(), manifestFixes(root)], context: { dev: false } });
  // Type-only modules (interfaces) compile to no file: nothing there for the manifest to point at.
  manifest.modules = manifest.modules.filter((module) => existsSync(join(outDir, module.path.replace(/^dist\//, ''))));
  writeFileSync(join(outDir, 'custom-elements.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
