// Vite plugin: DOMPurify's module stops making its default instance when it loads. Its ES build
// ends with `var purify_default = createDOMPurify();`, an instance for the page's window that
// reads a dozen DOM getters and builds its allow-lists: about a tenth of the bundle's evaluation
// on a first visit, before the reader sees anything. We never use that instance: our sanitizer
// (src/internal/markdown/sanitize.ts) calls the default export only as a factory,
// `createDOMPurify(window)`, and an instance called as a function just calls
// `createDOMPurify(root)`. So the bundle exports `createDOMPurify` itself; our instance is made
// on the first sanitize, as before. Registered for the element bundle only (vite.config.ts): the
// bench's floor keeps DOMPurify as its users get it. The build fails if our sources use the
// default export any other way, or if DOMPurify's build no longer has this shape.
import { checkedTransform } from './checked-transform.js';

const DOMPURIFY = /node_modules\/dompurify\/dist\/purify\.es\.mjs$/;
/** An instance called as a function makes a new instance: the default export is a factory. */
const INSTANCE_IS_FACTORY = /\nfunction createDOMPurify\(\) \{\n[^\n]*\n\tconst DOMPurify = \(root\) => createDOMPurify\(root\);\n/;
const DEFAULT_INSTANCE = /\nvar purify_default = createDOMPurify\(\);\nexport \{ purify_default as default \};\n/;

export const dompurifyFactoryOnly = () =>
  checkedTransform({
    name: 'dompurify-factory-only',
    file: DOMPURIFY,
    needs: (code) => {
      const problem = notOnlyFactoryCalls(code);
      return problem && `${problem}, but build/dompurify-factory-only.js makes DOMPurify's default export the bare factory: call it as a function, or remove that plugin from vite.config.ts.`;
    },
    rewrite: withoutDefaultInstance,
  });

/**
 * What a module does with DOMPurify other than import its default export and call it (or name
 * its type with `typeof`), or undefined if nothing.
 */
export function notOnlyFactoryCalls(code) {
  const imports = [...code.matchAll(/^import\s+(.*?)\s+from\s+'dompurify(?:\/[^']*)?';/gms)];
  for (const [, clause] of imports) {
    const name = /^(\w+)$/.exec(clause.trim())?.[1];
    if (!name) return `imports \`${clause.trim()}\` from dompurify`;
    const rest = imports.reduce((text, [statement]) => text.replace(statement, ''), code);
    for (const use of rest.matchAll(new RegExp(`(typeof\\s+)?(?<![\\w.$])${name}\\b(?!\\s*\\()`, 'g'))) {
      if (!use[1]) return `uses DOMPurify's default export as \`${name}\` without calling it`;
    }
  }
  return undefined;
}

/** DOMPurify's ES build exporting `createDOMPurify`; calls `fail` if its shape is not the expected one. */
export function withoutDefaultInstance(code, fail) {
  if (!INSTANCE_IS_FACTORY.test(code)) {
    fail("expected `function createDOMPurify()` whose instances are `(root) => createDOMPurify(root)`; check build/dompurify-factory-only.js against this DOMPurify.");
  }
  const found = code.match(new RegExp(DEFAULT_INSTANCE.source, 'g')) ?? [];
  if (found.length !== 1) {
    fail(`expected DOMPurify's default instance \`var purify_default = createDOMPurify();\` and its export once, found ${found.length}; check build/dompurify-factory-only.js against this DOMPurify.`);
  }
  return code.replace(DEFAULT_INSTANCE, '\nexport { createDOMPurify as default };\n');
}
