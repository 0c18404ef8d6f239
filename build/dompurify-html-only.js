// Vite plugin: empties DOMPurify's SVG and MathML allowlists in the bundle, attributes and tags.
// Our sanitizer allows the HTML profile only (`USE_PROFILES: { html: true }` in the markdown
// module), so SVG and MathML elements and attributes are never allowed: the lists feed only
// DOMPurify's default allowlists (used when a config names no profile) and the svg, svgFilters
// and mathMl profiles, and, for the tags, its namespace checks, which run only on allowed
// (HTML-profile) tags. There an empty list is stricter for an element in the SVG or MathML
// namespace (never valid) and the same in the HTML namespace, where a tag is refused if it is an
// SVG or MathML name outside COMMON_SVG_AND_HTML_ELEMENTS: the build checks that no HTML-profile
// tag is one (today `a`, `font` and `style` are on both lists and in the common one).
// The build fails if our sources ever enable another profile, or if DOMPurify's build no
// longer holds exactly these declarations: look again then.
import { checkedTransform } from './checked-transform.js';

const NAMES = ['svg', 'mathMl', 'svg$1', 'svgFilters', 'svgDisallowed', 'mathMl$1', 'mathMlDisallowed'];
const TAG_LISTS = NAMES.slice(2);
const LISTS = new RegExp(`const (${NAMES.map((n) => n.replace('$', '\\$')).join('|')}) = freeze\\(\\[([^\\]]*)\\]\\);`, 'g');
const OTHER_PROFILE = /\b(svg|svgFilters|mathMl)\s*:\s*true\b/;
const COMMON = /COMMON_SVG_AND_HTML_ELEMENTS = addToSet\(\{\}, \[([^\]]*)\]\)/;
const HTML_TAGS = /const html\$1 = freeze\(\[([^\]]*)\]\)/;

const names = (list) => list.match(/"[^"]*"/g)?.map((name) => name.slice(1, -1)) ?? [];

/** DOMPurify's ES build with those lists emptied; calls `fail` if that would not be safe or they are not all found. */
export function withoutSvgAndMathMl(code, fail) {
  const check = `check build/dompurify-html-only.js against this DOMPurify.`;
  const lists = new Map([...code.matchAll(LISTS)].map(([, name, items]) => [name, names(items)]));
  if (lists.size !== NAMES.length) {
    fail(`expected DOMPurify's svg and mathMl attribute and tag lists (${NAMES.length}), found ${[...lists.keys()].join(', ') || 'none'}; ${check}`);
    return code;
  }
  const common = new Set(names(code.match(COMMON)?.[1] ?? ''));
  const html = names(code.match(HTML_TAGS)?.[1] ?? '');
  if (!common.size || !html.length) fail(`expected DOMPurify's html$1 tags and COMMON_SVG_AND_HTML_ELEMENTS; ${check}`);
  const shared = html.filter((tag) => !common.has(tag) && TAG_LISTS.some((list) => lists.get(list).includes(tag)));
  if (shared.length) fail(`HTML tags also on an SVG or MathML list would pass its namespace check once emptied: ${shared.join(', ')}; ${check}`);
  return code.replace(LISTS, 'const $1 = freeze([]);');
}

export const dompurifyHtmlOnly = () =>
  checkedTransform({
    name: 'dompurify-html-only',
    file: /node_modules\/dompurify\//,
    needs: (code) => {
      const match = OTHER_PROFILE.exec(code);
      return match && `enables DOMPurify's ${match[1]} profile, whose lists build/dompurify-html-only.js empties: remove that plugin from build/shapes.js first.`;
    },
    rewrite: withoutSvgAndMathMl,
  });
