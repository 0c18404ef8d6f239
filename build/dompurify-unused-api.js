// Vite plugin: removes the DOMPurify methods our sanitizer never calls from the bundle:
// `clearConfig`, `isValidAttribute`, `removeHook`, `removeHooks`, `removeAllHooks` (−0.2 KB
// gzipped). src/internal/markdown/sanitize.ts keeps a private DOMPurify instance that no other
// code can reach, and calls only `setConfig`, `addHook` and `sanitize` on it. Removing methods
// cannot make sanitizing looser: `sanitize` does not use them. The build fails if our sources
// name one of them, or if DOMPurify's build no longer declares them in the expected shape.
import { checkedTransform } from './checked-transform.js';

export const UNUSED = ['clearConfig', 'isValidAttribute', 'removeHook', 'removeHooks', 'removeAllHooks'];
// One method: `\tDOMPurify.name = function(…) {` up to its own closing `\t};` (bodies are indented further).
const METHOD = new RegExp(`\\n\\tDOMPurify\\.(${UNUSED.join('|')}) = function\\([^)]*\\) \\{\\n[^]*?\\n\\t\\};`, 'g');

const NAMED = new RegExp(`\\b(${UNUSED.join('|')})\\b`);

export const dompurifyUnusedApi = () =>
  checkedTransform({
    name: 'dompurify-unused-api',
    file: /node_modules\/dompurify\/dist\/purify\.es\.mjs$/,
    needs: (code) => {
      const match = NAMED.exec(code);
      return match && `uses DOMPurify's ${match[1]}, which build/dompurify-unused-api.js removes: remove it from that plugin first.`;
    },
    rewrite: withoutUnusedApi,
  });

/** DOMPurify's ES build without the unused methods; calls `fail` if they are not all found once. */
export function withoutUnusedApi(code, fail) {
  const found = [...code.matchAll(METHOD)].map((m) => m[1]);
  if (found.sort().join() !== [...UNUSED].sort().join()) {
    fail(`expected DOMPurify's methods ${UNUSED.join(', ')} once each, found ${found.join(', ') || 'none'}; check build/dompurify-unused-api.js against this DOMPurify.`);
  }
  return code.replace(METHOD, '');
}
