// Times dist/summarize.js (the snapshot in bench/.out) on the adversarial texts of
// adversarial.js, in Node, in its own process. Usage: node --expose-gc bench/lib/node-adversarial.js <runs>
// Prints JSON { [name]: { kb, wall: ms[], cpu: ms[], points } }: wall clock and process CPU time
// per call (CPU also counts V8's compiler and GC threads), after 2 warm-up calls.
import { fileURLToPath } from 'node:url';
import { ADVERSARIAL } from './adversarial.js';

const out = fileURLToPath(new URL('../.out/', import.meta.url));
const { summarize } = await import(`${out}summarize.js`);
const runs = Number(process.argv[2]) || 3;
const result = {};
for (const [name, make] of Object.entries(ADVERSARIAL)) {
  const text = make();
  const wall = [];
  const cpu = [];
  let points = 0;
  for (let i = -2; i < runs; i++) {
    globalThis.gc?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    points = summarize(text).length;
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (i >= 0) wall.push(ms), cpu.push((c.user + c.system) / 1000);
  }
  result[name] = { kb: text.length / 1024, wall, cpu, points };
}
console.log(JSON.stringify(result));
