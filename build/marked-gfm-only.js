// Vite plugin: removes from marked's build what our one Marked instance never runs.
// - The rule sets for the `pedantic` and `breaks` options, and the `normal` rules that the `gfm`
//   set overrides: src/internal/markdown makes its own Marked with `gfm: true` and neither other
//   option, and the bundle exposes no marked API, so marked only ever reads its `gfm` rules
//   (built on the `normal` ones). Rules are built from regex sources at load time, which the
//   bundler cannot drop by itself.
// - marked's default instance (`marked()`, `marked.use()`, `marked.setOptions()` …) and its
//   exports: we import only the `Marked` class;
// - the Marked class's members that only expose marked's API (`lexer`, `parser`, `setOptions`,
//   `parseInline`, `Lexer`, `Hooks` …), `walkTokens`, and its async and `silent` paths (in
//   `parse`, the hook wrappers and `onError`): our module-private instance, made with
//   `async: false`, no `walkTokens` and `silent` off, is only ever asked to `parse`;
// - and, as `this.options.pedantic`, `.breaks` and `.silent` are false for that instance, they
//   are written as `false`, so the minifier drops the branches they guard.
// Each removed name is checked, through TypeScript's binder, to have no reference left in the
// code that stays; the build fails if marked's build no longer has these shapes, if anything
// still refers to a removed name, or if our sources turn an option on (or gfm off), give
// walkTokens or use a removed member.
import { checkedTransform } from './checked-transform.js';
import ts from 'typescript';

const MARKED = /node_modules\/marked\/lib\/marked\.esm\.js$/;
/** Marked's members that only give access to marked's API (classes, options, lexer and parser alone). */
const API_MEMBERS = ['options', 'parseInline', 'Parser', 'Renderer', 'TextRenderer', 'Lexer', 'Tokenizer', 'Hooks', 'setOptions', 'lexer', 'parser'];
/** Removed with the `walkTokens` option, which our sources never give. */
const WALK_TOKENS = /\bwalkTokens\b/;
const OPTION_ON = /\b(pedantic|breaks|async|silent)\s*:(?!\s*false\b)|\b(gfm)\s*:(?!\s*true\b)/;
// In a module that makes a Marked: a use of one of the members removed below (`this.parser` is a renderer's).
const API_USE = new RegExp(`(?<![\\w.])(?!this\\b)\\w+\\.(${API_MEMBERS.join('|')})\\b`);

const REMOVE_PLUGIN = 'remove that plugin from build/shapes.js first.';

export const markedGfmOnly = () =>
  checkedTransform({
    name: 'marked-gfm-only',
    file: MARKED,
    needs: (code) => {
      // Options and extensions reach marked only from modules that import it (types included).
      if (!/ from 'marked'/.test(code)) return undefined;
      const option = OPTION_ON.exec(code);
      if (option) return `sets marked's ${option[1] ?? option[2]} option, whose code build/marked-gfm-only.js removes: ${REMOVE_PLUGIN}`;
      if (WALK_TOKENS.test(code)) return `uses marked's walkTokens, which build/marked-gfm-only.js removes: ${REMOVE_PLUGIN}`;
      const use = /import \{[^}]*\bMarked\b[^}]*\} from 'marked'/.test(code) && API_USE.exec(code);
      return use && `uses ${use[0]}, which build/marked-gfm-only.js removes from the Marked class: ${REMOVE_PLUGIN}`;
    },
    rewrite: (code, fail) => {
      try {
        return gfmOnly(code);
      } catch (error) {
        fail(`${error.message} (build/marked-gfm-only.js no longer fits this marked).`);
        return code;
      }
    },
  });

