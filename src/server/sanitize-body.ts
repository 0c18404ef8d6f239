import sanitizeHtml, { type IOptions, type Transformer } from 'sanitize-html';
import { FOOTNOTE_ID } from '../internal/markdown/footnotes.js';
import { ALLOWED_URL, srcsetIsSafe } from '../internal/markdown/url-policy.js';

/**
 * The server's sanitizing sink: the browser's policy (src/internal/markdown/sanitize.ts, DOMPurify
 * with its HTML profile) written for sanitize-html, which needs no DOM and so runs in Node, Deno,
 * Bun and edge workers. HTML tags only (no SVG or MathML), no forms, styles, ids (but the
 * footnotes') or names; every attribute value that could be read as a URL passes ALLOWED_URL;
 * links get `rel="noopener noreferrer"`, images load lazily, iframes become links.
 */

/** DOMPurify's HTML tags, less the forbidden ones, form controls and document or template parts. */
const TAGS = [
  'a', 'abbr', 'acronym', 'address', 'area', 'article', 'aside', 'audio', 'b', 'bdi', 'bdo', 'big',
  'blockquote', 'br', 'caption', 'center', 'cite', 'code', 'col', 'colgroup', 'data', 'dd', 'del',
  'details', 'dfn', 'dir', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'font', 'footer', 'h1',
  'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'main',
  'map', 'mark', 'menu', 'nav', 'nobr', 'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's',
  'samp', 'section', 'small', 'source', 'span', 'strike', 'strong', 'sub', 'summary', 'sup',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'track', 'tt', 'u', 'ul', 'var',
  'video', 'wbr',
];

/** DOMPurify's HTML attributes, less `style`, `name`, form and script-loading ones; `id` is checked below. */
const ATTRIBUTES = [
  'align', 'alt', 'autoplay', 'border', 'cellpadding', 'cellspacing', 'checked', 'cite', 'class',
  'clear', 'color', 'cols', 'colspan', 'controls', 'coords', 'datetime', 'decoding', 'default',
  'dir', 'disabled', 'face', 'headers', 'height', 'hidden', 'href', 'hreflang', 'id', 'kind',
  'label', 'lang', 'loading', 'loop', 'media', 'muted', 'noshade', 'nowrap', 'open', 'playsinline',
  'poster', 'preload', 'rel', 'reversed', 'role', 'rows', 'rowspan', 'scope', 'shape', 'sizes',
  'span', 'src', 'srclang', 'srcset', 'start', 'summary', 'tabindex', 'title', 'translate', 'type',
  'usemap', 'valign', 'value', 'width', 'data-*', 'aria-*',
];

/** Attributes DOMPurify never reads as a URL; every other value must pass ALLOWED_URL, as there. */
const NOT_URLS = new Set(['alt', 'class', 'id', 'label', 'role', 'summary', 'title', 'value']);
/** Media whose `src` may be a `data:` URL (it runs no script there), as in DOMPurify. */
const DATA_URL_TAGS = new Set(['img', 'audio', 'video', 'source', 'track']);
/** Characters the URL parser strips or ignores, as DOMPurify strips them before its check. */
const URL_WHITESPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;

/** The attributes of an allowed element, filtered as DOMPurify and our hooks filter them. */
const keepSafe: Transformer = (tagName, attribs) => {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(attribs)) {
    // Marks the links made from iframes (below): never taken from the input.
    if (name === 'data-embed') continue;
    if (name === 'id' && !FOOTNOTE_ID.test(value)) continue;
    if (name === 'srcset' && !srcsetIsSafe(value)) continue;
    const dataUrl = name === 'src' && DATA_URL_TAGS.has(tagName) && value.startsWith('data:');
    if (value && !NOT_URLS.has(name) && !dataUrl && !ALLOWED_URL.test(value.replace(URL_WHITESPACE, ''))) continue;
    kept[name] = value;
  }
  if (tagName === 'a' && kept.href != null) kept.rel = 'noopener noreferrer';
  if (tagName === 'img') Object.assign(kept, { loading: 'lazy', decoding: 'async' });
  return { tagName, attribs: kept };
};

/**
 * An embedded player or post becomes a link to it (see src/internal/markdown/embeds.ts): an
 * iframe with an http(s) URL (resolved against `base`) becomes `<a data-embed>`, wrapped in
 * `<div class="embed">` after sanitizing; any other iframe is removed with its content.
 */
const embedLink = (base: string): Transformer => (tagName, attribs) => {
  let url: URL | undefined;
  try {
    url = new URL(attribs.src ?? '', base);
  } catch {
    // relative with no base: nothing to link to
  }
  if (!url || !/^https?:$/.test(url.protocol)) return { tagName, attribs: {} as Record<string, string> };
  const text = attribs.title?.trim() || url.hostname;
  return { tagName: 'a', attribs: { 'data-embed': '', href: url.href, rel: 'noopener noreferrer' }, text };
};

const EMBED_LINK = /<a data-embed href="([^"<>]*)" rel="noopener noreferrer">([^<]*)<\/a>/g;

function options(base: string): IOptions {
  return {
    allowedTags: TAGS,
    allowedAttributes: { '*': ATTRIBUTES },
    // Checked again here: ALLOWED_URL above is the policy, this is sanitize-html's own net.
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: Object.fromEntries([...DATA_URL_TAGS].map((t) => [t, ['http', 'https', 'data']])),
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'poster', 'usemap'],
    // Their content is dropped with them (DOMPurify drops the content of these too).
    nonTextTags: [
      'script', 'style', 'textarea', 'option', 'noscript', 'noembed', 'noframes', 'plaintext', 'xmp',
      'title', 'template', 'svg', 'math', 'head', 'select', 'iframe', 'object', 'embed', 'applet',
    ],
    disallowedTagsMode: 'discard',
    parseStyleAttributes: false,
    transformTags: { ...Object.fromEntries(TAGS.map((t) => [t, keepSafe])), iframe: embedLink(base) },
  };
}

/** Untrusted HTML in, safe HTML out (a string: the server prints it). */
export function sanitizeBody(html: string, base: string): string {
  return sanitizeHtml(html, options(base)).replace(EMBED_LINK, '<div class="embed"><a href="$1" rel="noopener noreferrer">$2</a></div>');
}
