// Vite plugin: removes the DOMPurify methods our sanitizer never calls from the bundle:
// `clearConfig`, `isValidAttribute`, `removeHook`, `removeHooks`, `removeAllHooks` (−0.2 KB
// gzipped). src/internal/markdown/sanitize.ts keeps a private DOMPurify instance that no other
// code can reach, and calls only `setConfig`, `addHook` and `sanitize` on it. Removing methods
// cannot make sanitizing looser: `sanitize` does not use them. The build fails if our sources
// name one of them, or if DOMPurify's build no longer declares them in the expected shape.
import { sourceFiles } from './source-files.js';

export const UNUSED = ['clearConfig', 'isValidAttribute', 'removeHook', 'removeHooks', 'removeAllHooks'];
// One method: `\tDOMPurify.name = function(…) {` up to its own closing `\t};` (bodies are indented further).
const METHOD = new RegExp(`\\n\\tDOMPurify\\.(${UNUSED.join('|')}) = function\\([^)]*\\) \\{\\n[^]*?\\n\\t\\};`, 'g');

export function dompurifyUnusedApi() {
  let root = '.';
  return {
    name: 'dompurify-unused-api',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      const named = new RegExp(`\\b(${UNUSED.join('|')})\\b`);
      for (const { file, code } of sourceFiles(root)) {
        const match = named.exec(code);
        if (match) {
          this.error(`src/${file} uses DOMPurify's ${match[1]}, which build/dompurify-unused-api.js removes: remove it from that plugin first.`);
        }
      }
    },
    transform(code, id) {
      if (!/node_modules\/dompurify\/dist\/purify\.es\.mjs$/.test(id)) return null;
      return { code: withoutUnusedApi(code, (message) => this.error(`${id}: ${message}`)), map: null };
    },
  };
}

/** DOMPurify's ES build without the unused methods; calls `fail` if they are not all found once. */
export function withoutUnusedApi(code, fail) {
  const found = [...code.matchAll(METHOD)].map((m) => m[1]);
  if (found.sort().join() !== [...UNUSED].sort().join()) {
    fail(`expected DOMPurify's methods ${UNUSED.join(', ')} once each, found ${found.join(', ') || 'none'}; check build/dompurify-unused-api.js against this DOMPurify.`);
  }
  return code.replace(METHOD, '');
}
