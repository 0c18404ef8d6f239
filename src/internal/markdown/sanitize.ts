import createDOMPurify from 'dompurify';
import { FOOTNOTE_ID } from './footnotes.js';
import { replaceEmbed } from './embeds.js';
import { ALLOWED_URL, srcsetIsSafe } from './url-policy.js';

/**
 * The sanitizing sink: every HTML string made from data goes through `sanitizeHtml`. The result
 * is a DocumentFragment, so no HTML string is ever assigned to a DOM sink (Trusted Types pages
 * only need to allow DOMPurify's own `dompurify` policy, plus Lit's `lit-html`).
 */

export { ALLOWED_URL, srcsetIsSafe };

const CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
  // `id` and `name` could clobber page globals; footnotes get their own prefixed ids below.
  FORBID_ATTR: ['style', 'id', 'name'],
  ALLOWED_URI_REGEXP: ALLOWED_URL,
  RETURN_DOM_FRAGMENT: true as const,
};

let purifier: ReturnType<typeof createDOMPurify> | undefined;

function getPurifier() {
  if (purifier) return purifier;
  // A private instance, so our hooks never touch a DOMPurify the page itself uses.
  purifier = createDOMPurify(window);
  // Parsed once: otherwise every sanitize() call rebuilds the allow-lists from CONFIG.
  purifier.setConfig(CONFIG);
  purifier.addHook('uponSanitizeElement', (node, { tagName }) => {
    if (tagName === 'iframe') replaceEmbed(node as Element);
  });
  purifier.addHook('uponSanitizeAttribute', (_node, data) => {
    // A srcset with one URL outside the allowlist is dropped whole: the image keeps its `src`.
    if (data.attrName === 'srcset' && !srcsetIsSafe(data.attrValue)) data.keepAttr = false;
    if (data.attrName === 'id' && FOOTNOTE_ID.test(data.attrValue)) data.forceKeepAttr = true;
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node instanceof HTMLImageElement) {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
    }
  });
  return purifier;
}

/** HTML in, inert DocumentFragment out. */
export function sanitizeHtml(html: string): DocumentFragment {
  return getPurifier().sanitize(html, CONFIG);
}
