// Test-only server routes: responses with a chosen status, type, delay or size,
// so fetch faults and races can be tested without any network.
//   /test-api/respond?status=404&type=text/html&delay=200&body=...
//   /test-api/file?path=test/fixtures/a.json&delay=300&type=...
//   /test-api/huge?mb=8          a body larger than the element's limit
//   /test-api/never              headers, then a body that never ends
import { readFile } from 'node:fs/promises';
import { resolve, relative } from 'node:path';

const root = process.cwd();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function testApi(ctx, next) {
  if (!ctx.path.startsWith('/test-api/')) return next();
  const q = ctx.query;
  await sleep(Number(q.delay ?? 0));
  ctx.set('Cache-Control', 'no-store');
  switch (ctx.path) {
    case '/test-api/respond':
      ctx.status = Number(q.status ?? 200);
      if (q.type) ctx.type = q.type;
      ctx.body = q.body ?? '';
      return;
    case '/test-api/file': {
      const file = resolve(root, String(q.path));
      if (relative(root, file).startsWith('..')) return void (ctx.status = 403);
      ctx.status = 200;
      ctx.body = await readFile(file, 'utf8');
      ctx.type = q.type ?? (file.endsWith('.md') ? 'text/markdown' : 'application/json');
      return;
    }
    case '/test-api/huge': {
      const chunk = '"' + 'x'.repeat(64 * 1024 - 2) + '"';
      let left = Math.ceil((Number(q.mb ?? 8) * 1024 * 1024) / chunk.length);
      const { Readable } = await import('node:stream');
      ctx.type = 'application/json';
      ctx.body = Readable.from((function* () { while (left-- > 0) yield chunk; })());
      return;
    }
    case '/test-api/never': {
      const { PassThrough } = await import('node:stream');
      const stream = new PassThrough();
      stream.write('{"title": "never ends", "body": "');
      const timer = setInterval(() => stream.write(' '), 500);
      stream.on('close', () => clearInterval(timer));
      setTimeout(() => { clearInterval(timer); stream.end(); }, 60000);
      ctx.type = 'application/json';
      ctx.body = stream;
      return;
    }
    default:
      ctx.status = 404;
  }
}
