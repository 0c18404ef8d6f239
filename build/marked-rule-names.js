// The names of marked's helper patterns (`rules.other`: `codeRemoveIndent`, `blockquoteSetextReplace`
// … 65 of them), for terser to mangle as it mangles Lit's `_$` names (−0.4 KB gzipped). marked
// reads them only as `rules.other.name` and never by a computed key, and in the bundle no code
// outside marked can reach a Marked instance's rules. A name that also appears in any other source
// of the bundle (ours, Lit, DOMPurify) is left alone, so no property of anything else is renamed.
import ts from 'typescript';

const MARKED = /node_modules\/marked\//;

/**
 * The names to mangle in a bundle, read from its source map (`sources` and `sourcesContent`):
 * none if the bundle holds no marked. Throws if marked no longer has an `other` rule table.
 */
export function markedRuleNames(map) {
  const index = map.sources.findIndex((source) => MARKED.test(source));
  if (index < 0) return [];
  const names = otherRuleNames(map.sourcesContent[index]);
  const elsewhere = map.sourcesContent.filter((_, i) => !MARKED.test(map.sources[i])).join('\n');
  return names.filter((name) => !new RegExp(`\\b${name}\\b`).test(elsewhere));
}

/** The keys of the object the Lexer hands to the tokenizer as `rules.other`. */
export function otherRuleNames(code) {
  const file = ts.createSourceFile('marked.js', code, ts.ScriptTarget.Latest, true);
  const rulesObjects = [];
  const tables = new Map();
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const keys = node.properties.map((p) => p.name?.getText(file));
      if (keys.join() === 'other,block,inline') rulesObjects.push(node);
    }
    if (ts.isVariableDeclaration(node) && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      tables.set(node.name.getText(file), node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  const other = rulesObjects.map((o) => o.properties[0].initializer?.getText(file));
  if (other.length !== 1 || !tables.has(other[0])) {
    throw new Error(`build/marked-rule-names.js: marked's {other, block, inline} rules object not found (${other.length}); check it against this marked`);
  }
  if (/\.other\[|\bother\s*\)/.test(code)) {
    throw new Error("build/marked-rule-names.js: marked reads rules.other by computed key or passes it on; its names cannot be mangled");
  }
  const names = tables.get(other[0]).properties.map((p) => {
    if (!ts.isPropertyAssignment(p) || !ts.isIdentifier(p.name)) {
      throw new Error(`build/marked-rule-names.js: unexpected entry ${p.getText(file).slice(0, 40)} in marked's rules.other`);
    }
    return p.name.text;
  });
  if (names.length < 40) throw new Error(`build/marked-rule-names.js: only ${names.length} names in marked's rules.other`);
  return names;
}
