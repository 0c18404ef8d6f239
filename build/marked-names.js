// The property names only marked's own code uses (`codeRemoveIndent`, `inRawBlock`, `emStrongLDelim`,
// `startInline` … about 120 of them), for terser to mangle as it mangles Lit's `_$` names
// (−0.7 KB gzipped). In the bundle no code outside marked can reach a Marked instance, its lexer,
// rules or tokens, so a name that nothing else mentions can be renamed throughout. Kept are:
// - every name that appears in any other source of the bundle (ours, Lit, DOMPurify), in code or
//   comment: that covers all that our extension, tokenizer and renderer read from marked or
//   hand to it;
// - every property name of JavaScript's built-ins (marked calls `charAt`, `exec`, reads `index`…);
// - every word of marked's string literals: names it reaches by computed key (hook names,
//   `["options","rules","lexer"]`) and names in its messages.
import { runInNewContext } from 'node:vm';
import ts from 'typescript';

const MARKED = /node_modules\/marked\//;

/**
 * The names to mangle in a bundle, read from its source map (`sources` and `sourcesContent`):
 * none if the bundle holds no marked. Throws if marked's code no longer looks as expected.
 */
export function markedNames(map) {
  const index = map.sources.findIndex((source) => MARKED.test(source));
  if (index < 0) return [];
  const elsewhere = map.sourcesContent.filter((_, i) => i !== index).join('\n');
  const word = (name) => new RegExp(`(^|[^\\w$])${name.replace(/\$/g, '\\$')}($|[^\\w$])`);
  return internalNames(map.sourcesContent[index]).filter((name) => !word(name).test(elsewhere));
}

/** Property names in marked's `code` that are neither built-in names nor words of its strings. */
export function internalNames(code) {
  const file = ts.createSourceFile('marked.js', code, ts.ScriptTarget.Latest, true);
  const names = new Set();
  const words = new Set();
  const visit = (node) => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.name)) names.add(node.name.text);
    if (
      (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node) || ts.isMethodDeclaration(node) ||
        ts.isPropertyDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node)) &&
      ts.isIdentifier(node.name)
    ) {
      names.add(node.name.text);
    }
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      for (const w of node.text.split(/[^\w$]+/)) words.add(w);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  const builtIn = builtInNames();
  const internal = [...names].filter((name) => name.length > 1 && !builtIn.has(name) && !words.has(name));
  // The pattern table every block and inline rule reads from: if it is gone, marked has changed.
  if (!internal.includes('codeRemoveIndent')) {
    throw new Error("build/marked-names.js: marked's rules.other.codeRemoveIndent is gone; check this plugin against this marked");
  }
  return internal;
}

/**
 * Every property name of JavaScript's built-ins (read in a fresh context: the language's globals,
 * not Node's), their prototypes, and the objects they make (match results, errors, iterator results).
 */
function builtInNames() {
  return new Set(
    runInNewContext(`
      const names = new Set();
      const add = (value) => {
        for (let o = value; o && (typeof o === 'object' || typeof o === 'function'); o = Object.getPrototypeOf(o)) {
          for (const name of Object.getOwnPropertyNames(o)) names.add(name);
        }
      };
      for (const name of Object.getOwnPropertyNames(globalThis)) {
        names.add(name);
        add(globalThis[name]);
        if (typeof globalThis[name] === 'function') add(globalThis[name].prototype);
      }
      for (const made of [/(?<g>a)/.exec('a'), new Error('x', { cause: 1 }), [].values().next(), function f() {}, /a/g]) add(made);
      [...names];
    `),
  );
}
