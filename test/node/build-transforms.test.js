// The build's rewrites of marked's and DOMPurify's code (build/marked-gfm-only.js,
// build/dompurify-html-only.js): what they remove, and that marked still renders the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gfmOnly } from '../../build/marked-gfm-only.js';
import { dompurifyHtmlOnly } from '../../build/dompurify-html-only.js';
import { internalNames } from '../../build/marked-names.js';
import { minify } from 'terser';

const root = new URL('../../', import.meta.url);
const markedSource = readFileSync(new URL('node_modules/marked/lib/marked.esm.js', root), 'utf8');

/** A body through every markdown rule, with raw and hostile HTML (shared with test/package/bundle-markdown.test.ts). */
const MARKDOWN = readFileSync(new URL('test/fixtures/every-markdown-rule.md', root), 'utf8');

async function importCode(code) {
  const dir = mkdtempSync(join(tmpdir(), 'marked-gfm-only-'));
  const file = join(dir, 'marked.js');
  writeFileSync(file, code);
  return import(pathToFileURL(file).href);
}
const importTransformed = () => importCode(gfmOnly(markedSource));

test('marked without its pedantic, breaks and overridden normal rules renders gfm markdown exactly as before', async () => {
  const original = await import(new URL('node_modules/marked/lib/marked.esm.js', root).href);
  const transformed = await importTransformed();
  const options = { gfm: true, async: false };
  const expected = new original.Marked(options).parse(MARKDOWN);
  assert.match(expected, /<table>/);
  assert.match(expected, /<del>no<\/del>/);
  assert.equal(new transformed.Marked(options).parse(MARKDOWN), expected);
});

test('marked loses its default instance, its API beyond parse, and the pedantic and breaks rule sets', async () => {
  const transformed = await importTransformed();
  assert.equal(transformed.marked, undefined);
  assert.equal(typeof transformed.Marked, 'function');
  // The Marked API beyond parse, walkTokens, and parse's async path are gone.
  const instance = new transformed.Marked({ async: false });
  for (const member of ['lexer', 'parser', 'setOptions', 'parseInline', 'Lexer', 'Hooks', 'walkTokens']) assert.equal(instance[member], undefined, member);
  assert.equal(instance.parse('*a*'), '<p><em>a</em></p>\n');
  // Errors are still thrown, with marked's note, as stock marked throws them without `silent`.
  assert.throws(() => instance.parse(null), /input parameter is undefined or null\nPlease report this/);
  assert.deepEqual(Object.keys(transformed.Lexer.rules.block).sort(), ['gfm', 'normal']);
  assert.deepEqual(Object.keys(transformed.Lexer.rules.inline).sort(), ['gfm', 'normal']);
  // The normal rules the gfm ones replace are gone; the gfm set still has them all.
  const { normal, gfm } = transformed.Lexer.rules.inline;
  assert.equal(normal.emStrongLDelim, undefined);
  assert.ok(gfm.emStrongLDelim instanceof RegExp && gfm.text instanceof RegExp && gfm.url instanceof RegExp);
  const out = gfmOnly(markedSource);
  assert.ok(out.length < markedSource.length - 1500, `only ${markedSource.length - out.length} characters removed`);
});

test('marked-gfm-only says what no longer fits when marked changes shape', () => {
  const changed = markedSource.replace(/pedantic:(\w+)\}/, 'pedantic:$1,extra:1}');
  assert.throws(() => gfmOnly(changed), /expected the two rule tables, found 1/);
});

test('marked with its internal property names mangled renders gfm markdown exactly as before', async () => {
  const names = internalNames(markedSource);
  assert.ok(names.includes('blockquoteSetextReplace') && names.includes('inRawBlock'), names.join());
  // Built-in names and names marked reaches by a string stay.
  for (const kept of ['charAt', 'index', 'lastIndex', 'preprocess', 'options', 'rules', 'lexer']) {
    assert.ok(!names.includes(kept), `${kept} is kept`);
  }
  const mangled = await minify(gfmOnly(markedSource), {
    module: true,
    mangle: { properties: { regex: new RegExp(`^(${names.join('|')})$`) } },
  });
  // (terser itself keeps the few that are also DOM property names, such as `extensions`.)
  for (const name of ['codeRemoveIndent', 'inRawBlock', 'emStrongLDelim']) {
    assert.doesNotMatch(mangled.code, new RegExp(`\\b${name}\\b`), `${name} is mangled`);
  }
  const original = await import(new URL('node_modules/marked/lib/marked.esm.js', root).href);
  const transformed = await importCode(mangled.code);
  const options = { gfm: true, async: false };
  assert.equal(new transformed.Marked(options).parse(MARKDOWN), new original.Marked(options).parse(MARKDOWN));
});

