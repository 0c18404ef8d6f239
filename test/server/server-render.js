// Test-only routes for the server entry (src/server), bundled from source with esbuild on first use:
//   POST /test-api/render-article   body {inputs: [...], options}: renderArticle run in Node on each
//                                   input; answers [{html} | {error: {name, message}}] in order
//   /test-api/server-worker.js      the server entry as a classic script for a Web Worker (no DOM):
//                                   it sets self.newsArticleServer
//   /test-api/xss-corpus            ../shared/eval/xss.jsonl beside the clone, or 404 when missing
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = process.cwd();
const entry = resolve(root, 'src/server/index.ts');
const corpus = resolve(root, '../shared/eval/xss.jsonl');

const bundles = {};
/** The server entry and its packages in one classic script, as a worker bundler makes it. */
function workerBundle() {
  bundles.worker ??= build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'newsArticleServer',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  }).then(({ outputFiles }) => outputFiles[0].text);
  return bundles.worker;
}

let server;
/** Our source bundled, its packages (sanitize-html, marked) imported from node_modules as Node does. */
async function nodeServer() {
  server ??= build({
    entryPoints: [entry],
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: 'node',
    outfile: resolve(root, 'node_modules/.cache/news-article-server/server.mjs'),
    logLevel: 'silent',
  }).then(() => import(pathToFileURL(resolve(root, 'node_modules/.cache/news-article-server/server.mjs')).href));
  return server;
}

export async function serverRoutes(ctx, readBody) {
  switch (ctx.path) {
    case '/test-api/render-article': {
      const { renderArticle } = await nodeServer();
      const { inputs, options } = JSON.parse(await readBody(ctx.req));
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(
        inputs.map((input) => {
          try {
            return { html: renderArticle(input, options) };
          } catch (error) {
            return { error: { name: error.name, message: error.message } };
          }
        }),
      );
      return;
    }
    case '/test-api/server-worker.js':
      ctx.type = 'text/javascript';
      ctx.body = await workerBundle();
      return;
    case '/test-api/xss-corpus':
      if (!existsSync(corpus)) return void (ctx.status = 404);
      ctx.type = 'text/plain';
      ctx.body = await readFile(corpus, 'utf8');
      return;
  }
}
