// custom-elements.json against the public API as it ships (dist/npm, loaded in Node): tags,
// attributes, properties, events and their classes, CSS properties. Slots and parts are checked
// against rendered elements in test/package/manifest-dom.test.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
if (!existsSync(`${dist}custom-elements.json`)) throw new Error(`${dist}custom-elements.json is missing: run \`npm run build\` first.`);
const manifest = JSON.parse(readFileSync(`${dist}custom-elements.json`, 'utf8'));
const pkg = await import('news-article-elements');

const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, module: m.path })));
const elements = declarations.filter((d) => d.customElement);
const sorted = (list) => [...list].sort();
/** Lit's options for each reactive property of `element`. */
const reactive = (element) => (element.finalize(), [...element.elementProperties]);

test('the manifest describes the three elements', () => {
  assert.deepEqual(sorted(elements.map((d) => d.tagName)), ['article-nav', 'article-summary', 'news-article']);
});

test('every module path points at a file the package ships', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  for (const module of manifest.modules) {
    assert.match(module.path, /^dist\/npm\/.*\.js$/);
    assert.ok(existsSync(root + module.path), `${module.path} does not exist`);
  }
});

for (const d of elements) {
  describe(`<${d.tagName}>`, () => {
    const element = pkg[d.name];

    test('is exported from the package and registered under its tag', () => {
      assert.equal(typeof element, 'function', `${d.name} is not exported from the package`);
      assert.equal(customElements.get(d.tagName), element);
    });

    test('lists exactly the attributes the element observes', () => {
      assert.deepEqual(sorted((d.attributes ?? []).map((a) => a.name)), sorted(element.observedAttributes));
    });

    test('lists every public reactive property, with its attribute and type', () => {
      const members = new Map((d.members ?? []).filter((m) => m.kind === 'field' && !m.static).map((m) => [m.name, m]));
      for (const [name, options] of reactive(element)) {
        if (options.state) continue;
        const member = members.get(name);
        if (member?.privacy === 'private') continue;
        assert.ok(member, `property ${name} is missing`);
        const attribute = options.attribute === false ? undefined : typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
        assert.equal(member.attribute, attribute, `property ${name}: attribute`);
        if (options.type === Number) assert.match(member.type.text, /\bnumber\b/, `property ${name}: type`);
        if (options.type === Boolean) assert.match(member.type.text, /\bboolean\b/, `property ${name}: type`);
      }
      const properties = new Map(reactive(element));
      for (const [name, member] of members) {
        if (member.privacy === 'private' || member.privacy === 'protected') continue;
        assert.ok(properties.has(name) || name in element.prototype, `manifest property ${name} does not exist on ${d.name}`);
      }
    });

    test('lists exactly the CSS custom properties its styles read', () => {
      const css = element.elementStyles.map((style) => style.cssText ?? String(style)).join('\n');
      const read = new Set([...css.matchAll(/var\((--(?!_)[\w-]+)/g)].map((m) => m[1]));
      assert.deepEqual(sorted((d.cssProperties ?? []).map((p) => p.name)), sorted(read));
    });
  });
}

describe('events', () => {
  const eventClasses = Object.entries(pkg).filter(([, value]) => typeof value === 'function' && value.prototype instanceof Event);
  const documented = elements.flatMap((d) => (d.events ?? []).map((e) => ({ ...e, tag: d.tagName })));

  test('every event in the manifest is a real event class of the package, and every event class is in the manifest', () => {
    const real = sorted(eventClasses.map(([name, EventClass]) => `${new EventClass().type} ${name}`));
    assert.deepEqual(sorted(documented.map((e) => `${e.name} ${e.type?.text}`)), real);
  });

  test('the fields listed for each event class exist on its events', () => {
    for (const [name, EventClass] of eventClasses) {
      const fields = declarations.find((d) => d.name === name)?.members?.filter((m) => !m.static) ?? [];
      assert.ok(fields.length, `${name} lists no fields`);
      const event = new EventClass();
      for (const field of fields) assert.ok(field.name in event, `${name}.${field.name} does not exist`);
    }
  });

  test('no element dispatches an untyped event (new Event / new CustomEvent)', () => {
    const src = fileURLToPath(new URL('../../src/', import.meta.url));
    for (const file of readdirSync(src, { recursive: true })) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      const code = readFileSync(src + file, 'utf8');
      assert.doesNotMatch(code, /dispatchEvent\(\s*new (Custom)?Event\(/, `src/${file} dispatches an untyped event`);
    }
  });
});
