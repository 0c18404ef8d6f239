// Size: minified and gzipped bytes of the bundle, the share of Lit + marked + DOMPurify (a
// deps-only bundle built the same way), and our own bytes per source file.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { bytesPerSource } from '../../build/sourcemap-bytes.js';
import { CEILING, GOAL } from '../../build/size-check.js';

const KB = 1024;
const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** Our minified bytes per file: esbuild metafile of src/index.ts, as the issue asks. */
async function esbuildPerFile(root) {
  const { metafile } = await esbuild({
    entryPoints: [join(root, 'src/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.json'),
    metafile: true,
    write: false,
    outfile: 'out.js',
    logLevel: 'silent',
  });
  const inputs = Object.values(metafile.outputs)[0].inputs;
  return new Map(
    Object.entries(inputs)
      .filter(([path]) => !path.includes('node_modules'))
      .map(([path, { bytesInOutput }]) => [path, bytesInOutput]),
  );
}

export async function size({ root }) {
  const code = await readFile(join(root, 'bench/.out/news-article.js'), 'utf8');
  const deps = await readFile(join(root, 'bench/.out/deps/deps.js'), 'utf8');
  const full = gzip(code);
  const depsGzip = gzip(deps);
  const section = 'Size: dist/news-article.js (gzip -9)';
  const kb = (b) => b / KB;
  const rows = [
    {
      id: 'size.gzip',
      section,
      label: 'whole bundle, gzipped',
      value: kb(full),
      unit: 'KB',
      target: `≤ ${GOAL / KB} KB (CI ${CEILING / KB})`,
      met: full <= GOAL,
      note: `${kb(code.length).toFixed(1)} KB minified${full > CEILING ? '; OVER the CI ceiling' : ''}`,
    },
    {
      id: 'size.deps',
      section,
      label: 'Lit + marked + DOMPurify alone (same APIs, same build)',
      value: kb(depsGzip),
      unit: 'KB',
      note: `${kb(deps.length).toFixed(1)} KB minified`,
    },
    {
      id: 'size.ours',
      section,
      label: 'ours (whole − deps)',
      value: kb(full - depsGzip),
      unit: 'KB',
      note: `${kb(code.length - deps.length).toFixed(1)} KB minified`,
    },
  ];

  const perFile = await esbuildPerFile(root);
  let inDist = new Map();
  try {
    const map = JSON.parse(await readFile(join(root, 'bench/.out/news-article.js.map'), 'utf8'));
    inDist = new Map(
      // Our sources as `src/…` whatever directory the bundle was built from.
      [...bytesPerSource(code, map)].map(([source, bytes]) => [
        source.includes('node_modules/') ? source : source.replace(/^.*?\/?(?=src\/(?!.*\/src\/))/, ''),
        bytes,
      ]),
    );
  } catch {
    // no source map: esbuild numbers only
  }
  const files = [...perFile].sort((a, b) => b[1] - a[1]);
  const shown = files.slice(0, 12);
  const rest = files.slice(12);
  const fileSection = 'Size: our minified bytes per file (esbuild metafile of src/index.ts; “dist” = bytes in the real bundle, from its source map)';
  for (const [path, bytes] of shown) {
    rows.push({
      id: `size.file.${path}`,
      section: fileSection,
      label: path,
      value: kb(bytes),
      unit: 'KB',
      note: inDist.has(path) ? `dist ${kb(inDist.get(path)).toFixed(2)} KB` : undefined,
    });
  }
  if (rest.length) {
    const sum = (list, get) => list.reduce((s, x) => s + get(x), 0);
    rows.push({
      id: 'size.file.other',
      section: fileSection,
      label: `${rest.length} other files`,
      value: kb(sum(rest, ([, b]) => b)),
      unit: 'KB',
      note: `dist ${kb(sum(rest, ([p]) => inDist.get(p) ?? 0)).toFixed(2)} KB`,
    });
  }
  rows.push({
    id: 'size.file.total',
    section: fileSection,
    label: 'all our files',
    value: kb([...perFile.values()].reduce((s, b) => s + b, 0)),
    unit: 'KB',
    note: `dist ${kb([...inDist].filter(([p]) => p.startsWith('src/')).reduce((s, [, b]) => s + b, 0)).toFixed(2)} KB`,
  });
  return rows;
}