test('dompurify-html-only empties the svg and mathMl attribute and tag lists, and keeps the HTML ones', () => {
  const file = new URL('node_modules/dompurify/dist/purify.es.mjs', root);
  const code = readFileSync(file, 'utf8');
  const out = dompurifyHtmlOnly().transform(code, file.pathname).code;
  for (const list of ['svg', 'mathMl', 'svg$1', 'svgFilters', 'svgDisallowed', 'mathMl$1', 'mathMlDisallowed']) {
    assert.ok(out.includes(`const ${list} = freeze([]);`), `${list} is emptied`);
  }
  for (const list of ['html$1', 'html', 'xml', 'text']) {
    const declaration = new RegExp(`const ${list.replace('$', '\\$')} = freeze\\(\\[\\s*"`);
    assert.match(out, declaration, `${list} is still listed`);
  }
});

test('dompurify-html-only refuses a DOMPurify whose lists it cannot empty safely', () => {
  const file = new URL('node_modules/dompurify/dist/purify.es.mjs', root);
  const code = readFileSync(file, 'utf8');
  const errors = [];
  const plugin = dompurifyHtmlOnly();
  const error = (message) => errors.push(message);
  plugin.transform.call({ error }, code.replace('const svg = freeze([', 'const svgAttributes = freeze(['), file.pathname);
  assert.match(errors[0] ?? '', /expected DOMPurify's svg and mathMl attribute and tag lists \(7\), found svg\$1, .*mathMl;/);
  // An HTML-profile tag that is also an SVG tag outside the common list (a future DOMPurify).
  plugin.transform.call({ error }, code.replace('const svg$1 = freeze([', 'const svg$1 = freeze(["span", '), file.pathname);
  assert.match(errors[1] ?? '', /namespace check once emptied: span/);
});

test('the unsafe_arrows check finds function expressions that are constructed or read for their prototype', async () => {
  const { constructedFunctionExpressions } = await import('../../build/constructed-functions.js');
  const code = 'var A = function () {}; new A(); var B; B = function () {}; B.prototype.x = 1; new (function () {})(); var C = function () {}; C();';
  assert.deepEqual(constructedFunctionExpressions(code), ['new A()', 'B.prototype', 'new (function () {})()']);
  assert.deepEqual(constructedFunctionExpressions('class D {} new D(); const f = () => 1; f();'), []);
});

test('dompurify-unused-api removes the five methods we never call and keeps sanitize, setConfig and addHook', async () => {
  const { withoutUnusedApi, UNUSED } = await import('../../build/dompurify-unused-api.js');
  const code = readFileSync(new URL('node_modules/dompurify/dist/purify.es.mjs', root), 'utf8');
  const out = withoutUnusedApi(code, (message) => assert.fail(message));
  for (const name of UNUSED) assert.doesNotMatch(out, new RegExp(`DOMPurify\\.${name} =`), name);
  for (const name of ['sanitize', 'setConfig', 'addHook']) assert.match(out, new RegExp(`DOMPurify\\.${name} = function`), name);
  assert.match(out, /return DOMPurify;\n\}\nvar purify_default = createDOMPurify\(\);/);
  const failures = [];
  withoutUnusedApi(code.replace('DOMPurify.removeHooks = function', 'DOMPurify.dropHooks = function'), (m) => failures.push(m));
  assert.match(failures[0] ?? '', /found clearConfig, isValidAttribute, removeAllHooks, removeHook; check/);
});

