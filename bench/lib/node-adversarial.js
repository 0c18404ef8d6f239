// Times dist/summarize.js (the snapshot in bench/.out) on the adversarial texts of
// adversarial.js, in Node, in its own process. Usage: node --expose-gc bench/lib/node-adversarial.js <runs>
// Prints JSON { [name]: { kb, wall: ms[], points } }: wall clock per call, after 2 warm-up calls.
import { fileURLToPath } from 'node:url';
import { ADVERSARIAL } from './adversarial.js';

const out = fileURLToPath(new URL('../.out/', import.meta.url));
const { summarize } = await import(`${out}summarize.js`);
const runs = Number(process.argv[2]) || 3;
const result = {};
for (const [name, make] of Object.entries(ADVERSARIAL)) {
  const text = make();
  const wall = [];
  let points = 0;
  for (let i = -2; i < runs; i++) {
    globalThis.gc?.();
    const t0 = performance.now();
    points = summarize(text).length;
    if (i >= 0) wall.push(performance.now() - t0);
  }
  result[name] = { kb: text.length / 1024, wall, points };
}
console.log(JSON.stringify(result));
