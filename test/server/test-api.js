// Test-only server routes: responses with a chosen status, type, delay or size, so fetch faults,
// races and strict pages can be tested without any network.
//   /test-api/respond?status=404&type=text/html&delay=200&body=...
//                                (&encoding=latin1 sends each character of body as one byte, for
//                                charset tests; the default is UTF-8)
//   /test-api/file?path=test/fixtures/a.json&delay=300&type=...
//   /test-api/huge?mb=8          a body larger than the element's limit (chunked; &length=1 also
//                                declares its Content-Length; &id=K records what was sent)
//   /test-api/never              headers, then a body that never ends
//   /test-api/drop               closes the connection without an answer (a network error)
//   POST /test-api/store?key=K   keeps the request body; GET /test-api/stored?key=K&type=T serves it
//   /test-api/requests?id=K      what happened to the requests made with &id=K (respond, file, huge):
//                                [{ aborted, finished, sent }] in the order they arrived
//   /test-api/render-article, /test-api/server-worker.js, /test-api/xss-corpus: the server entry (server-render.js)
//   /test-api/csp-page?csp=POLICY&bundle=src|dist&report=K
//                                an HTML page served with that Content-Security-Policy header
//                                (test/csp/strict-page.js drives it); report-uri reports are kept
//                                under K and read back from /test-api/csp-reports?key=K
import { readFile } from 'node:fs/promises';
import { resolve, relative } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { serverRoutes } from './server-render.js';

const root = process.cwd();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const MAX_STORED = 500;
const stored = new Map(); // key -> body (a bounded map: tests store many small bodies)
const requests = new Map(); // id -> [{ aborted, finished, sent }]
const cspReports = new Map(); // key -> [report]

function remember(map, key, value) {
  map.set(key, value);
  if (map.size > MAX_STORED) map.delete(map.keys().next().value);
}

async function readBody(req, limit = 32 * 1024 * 1024) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Records whether the client went away before the response ended (requests made with &id=K). */
function track(ctx, id) {
  const record = { aborted: false, finished: false, sent: 0 };
  if (!id) return record;
  if (!requests.has(id)) remember(requests, id, []);
  requests.get(id).push(record);
  ctx.res.on('finish', () => (record.finished = true));
  ctx.res.on('close', () => (record.aborted = !record.finished));
  return record;
}

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The strict page: its only script is the external module; article data is an inline data block. */
function cspPage(bundle) {
  const inline = JSON.stringify({
    title: 'Inline article under a strict policy',
    kicker: 'CSP',
    body: 'A body with *emphasis*, a [link](/somewhere), <b>inline HTML</b> and an image:\n\n![Turbine](/test/fixtures/news/turbine.svg)',
    summary: 'A **provided** summary, rendered from markdown.',
    prev: { title: 'Earlier', url: '/earlier' },
    next: { title: 'Later', url: '/later' },
  }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Strict CSP page</title>
<script type="module" src="/test/csp/strict-page.js?bundle=${escapeHtml(bundle)}"></script>
</head>
<body>
<news-article id="from-src" src="/test/fixtures/news/tidal-energy.json"><p>Loading the article…</p></news-article>
<news-article id="from-markdown" src="/test/fixtures/news/harbour-market.md"><p>Loading…</p></news-article>
<news-article id="inline"><script type="application/json">${inline}</script><p>Loading…</p></news-article>
<article id="plain">
  <h2>A standalone article</h2>
  <p>The ferry timetable changes on Monday. Morning boats leave ten minutes earlier.</p>
  <p>Evening boats run until midnight in summer. Tickets cost the same as last year.</p>
  <p>The harbour office says the change follows a survey of passengers.</p>
</article>
<article-summary id="standalone-summary" for="plain" sentences="2"></article-summary>
<article-nav id="standalone-nav" prev-href="/news/earlier" prev-title="Earlier news" next-href="/news/later" next-title="Later news"></article-nav>
</body>
</html>`;
}

export async function testApi(ctx, next) {
  if (!ctx.path.startsWith('/test-api/')) return next();
  const q = ctx.query;
  const tracked = ['/test-api/respond', '/test-api/file', '/test-api/huge', '/test-api/never'];
  const record = track(ctx, tracked.includes(ctx.path) ? q.id : undefined);
  await sleep(Number(q.delay ?? 0));
  ctx.set('Cache-Control', 'no-store');
  switch (ctx.path) {
    case '/test-api/respond':
      ctx.status = Number(q.status ?? 200);
      if (q.type) ctx.type = q.type;
      ctx.body = q.encoding ? Buffer.from(q.body ?? '', q.encoding) : (q.body ?? '');
      // The type exactly as given: Koa would replace a Buffer's type or add its own charset.
      if (q.type && q.encoding) ctx.set('Content-Type', q.type);
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
      const total = Math.ceil((Number(q.mb ?? 8) * 1024 * 1024) / chunk.length);
      let left = total;
      ctx.type = 'application/json';
      if (q.length) ctx.length = total * chunk.length;
      ctx.body = Readable.from(
        (function* () {
          while (left-- > 0) {
            record.sent += chunk.length;
            yield chunk;
          }
        })(),
      );
      return;
    }
    case '/test-api/never': {
      const stream = new PassThrough();
      stream.write('{"title": "never ends", "body": "');
      const timer = setInterval(() => stream.write(' '), 500);
      stream.on('close', () => clearInterval(timer));
      setTimeout(() => { clearInterval(timer); stream.end(); }, 60000);
      ctx.type = 'application/json';
      ctx.body = stream;
      return;
    }
    case '/test-api/drop':
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    case '/test-api/store':
      if (ctx.method !== 'POST' || !q.key) return void (ctx.status = 400);
      remember(stored, String(q.key), await readBody(ctx.req));
      ctx.status = 204;
      return;
    case '/test-api/stored':
      if (!stored.has(String(q.key))) return void (ctx.status = 404);
      ctx.status = 200;
      ctx.type = q.type ?? 'application/json';
      ctx.body = stored.get(String(q.key));
      return;
    case '/test-api/requests':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(requests.get(String(q.id)) ?? []);
      return;
    case '/test-api/csp-page':
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.set(
        'Content-Security-Policy',
        `${String(q.csp ?? "default-src 'self'").replace(/[\r\n]/g, ' ')}${
          q.report ? `; report-uri /test-api/csp-report?key=${encodeURIComponent(q.report)}` : ''
        }`,
      );
      ctx.body = cspPage(String(q.bundle ?? 'src'));
      return;
    case '/test-api/csp-report': {
      const key = String(q.key);
      if (!cspReports.has(key)) remember(cspReports, key, []);
      try {
        cspReports.get(key).push(JSON.parse(await readBody(ctx.req, 1024 * 1024)));
      } catch {
        cspReports.get(key).push({ unreadable: true });
      }
      ctx.status = 204;
      return;
    }
    case '/test-api/csp-reports':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(cspReports.get(String(q.key)) ?? []);
      return;
    case '/test-api/render-article':
    case '/test-api/server-worker.js':
    case '/test-api/xss-corpus':
      return serverRoutes(ctx, readBody);
    default:
      ctx.status = 404;
  }
}
