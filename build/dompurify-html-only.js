// Vite plugin: empties DOMPurify's SVG and MathML *attribute* allowlists in the bundle (−1.0 KB
// gzipped). Our sanitizer allows the HTML profile only (`USE_PROFILES: { html: true }` in the
// markdown module), so DOMPurify never reads those two lists: they feed only its default
// allowlist (used when a config names no profile and no ALLOWED_ATTR) and the svg, svgFilters
// and mathMl profiles. An emptied allowlist can only make sanitizing stricter, never looser.
// The build fails if our sources ever enable one of those profiles, which would need the lists.
// If DOMPurify's build no longer holds exactly these two declarations, the build fails: look again.
import { sourceFiles } from './source-files.js';

const LISTS = /const (svg|mathMl) = freeze\(\[[^\]]*\]\);/g;
const OTHER_PROFILE = /\b(svg|svgFilters|mathMl)\s*:\s*true\b/;

export function dompurifyHtmlOnly() {
  let root = '.';
  return {
    name: 'dompurify-html-only',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      for (const { file, code } of sourceFiles(root)) {
        const match = OTHER_PROFILE.exec(code);
        if (match) {
          this.error(`src/${file} enables DOMPurify's ${match[1]} profile, whose attribute list build/dompurify-html-only.js empties: remove that plugin from build/shapes.js first.`);
        }
      }
    },
    transform(code, id) {
      if (!/node_modules\/dompurify\//.test(id)) return null;
      const found = code.match(LISTS) ?? [];
      if (found.length !== 2) {
        this.error(`${id}: expected DOMPurify's svg and mathMl attribute lists (2), found ${found.length}; check build/dompurify-html-only.js against this DOMPurify.`);
      }
      return { code: code.replace(LISTS, 'const $1 = freeze([]);'), map: null };
    },
  };
}