/** marked's ES build without the pedantic and breaks rules and without the default instance. */
export function gfmOnly(code) {
  const program = ts.createProgram(['marked.js'], { allowJs: true, noLib: true, noResolve: true }, {
    ...ts.createCompilerHost({}),
    getSourceFile: (name) => (name === 'marked.js' ? ts.createSourceFile(name, code, ts.ScriptTarget.Latest, true) : undefined),
    fileExists: (name) => name === 'marked.js',
    readFile: () => code,
    writeFile: () => {},
  });
  const file = program.getSourceFile('marked.js');
  const checker = program.getTypeChecker();
  const cuts = []; // [start, end, replacement = ''] ranges of text
  const inCut = (node) => cuts.some(([s, e]) => node.getStart(file) >= s && node.getEnd() <= e);
  const removed = []; // declarations whose names must have no reference left

  // The rule tables: `{normal, gfm, pedantic}` for blocks, `{normal, gfm, breaks, pedantic}` inline.
  const tables = [];
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const keys = node.properties.map((p) => p.name?.getText(file)).sort().join();
      if (keys === 'gfm,normal,pedantic' || keys === 'breaks,gfm,normal,pedantic') tables.push(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (tables.length !== 2) throw new Error(`expected the two rule tables, found ${tables.length}`);
  for (const table of tables) {
    const entries = table.properties.filter((p) => /^(pedantic|breaks)$/.test(p.name.getText(file)));
    for (const entry of entries) {
      if (!ts.isPropertyAssignment(entry) || !ts.isIdentifier(entry.initializer)) {
        throw new Error(`rule table entry ${entry.getText(file)} is not a name`);
      }
      removed.push(declarationOf(entry.initializer, checker, file));
    }
    cuts.push(...listCuts(table.properties, entries, file));
  }
  // A gfm rule set is `{...normal, key: …}`: the normal rules it overrides are never read.
  const dropped = [];
  for (const table of tables) {
    const [normal, gfm] = ['normal', 'gfm'].map((key) => {
      const entry = table.properties.find((p) => p.name.getText(file) === key);
      const declaration = entry && ts.isPropertyAssignment(entry) && ts.isIdentifier(entry.initializer) &&
        declarationOf(entry.initializer, checker, file);
      if (!declaration || !declaration.initializer || !ts.isObjectLiteralExpression(declaration.initializer)) {
        throw new Error(`the ${key} rule set is not an object literal`);
      }
      return declaration;
    });
    const [base, ...own] = gfm.initializer.properties;
    if (!base || !ts.isSpreadAssignment(base) || base.expression.getText(file) !== normal.name.getText(file)) {
      throw new Error('a gfm rule set does not start with its normal one');
    }
    const overridden = new Set(own.map((p) => p.name?.getText(file)));
    const entries = normal.initializer.properties.filter((p) => ts.isPropertyAssignment(p) && overridden.has(p.name.getText(file)));
    dropped.push(...entries);
    cuts.push(...listCuts(normal.initializer.properties, entries, file));
  }
  // Then the rules only those sets used (built with marked's regex `edit` helper, no side effect).
  const references = referencesBySymbol(file, checker);
  const isRuleChain = ruleChainTest(file, checker);
  const ruleDeclarations = file.statements
    .filter(ts.isVariableStatement)
    .flatMap((s) => [...s.declarationList.declarations])
    .filter((d) => d.initializer && isRuleChain(d.initializer));
  const unused = (d) => {
    const outside = (node) =>
      ![...removed, ...dropped].some((r) => node.getStart(file) >= r.getStart(file) && node.getEnd() <= r.getEnd());
    return (references.get(checker.getSymbolAtLocation(d.name)) ?? []).filter(outside).length === 0;
  };
  for (let more = true; more; ) {
    const next = ruleDeclarations.filter((d) => !removed.includes(d) && unused(d));
    removed.push(...next);
    more = next.length > 0;
  }
  for (const list of new Set(removed.map((d) => d.parent))) {
    cuts.push(...listCuts(list.declarations, list.declarations.filter((d) => removed.includes(d)), file));
  }

  // The default instance: `var v = new Marked;` and every statement after it up to the exports.
  const statements = file.statements;
  const exports = statements.at(-1);
  if (!exports || !ts.isExportDeclaration(exports) || !exports.exportClause) throw new Error('no export list at the end');
  const markedClass = exports.exportClause.elements.find((e) => e.name.text === 'Marked');
  if (!markedClass) throw new Error('no Marked export');
  const start = statements.findIndex(
    (s) =>
      ts.isVariableStatement(s) &&
      s.declarationList.declarations.length === 1 &&
      s.declarationList.declarations[0].initializer &&
      ts.isNewExpression(s.declarationList.declarations[0].initializer) &&
      s.declarationList.declarations[0].initializer.expression.getText(file) === (markedClass.propertyName ?? markedClass.name).text,
  );
  if (start < 0) throw new Error('no default instance `new Marked`');
  const tail = statements.slice(start, -1);
  cuts.push([tail[0].getFullStart(), tail.at(-1).getEnd()]);
  for (const statement of tail) {
    if (ts.isVariableStatement(statement)) removed.push(...statement.declarationList.declarations);
    else if (ts.isFunctionDeclaration(statement)) removed.push(statement);
    else if (!ts.isExpressionStatement(statement)) throw new Error(`unexpected statement ${statement.getText(file).slice(0, 40)}`);
  }
  const removedSymbols = new Set(removed.map((d) => checker.getSymbolAtLocation(d.name)));
  const keptExports = exports.exportClause.elements.filter(
    (e) => !removedSymbols.has(checker.getSymbolAtLocation(e.propertyName ?? e.name)),
  );
  const list = keptExports.map((e) => e.getText(file)).join(',');
  cuts.push([exports.getStart(file), exports.getEnd(), `export{${list}};`]);

  // The Marked class: members that only expose marked's API (our instance is only ever asked to
  // `parse`), and `parse`'s async path (our instance is made with `async: false`).
  const classDeclaration = declarationOf(markedClass.propertyName ?? markedClass.name, checker, file);
  const markedClassNode = classDeclaration.initializer;
  if (!markedClassNode || !ts.isClassExpression(markedClassNode)) throw new Error('Marked is not a class expression');
  const apiMembers = markedClassNode.members.filter((m) => m.name && API_MEMBERS.includes(m.name.getText(file)));
  if (apiMembers.length !== API_MEMBERS.length) {
    throw new Error(`expected the Marked members ${API_MEMBERS.join(', ')}, found ${apiMembers.map((m) => m.name.getText(file)).join(', ')}`);
  }
  for (const member of apiMembers) cuts.push([member.getStart(file), member.getEnd()]);
  // walkTokens: the method, where `use` takes the option, and where `parse` calls it.
  const walkMember = markedClassNode.members.find((m) => m.name?.getText(file) === 'walkTokens');
  if (!walkMember || !ts.isMethodDeclaration(walkMember)) throw new Error('no walkTokens method on Marked');
  cuts.push([walkMember.getStart(file), walkMember.getEnd()]);
  const walkCuts = [];
  const findWalk = (node) => {
    const isWalkOption = (e) => ts.isPropertyAccessExpression(e) && e.name.text === 'walkTokens' && e.expression.kind !== ts.SyntaxKind.ThisKeyword;
    // `if (extension.walkTokens) { … }` in `use`
    if (ts.isIfStatement(node) && !node.elseStatement && isWalkOption(node.expression)) {
      walkCuts.push([node.getStart(file), node.getEnd()]);
      return;
    }
    // `…, options.walkTokens && this.walkTokens(tokens, options.walkTokens)` in `parse`
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.CommaToken &&
      ts.isBinaryExpression(node.right) && node.right.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      isWalkOption(node.right.left)) {
      walkCuts.push([node.left.getEnd(), node.getEnd()]);
    }
    ts.forEachChild(node, findWalk);
  };
  findWalk(markedClassNode);
  if (walkCuts.length !== 2) throw new Error(`expected walkTokens in use and in parse, found ${walkCuts.length} places`);
  cuts.push(...walkCuts);
  // The async paths: `if (…, options.async) return (async () => {…})().catch(onError);` in
  // `parse`, and `if (hooks.options.async [&& …]) return (async () => {…})();` in the hooks `use`
  // wraps. With `async: false` they never run; what runs before the test stays.
  const asyncPaths = [];
  const isAsyncOption = (e) => ts.isPropertyAccessExpression(e) && e.name.text === 'async';
  const findAsyncPath = (node) => {
    if (ts.isIfStatement(node) && !node.elseStatement && ts.isReturnStatement(node.thenStatement) &&
      /^\(async\s*\(\)\s*=>/.test(node.thenStatement.expression?.getText(file) ?? '')) {
      const test = node.expression;
      const op = ts.isBinaryExpression(test) ? test.operatorToken.kind : undefined;
      if (isAsyncOption(test)) asyncPaths.push([node, '']);
      else if (op === ts.SyntaxKind.AmpersandAmpersandToken && isAsyncOption(test.left)) asyncPaths.push([node, '']);
      else if (op === ts.SyntaxKind.CommaToken && isAsyncOption(test.right)) asyncPaths.push([node, `${test.left.getText(file)};`]);
      else throw new Error(`unexpected async test ${test.getText(file).slice(0, 60)}`);
    }
    ts.forEachChild(node, findAsyncPath);
  };
  findAsyncPath(markedClassNode);
  if (asyncPaths.length !== 3) throw new Error(`expected three async paths in Marked, found ${asyncPaths.length}`);
  for (const [statement, before] of asyncPaths) cuts.push([statement.getStart(file), statement.getEnd(), before]);
  // …and `parse`'s refusal of `async: false` after an extension set `async: true` (none does).
  const asyncRefusals = [];
  const findAsyncRefusal = (node) => {
    if (ts.isIfStatement(node) && !node.elseStatement && /async option was set to true/.test(node.thenStatement.getText(file)) &&
      /^[\w.]+\.async\s*===\s*(!0|true)\s*&&\s*[\w.]+\.async\s*===\s*(!1|false)$/.test(node.expression.getText(file))) {
      asyncRefusals.push(node);
    }
    ts.forEachChild(node, findAsyncRefusal);
  };
  findAsyncRefusal(markedClassNode);
  if (asyncRefusals.length !== 1) throw new Error(`expected one async refusal in Marked's parse, found ${asyncRefusals.length}`);
  cuts.push([asyncRefusals[0].getStart(file), asyncRefusals[0].getEnd()]);
  // …and, in `onError`, the `silent` option's HTML error page and the async rejection: errors
  // are thrown (our instance leaves `silent` off), still with marked's note appended.
  const onError = markedClassNode.members.find((m) => m.name?.getText(file) === 'onError');
  const errorPaths = [];
  const findErrorPaths = (node) => {
    if (ts.isIfStatement(node) && !node.elseStatement) {
      const then = node.thenStatement.getText(file);
      const test = node.expression;
      if (/An error occurred/.test(then) && ts.isBinaryExpression(test) && test.operatorToken.kind === ts.SyntaxKind.CommaToken &&
        ts.isIdentifier(test.right)) {
        errorPaths.push([node, `${test.left.getText(file)};`]);
      } else if (/^return Promise\.reject\(\w+\);?$/.test(then) && ts.isIdentifier(test)) {
        errorPaths.push([node, '']);
      }
    }
    ts.forEachChild(node, findErrorPaths);
  };
  if (onError) findErrorPaths(onError);
  if (errorPaths.length !== 2) throw new Error(`expected the silent and async paths in Marked's onError, found ${errorPaths.length}`);
  for (const [statement, before] of errorPaths) cuts.push([statement.getStart(file), statement.getEnd(), before]);
  // Nothing that stays may use a removed member.
  const thisUses = [];
  const findThisUses = (node) => {
    if (ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword &&
      [...API_MEMBERS, 'walkTokens'].includes(node.name.text) && !inCut(node)) {
      thisUses.push(node.getText(file));
    }
    ts.forEachChild(node, findThisUses);
  };
  findThisUses(markedClassNode);
  if (thisUses.length) throw new Error(`Marked still uses ${thisUses.join(', ')}`);

  // What is left reads `this.options.pedantic`, `.breaks` and `.silent` to pick a path: they are
  // false for our instance, written as such, so the minifier drops the paths that never run.
  const folded = [];
  const fold = (node) => {
    if (ts.isPropertyAccessExpression(node) && /^(pedantic|breaks|silent)$/.test(node.name.text) &&
      ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'options' &&
      node.expression.expression.kind === ts.SyntaxKind.ThisKeyword && !inCut(node)) {
      const parent = node.parent;
      if (ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
        parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
        throw new Error(`marked assigns ${node.getText(file)}`);
      }
      folded.push([node.getStart(file), node.getEnd(), 'false']);
    }
    ts.forEachChild(node, fold);
  };
  fold(file);
  if (folded.length < 10) throw new Error(`expected marked to read this.options.pedantic often, found ${folded.length} reads`);
  cuts.push(...folded);

  // Nothing that stays may refer to a removed name.
  const check = (node) => {
    if (ts.isIdentifier(node) && !inCut(node) && removedSymbols.has(checker.getSymbolAtLocation(node))) {
      throw new Error(`${node.text} is removed but still used at ${node.getStart(file)}`);
    }
    ts.forEachChild(node, check);
  };
  check(file);

  cuts.sort((a, b) => a[0] - b[0]);
  if (cuts.some(([start], i) => i > 0 && start < cuts[i - 1][1])) throw new Error('overlapping cuts');
  let out = code;
  for (const [s, e, text = ''] of cuts.reverse()) out = out.slice(0, s) + text + out.slice(e);
  return out;
}

/**
 * Ranges that remove `items` from a comma-separated `list`, each with the comma that joins it to
 * the item before it (the leading items with the comma after them).
 */
function listCuts(list, items, file) {
  const firstKept = list.findIndex((item) => !items.includes(item));
  if (firstKept < 0) throw new Error('cannot remove every item of a list');
  const cuts = firstKept > 0 ? [[list[0].getStart(file), list[firstKept].getStart(file)]] : [];
  list.forEach((item, i) => {
    if (i > firstKept && items.includes(item)) cuts.push([list[i - 1].getEnd(), item.getEnd()]);
  });
  return cuts;
}

/** Every identifier that refers to each symbol (declarations included). */
function referencesBySymbol(file, checker) {
  const references = new Map();
  const visit = (node) => {
    if (ts.isIdentifier(node)) {
      const symbol = checker.getSymbolAtLocation(node);
      if (symbol) references.set(symbol, [...(references.get(symbol) ?? []), node]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  for (const [symbol, nodes] of references) {
    references.set(symbol, nodes.filter((node) => node !== symbol.valueDeclaration?.name));
  }
  return references;
}

/**
 * Whether an expression is `edit(source, flags).replace(…)….getRegex()` with marked's `edit`
 * helper (the function that returns `{ replace, getRegex }`) and plain arguments, or a call of an
 * arrow function that returns one: it only builds a regex, so dropping it when unused changes
 * nothing else.
 */
function ruleChainTest(file, checker) {
  const isEdit = (callee) => {
    const declaration = ts.isIdentifier(callee) && checker.getSymbolAtLocation(callee)?.valueDeclaration;
    if (!declaration || !ts.isFunctionDeclaration(declaration)) return false;
    const text = declaration.getText(file);
    return /\breplace:/.test(text) && /\bgetRegex:/.test(text);
  };
  const plain = (arg) =>
    ts.isIdentifier(arg) || ts.isStringLiteralLike(arg) || ts.isRegularExpressionLiteral(arg) ||
    (ts.isPropertyAccessExpression(arg) && ts.isIdentifier(arg.expression));
  const chain = (node) => {
    if (!ts.isCallExpression(node) || !node.arguments.every(plain)) return false;
    if (ts.isPropertyAccessExpression(node.expression) && /^(replace|getRegex)$/.test(node.expression.name.text)) {
      return chain(node.expression.expression);
    }
    return isEdit(node.expression);
  };
  const isRuleChain = (node) => ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === 'getRegex' && chain(node);
  // `makeRule(regex)` where `makeRule = (x) => edit(…)….getRegex()`.
  const isRuleMaker = (callee) => {
    const declaration = ts.isIdentifier(callee) && checker.getSymbolAtLocation(callee)?.valueDeclaration;
    const f = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer;
    return !!f && ts.isArrowFunction(f) && !ts.isBlock(f.body) && isRuleChain(f.body);
  };
  return (node) => isRuleChain(node) || (ts.isCallExpression(node) && node.arguments.every(plain) && isRuleMaker(node.expression));
}

function declarationOf(identifier, checker, file) {
  const declaration = checker.getSymbolAtLocation(identifier)?.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration)) {
    throw new Error(`${identifier.getText(file)} is not declared as a variable`);
  }
  return declaration;
}
