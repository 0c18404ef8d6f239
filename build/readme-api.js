// The README's element reference, generated from custom-elements.json: one block per element
// between `<!-- api:TAG -->` and `<!-- /api:TAG -->`. `npm run readme:api` rewrites them; a Node
// test fails when the README and the manifest drift apart.
import { elementsOf } from './framework-types.js';

const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (text) => (text ? `\`${cell(text).replace(/`/g, "'")}\`` : '');
const table = (head, rows) =>
  rows.length ? [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') : '';

/** The declarations of the custom elements and event classes in `manifest`, by name. */
function declarations(manifest) {
  const byName = new Map();
  for (const module of manifest.modules) for (const d of module.declarations ?? []) byName.set(d.name, d);
  return byName;
}

function isShared(property) {
  return /^--article-(color|radius|font)/.test(property.name) && property.description?.startsWith('Shared theme property');
}

/** The markdown reference of one element. */
export function elementBlock(manifest, tag) {
  const byName = declarations(manifest);
  const d = [...byName.values()].find((x) => x.tagName === tag);
  if (!d) throw new Error(`custom-elements.json has no <${tag}>.`);
  const element = elementsOf(manifest).find((e) => e.tag === tag);
  const attributeOf = new Map((d.attributes ?? []).map((a) => [a.fieldName ?? a.name, a.name]));
  const properties = table(
    ['property', 'attribute', 'type', 'default', ''],
    [
      ...element.properties.map((p) => [
        code(p.name),
        code(attributeOf.get(p.name)),
        code(p.type?.text?.replace(/ \| undefined$/, '')),
        code(p.default),
        cell(p.description) + (p.reflects ? ' (reflected)' : ''),
      ]),
      // Attributes with no property of their own (a property's attribute is on its row).
      ...element.attributes.filter((a) => !element.properties.some((p) => p.name === a.fieldName)).map((a) => [' ', code(a.name), code(a.type?.text?.replace(/ \| undefined$/, '')), code(a.default), cell(a.description)]),
    ],
  );
  const events = table(
    ['event', 'class', 'fields', ''],
    (d.events ?? []).map((e) => {
      const fields = (byName.get(e.type?.text)?.members ?? []).filter((m) => !m.static && m.kind === 'field');
      return [code(e.name), code(e.type?.text), fields.map((f) => `${code(f.name)} (${code(f.type?.text)})`).join(', '), cell(e.description)];
    }),
  );
  const slots = table(['slot', ''], (d.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]));
  const parts = table(['part', ''], (d.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]));
  const own = (d.cssProperties ?? []).filter((p) => !isShared(p));
  const cssProperties = table(['CSS property', ''], own.map((p) => [code(p.name), cell(p.description)]));
  const shared = (d.cssProperties ?? []).length > own.length ? 'It also reads the shared theme properties (see Styling).' : '';
  return [properties, events, slots, parts, cssProperties, shared].filter(Boolean).join('\n\n');
}

/** `readme` with every api block regenerated from `manifest`; throws for a block without its end marker. */
export function updateReadme(readme, manifest) {
  return readme.replace(/<!-- api:([\w-]+) -->[\s\S]*?(<!-- \/api:\1 -->)|<!-- api:([\w-]+) -->/g, (all, name, end, unclosed) => {
    if (unclosed) throw new Error(`README.md: <!-- api:${unclosed} --> has no <!-- /api:${unclosed} --> after it.`);
    return `<!-- api:${name} -->\n${elementBlock(manifest, name)}\n${end}`;
  });
}
