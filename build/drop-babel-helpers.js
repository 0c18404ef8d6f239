// Vite plugin: removes Babel helpers DOMPurify's ES build carries but does not need in 2022 browsers.
// - The AsyncGenerator helper is never called, but it assigns to its prototype at module level,
//   so the bundler must keep it (≈ 0.3 KB gzipped).
// - `_slicedToArray(entry, 2)` destructures the [key, value] arrays of Object.entries(), which are
//   real arrays; without that one call, the helper chain behind it is dropped as unused.
// Anything that is not exactly these shapes is left alone (and the size check shows it).
const ASYNC_GENERATOR =
  /function AsyncGenerator\(e\) \{[\s\S]*?AsyncGenerator\.prototype\.return = function\(e\) \{\s*return this\._invoke\("return", e\);\s*\};/;
const SLICED = /_slicedToArray\((_ref\d+), 2\)/g;

export function dropBabelHelpers() {
  return {
    name: 'drop-babel-helpers',
    apply: 'build',
    transform(code, id) {
      if (!/node_modules\/dompurify\//.test(id)) return null;
      const out = code.replace(ASYNC_GENERATOR, '').replace(SLICED, '$1');
      return out === code ? null : { code: out, map: null };
    },
  };
}
