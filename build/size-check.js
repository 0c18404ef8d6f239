// Size budget for the self-contained bundle: fails the build above the ceiling, and reports
// where the bytes go (ours / Lit / marked / DOMPurify, through the source map).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { bytesPerSource } from './sourcemap-bytes.js';

export const CEILING = 50 * 1024; // the build fails above this (gzipped)
export const GOAL = 40 * 1024; // what we aim for (gzipped)

/** Sizes of `file`: minified and gzipped bytes, minified bytes per package. */
export function measure(file) {
  const code = readFileSync(file, 'utf8');
  const gzip = gzipSync(code, { level: 9 }).length;
  const shares = bytesByPackage(code, JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  return { minified: code.length, gzip, shares };
}

/** Prints the size report for `file`; returns the reasons it fails the budget (none: []). */
export function checkSize(file, log = console.log) {
  const { minified, gzip, shares } = measure(file);
  log(`${file}: ${kb(minified)} minified, ${kb(gzip)} gzipped = ${gzip} bytes (goal ${kb(GOAL)}, ceiling ${kb(CEILING)})`);
  for (const [name, bytes] of Object.entries(shares)) {
    log(`  ${name.padEnd(10)} ${kb(bytes).padStart(9)} minified  ${((100 * bytes) / minified).toFixed(1).padStart(5)} %`);
  }
  const errors = [];
  if (gzip > CEILING) errors.push(`${file} is ${kb(gzip)} gzipped; the ceiling is ${kb(CEILING)}.`);
  if (/@customElement\(|@property\(|@state\(/.test(readFileSync(file, 'utf8'))) {
    errors.push(`${file} contains raw decorator syntax: the TypeScript decorators were not compiled.`);
  }
  return errors;
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Minified bytes per package, attributed through the source map. */
function bytesByPackage(code, map) {
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
