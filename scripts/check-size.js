// Size budget for dist/news-article.js: fails above the ceiling, reports where the bytes go.
// Usage: node scripts/check-size.js [--json]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { bytesPerSource } from './sourcemap-bytes.js';

const CEILING = 45 * 1024; // CI fails above this (gzipped)
const GOAL = 40 * 1024; // what we aim for (gzipped)

const file = 'dist/news-article.js';
const code = readFileSync(file, 'utf8');
const gzip = gzipSync(code, { level: 9 }).length;

const errors = [];
if (gzip > CEILING) errors.push(`${file} is ${kb(gzip)} gzipped; the ceiling is ${kb(CEILING)}.`);
if (/@customElement\(|@property\(|@state\(/.test(code)) {
  errors.push(`${file} contains raw decorator syntax: the TypeScript decorators were not compiled.`);
}

const shares = bytesBySource(code, JSON.parse(readFileSync(`${file}.map`, 'utf8')));
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ minified: code.length, gzip, shares }));
} else {
  console.log(`${file}: ${kb(code.length)} minified, ${kb(gzip)} gzipped (goal ${kb(GOAL)}, ceiling ${kb(CEILING)})`);
  for (const [name, bytes] of Object.entries(shares)) {
    console.log(`  ${name.padEnd(10)} ${kb(bytes).padStart(9)} minified  ${((100 * bytes) / code.length).toFixed(1).padStart(5)} %`);
  }
}
for (const error of errors) console.error(`size check failed: ${error}`);
process.exit(errors.length ? 1 : 0);

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Minified bytes per package, attributed through the source map. */
function bytesBySource(code, map) {
  const group = (source) =>
    /node_modules\/(lit|lit-html|lit-element|@lit)\b/.test(source) ? 'lit'
    : /node_modules\/marked\b/.test(source) ? 'marked'
    : /node_modules\/dompurify\b/.test(source) ? 'dompurify'
    : /node_modules\//.test(source) ? 'other deps'
    : 'ours';
  const totals = { ours: 0, lit: 0, marked: 0, dompurify: 0, 'other deps': 0 };
  for (const [source, bytes] of bytesPerSource(code, map)) totals[group(source)] += bytes;
  return totals;
}
