/**
 * Which URLs article HTML may hold: shared by the browser's sanitizer (DOMPurify, sanitize.ts)
 * and the server's (sanitize-html, src/server/sanitize-body.ts), so both let the same ones through.
 */

/** URLs we let through: http(s), mailto, tel and relative ones; never `javascript:` or `data:`. */
export const ALLOWED_URL = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/**
 * Whether every URL in a `srcset` passes the allowlist. DOMPurify checks only the start of the
 * value. Browsers split candidates at commas and whitespace, so each URL starts one of the parts
 * split here (descriptors such as `2x` and `100w` pass, as they start with a digit).
 */
export function srcsetIsSafe(srcset: string) {
  return srcset.split(/[\s,]+/).every((part) => ALLOWED_URL.test(part));
}
