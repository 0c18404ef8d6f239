// Times dist/summarize.js (the snapshot in bench/.out) in Node, in its own process.
// Usage: node --expose-gc bench/lib/node-summary.js <runs> <words>...
// Prints JSON { [words]: { wall: ms[], cpu: ms[] } }: per call, wall clock and process CPU time
// (which also counts V8's compiler and GC threads, so it can exceed the wall clock).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const out = fileURLToPath(new URL('../.out/', import.meta.url));
const { summarize } = await import(`${out}summarize.js`);
const [runs, ...sizes] = process.argv.slice(2).map(Number);
const result = {};
for (const words of sizes) {
  const { text } = JSON.parse(await readFile(`${out}articles/${words}.json`, 'utf8'));
  const wall = [];
  const cpu = [];
  for (let i = -10; i < runs; i++) {
    globalThis.gc?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const picked = summarize(text);
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (picked.length !== 3) throw new Error(`summarize returned ${picked.length} sentences`);
    if (i >= 0) wall.push(ms), cpu.push((c.user + c.system) / 1000);
  }
  result[words] = { wall, cpu };
}
console.log(JSON.stringify(result));
