// The check behind terser's `unsafe_arrows` in build/terser-pass.js: that option turns function
// expressions that do not use `this` or `arguments` into arrow functions, which cannot be
// constructed and have no `prototype`. This lists, in a bundle about to be minified, every
// `new X` or `X.prototype` where X is a function expression (directly, or the one a variable or
// assignment binds to X): the build fails on any. (ES2015+ code constructs classes instead.)
import ts from 'typescript';

export function constructedFunctionExpressions(code) {
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, true);
  const host = {
    ...ts.createCompilerHost({}),
    getSourceFile: (name) => (name === 'bundle.js' ? file : undefined),
    fileExists: (name) => name === 'bundle.js',
    readFile: () => code,
    writeFile: () => {},
  };
  const checker = ts.createProgram(['bundle.js'], { allowJs: true, noLib: true, noResolve: true }, host).getTypeChecker();
  const isFunctionExpression = (node) => {
    const inner = node && ts.isParenthesizedExpression(node) ? node.expression : node;
    return !!inner && ts.isFunctionExpression(inner);
  };
  // The names a function expression is bound to: `var X = function…`, `X = function…`.
  const bound = new Set();
  const collect = (node) => {
    if (ts.isVariableDeclaration(node) && isFunctionExpression(node.initializer)) {
      bound.add(checker.getSymbolAtLocation(node.name));
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isIdentifier(node.left) && isFunctionExpression(node.right)) {
      bound.add(checker.getSymbolAtLocation(node.left));
    }
    ts.forEachChild(node, collect);
  };
  collect(file);
  const found = [];
  const check = (node) => {
    const target = ts.isNewExpression(node)
      ? node.expression
      : ts.isPropertyAccessExpression(node) && node.name.text === 'prototype' ? node.expression : undefined;
    if (target && (isFunctionExpression(target) || (ts.isIdentifier(target) && bound.has(checker.getSymbolAtLocation(target))))) {
      found.push(node.getText(file).slice(0, 80));
    }
    ts.forEachChild(node, check);
  };
  check(file);
  return found;
}