test('marked-gfm-only stops the build when a module that imports marked turns an option on', async () => {
  const { markedGfmOnly } = await import('../../build/marked-gfm-only.js');
  const { mkdirSync } = await import('node:fs');
  const check = (source) => {
    const dir = mkdtempSync(join(tmpdir(), 'marked-gfm-only-src-'));
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src', 'md.ts'), source);
    const plugin = markedGfmOnly();
    plugin.configResolved({ root: dir });
    const errors = [];
    plugin.buildStart.call({ error: (message) => errors.push(message) });
    return errors;
  };
  assert.deepEqual(check("import { Marked } from 'marked';\nnew Marked({ gfm: true, async: false });"), []);
  assert.match(check("import { Marked } from 'marked';\nnew Marked({ pedantic: true });")[0] ?? '', /src\/md\.ts sets marked's pedantic option/);
  assert.match(check("import { Marked } from 'marked';\nnew Marked({ gfm: false });")[0] ?? '', /sets marked's gfm option/);
  assert.match(check("import { Marked } from 'marked';\nconst m = new Marked();\nm.lexer('x');")[0] ?? '', /uses m\.lexer/);
  // Modules that do not import marked may use such keys for their own objects.
  assert.deepEqual(check('export const task = { async: true, silent: true };'), []);
});

test('dompurify-factory-only exports createDOMPurify instead of making a default instance, and still makes working instances', async () => {
  const { withoutDefaultInstance } = await import('../../build/dompurify-factory-only.js');
  const code = readFileSync(new URL('node_modules/dompurify/dist/purify.es.mjs', root), 'utf8');
  const out = withoutDefaultInstance(code, (message) => assert.fail(message));
  assert.doesNotMatch(out, /createDOMPurify\(\);/);
  assert.match(out, /\nexport \{ createDOMPurify as default \};\n/);
  // Node has no DOM: the factory still answers with an instance that says it cannot sanitize here.
  const { default: factory } = await importCode(out);
  const instance = factory(undefined);
  assert.equal(instance.isSupported, false);
  assert.equal(typeof instance, 'function');
  const failures = [];
  withoutDefaultInstance(code.replace('var purify_default = createDOMPurify();', 'var purify_default = createDOMPurify(getGlobal());'), (m) => failures.push(m));
  withoutDefaultInstance(code.replace('const DOMPurify = (root) => createDOMPurify(root);', 'const DOMPurify = {};'), (m) => failures.push(m));
  assert.match(failures[0] ?? '', /expected DOMPurify's default instance `var purify_default = createDOMPurify\(\);` and its export once, found 0/);
  assert.match(failures[1] ?? '', /expected `function createDOMPurify\(\)` whose instances are `\(root\) => createDOMPurify\(root\)`/);
});

test('dompurify-factory-only stops the build when our sources use DOMPurify other than as a factory', async () => {
  const { notOnlyFactoryCalls } = await import('../../build/dompurify-factory-only.js');
  const factory = "import createDOMPurify from 'dompurify';\nlet p: ReturnType<typeof createDOMPurify>;\np = createDOMPurify(window);";
  assert.equal(notOnlyFactoryCalls(factory), undefined);
  assert.equal(notOnlyFactoryCalls(readFileSync(new URL('src/internal/markdown/sanitize.ts', root), 'utf8')), undefined);
  assert.match(notOnlyFactoryCalls("import DOMPurify from 'dompurify';\nDOMPurify.sanitize(html);") ?? '', /uses DOMPurify's default export as `DOMPurify` without calling it/);
  assert.match(notOnlyFactoryCalls("import purify from 'dompurify';\nconst p = purify;") ?? '', /without calling it/);
  assert.match(notOnlyFactoryCalls("import { sanitize } from 'dompurify';") ?? '', /imports `\{ sanitize \}` from dompurify/);
  assert.equal(notOnlyFactoryCalls('export const x = 1;'), undefined);
});

test('dompurify-own-policy removes the TRUSTED_TYPES_POLICY option and keeps DOMPurify\'s own policy', async () => {
  const { withoutPolicyOption, dompurifyOwnPolicy } = await import('../../build/dompurify-own-policy.js');
  const code = readFileSync(new URL('node_modules/dompurify/dist/purify.es.mjs', root), 'utf8');
  const out = withoutPolicyOption(code, (message) => assert.fail(message));
  assert.doesNotMatch(out, /cfg\.TRUSTED_TYPES_POLICY/);
  assert.doesNotMatch(out, /must provide a \\"createHTML\\" hook/);
  assert.match(out, /\{\n\t+if \(trustedTypesPolicy === void 0\) trustedTypesPolicy = _getDefaultTrustedTypesPolicy\(\);/);
  const failures = [];
  withoutPolicyOption(code.replace('} else if (cfg.TRUSTED_TYPES_POLICY === null) {', '} else if (!cfg.TRUSTED_TYPES_POLICY) {'), (m) => failures.push(m));
  withoutPolicyOption(code + '\nconst again = (cfg) => cfg.TRUSTED_TYPES_POLICY;\n', (m) => failures.push(m));
  assert.match(failures[0] ?? '', /found 0 of those; check build\/dompurify-own-policy\.js/);
  assert.match(failures[1] ?? '', /found 1 of those and other reads/);
  // The build stops when our sources name the option.
  const { mkdirSync } = await import('node:fs');
  const dir = mkdtempSync(join(tmpdir(), 'dompurify-own-policy-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'sanitize.ts'), 'export const CONFIG = { TRUSTED_TYPES_POLICY: policy };');
  const plugin = dompurifyOwnPolicy();
  plugin.configResolved({ root: dir });
  const errors = [];
  plugin.buildStart.call({ error: (message) => errors.push(message) });
  assert.match(errors[0] ?? '', /src\/sanitize\.ts names DOMPurify's TRUSTED_TYPES_POLICY option/);
});
