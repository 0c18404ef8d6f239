// Everything the bench pages load, written to bench/.out/ (gitignored): a snapshot of the built
// bundles (so a concurrent `vite build` cannot swap them mid-run), the floor bundle, the articles.
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { bundleConfig } from '../../build/shapes.js';
import { generateArticle } from './generate.js';

export const SIZES = [1000, 10000, 50000];

/**
 * Writes bench/.out: `news-article.js` (a copy of `bundle`, default dist/news-article.js, with
 * its source map), `summarize.js`, `deps/deps.js` (Lit + marked + DOMPurify alone), `*.timed.js`
 * (the two bundles marking the start and end of their evaluation), `floor.js` and
 * `articles/<words>.json`.
 */
export async function prepare(root, { bundle, build = false } = {}) {
  const out = join(root, 'bench/.out');
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, 'articles'), { recursive: true });
  const dist = build ? await buildSources(root, join(out, 'build')) : join(root, 'dist');
  bundle ??= join(dist, 'news-article.js');
  // The summarizer built with the bundle, else the one in dist/ (or bench/.out/build).
  const beside = join(dirname(bundle), 'summarize.js');
  const summarizer = existsSync(beside) ? beside : join(dist, 'summarize.js');
  for (const file of [bundle, summarizer]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first, or bench with --build.`);
  }
  await copyFile(resolve(bundle), join(out, 'news-article.js'));
  if (existsSync(`${bundle}.map`)) await copyFile(`${bundle}.map`, join(out, 'news-article.js.map'));
  await copyFile(summarizer, join(out, 'summarize.js'));
  await depsOnly(root, join(out, 'deps'));
  await timed(join(out, 'news-article.js'));
  await timed(join(out, 'deps/deps.js'));
  await esbuild({
    entryPoints: [join(root, 'bench/page/floor-entry.js')],
    outfile: join(out, 'floor.js'),
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'warning',
  });
  const articles = {};
  for (const words of SIZES) {
    articles[words] = generateArticle(words, words);
    await writeFile(join(out, 'articles', `${words}.json`), JSON.stringify(articles[words]));
  }
  return { out, articles, dist };
}

/**
 * `--build`: the project's own build (vite.config.ts, the same command as `npm run build`) into
 * bench/.out/build, in mode `bench`: the size is reported, not enforced, and no build writing
 * dist/ can race with it.
 */
async function buildSources(root, outDir) {
  await vite({ root, configFile: join(root, 'vite.config.ts'), mode: 'bench', logLevel: 'warn', build: { outDir } });
  return outDir;
}

/** Copies `file` to `*.timed.js` with a timestamp as its first and last statement. */
async function timed(file) {
  const code = await readFile(file, 'utf8');
  // After the leading comments: V8 reads its compile hint (build/shapes.js) only at the top.
  const [, comments, rest] = /^((?:\/\/.*\n|\/\*[\s\S]*?\*\/\n)*)([\s\S]*)$/.exec(code);
  await writeFile(
    file.replace(/\.js$/, '.timed.js'),
    `${comments}globalThis.__evalStart = performance.now();\n${rest}\n;globalThis.__evalEnd = performance.now();\n`,
  );
}

/**
 * The dependencies alone (bench/size/deps-entry.js uses the same Lit, marked and DOMPurify APIs
 * as src/), built as the element bundle is (build/shapes.js): what the bundle would weigh, and
 * cost to start, with none of our code.
 */
async function depsOnly(root, outDir) {
  const deps = bundleConfig({ entry: join(root, 'bench/size/deps-entry.js'), outDir, fileName: 'deps.js' });
  await vite({ root, configFile: false, logLevel: 'warn', ...deps });
}
