// Vite plugin: turns Babel's lowered rest parameters in DOMPurify back into real ones.
//   function (a) { for (var _len = arguments.length, args = new Array(...), _key = 1; _key < _len; _key++) args[_key - 1] = arguments[_key]; ... }
//   → function (a, ...args) { ... }
// The oxc minifier rewrites that loop as `[...arguments].slice(1)`, which V8 runs several times
// slower; DOMPurify calls such wrappers (unapply) for every node and attribute it sanitizes.
// Anything that is not exactly this pattern is left alone.
const LOOP =
  /function\s*(\w*)\s*\(([^()]*)\)\s*\{\s*for\s*\(var (\w+) = arguments\.length, (\w+) = new Array\([^;]*?\), (\w+) = (\d+); \5 < \3; \5\+\+\) \4\[\5(?: - \d+)?\] = arguments\[\5\];/g;

export function restParams() {
  return {
    name: 'rest-params',
    apply: 'build',
    transform(code, id) {
      if (!/node_modules\/dompurify\//.test(id) || !code.includes('arguments.length,')) return null;
      const out = code.replace(LOOP, (all, name, params, _len, args, _key, start) => {
        const list = params.split(',').map((p) => p.trim()).filter(Boolean);
        if (list.length !== Number(start)) return all; // not the plain pattern: leave it
        return `function ${name}(${[...list, `...${args}`].join(', ')}) {`;
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}
