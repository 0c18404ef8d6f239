// Vite plugin: removes DOMPurify's handling of the `TRUSTED_TYPES_POLICY` option, with its two
// error messages. Our sanitizer's config (src/internal/markdown/sanitize.ts) never gives a policy
// of its own, so DOMPurify always takes the branch that stays: its own `dompurify` policy when
// the page has Trusted Types (the one our Trusted Types docs and CSP tests name). The option's
// branches only ran for a config we never pass; nothing else changes. The build fails if our
// sources name the option, or if DOMPurify's build no longer has this shape.
import { checkedTransform } from './checked-transform.js';

const DOMPURIFY = /node_modules\/dompurify\/dist\/purify\.es\.mjs$/;
// `if (cfg.TRUSTED_TYPES_POLICY) {…} else if (cfg.TRUSTED_TYPES_POLICY === null) {…} else {` → `{`
const OPTION = /\n(\t+)if \(cfg\.TRUSTED_TYPES_POLICY\) \{\n[^]*?\n\1\} else if \(cfg\.TRUSTED_TYPES_POLICY === null\) \{\n[^]*?\n\1\} else \{\n/g;

export const dompurifyOwnPolicy = () =>
  checkedTransform({
    name: 'dompurify-own-policy',
    file: DOMPURIFY,
    needs: (code) =>
      /\bTRUSTED_TYPES_POLICY\b/.test(code) &&
      "names DOMPurify's TRUSTED_TYPES_POLICY option, whose code build/dompurify-own-policy.js removes: remove that plugin from build/shapes.js first.",
    rewrite: withoutPolicyOption,
  });

/** DOMPurify's ES build without the `TRUSTED_TYPES_POLICY` branches; calls `fail` if they are not found once. */
export function withoutPolicyOption(code, fail) {
  const found = code.match(OPTION) ?? [];
  const out = code.replace(OPTION, '\n$1{\n');
  if (found.length !== 1 || out.includes('cfg.TRUSTED_TYPES_POLICY')) {
    fail(`expected DOMPurify to read cfg.TRUSTED_TYPES_POLICY only in one if / else if / else, found ${found.length} of those${found.length ? ' and other reads' : ''}; check build/dompurify-own-policy.js against this DOMPurify.`);
  }
  return out;
}
