// A tiny static server for the bench pages: files under the project root, on localhost, never
// cached (every page load compiles the module afresh, as on a reader's first visit).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
};

/** Text responses a real site would send compressed. */
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/**
 * Serves `root` on 127.0.0.1 at a free port. `routes` maps a path to a function returning
 * `{ body, type }` for generated responses. With `gzip`, text is sent gzip-compressed (level 9,
 * once per file) to clients that accept it, as a production server would. Resolves to
 * `{ origin, close() }`.
 */
export function serve(root, routes = {}, { gzip = false } = {}) {
  const compressed = new Map(); // path -> gzipped body
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/') && !routes[path]) path += 'index.html';
    try {
      let body, type;
      if (routes[path]) ({ body, type } = await routes[path]());
      else {
        const file = resolve(root, '.' + path);
        if (relative(root, file).startsWith('..')) throw Object.assign(new Error(), { code: 'EACCES' });
        body = await readFile(file);
        type = TYPES[extname(file)] ?? 'application/octet-stream';
      }
      const headers = {};
      if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!compressed.has(path) || routes[path]) compressed.set(path, gzipSync(body, { level: 9 }));
        body = compressed.get(path);
        headers['Content-Encoding'] = 'gzip';
        headers['Vary'] = 'Accept-Encoding';
      }
      res.writeHead(200, {
        ...headers,
        'Content-Type': type,
        'Cache-Control': 'no-store',
        // Cross-origin isolated: performance.now() gets 5 µs resolution instead of 100 µs.
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      });
      res.end(body);
    } catch (error) {
      res.writeHead(error.code === 'ENOENT' ? 404 : 403).end();
    }
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({
        origin: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((closed) => server.close(closed)),
      }),
    ),
  );
}
