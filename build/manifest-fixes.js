// Analyzer plugin: corrects what the Custom Elements Manifest analyzer gets wrong for our
// sources, so the manifest describes what ships:
// - tags are registered with `defineElement('tag', Class)`, which the analyzer does not know;
// - events come from `@fires {EventClass} name - description` only (the analyzer also invents
//   events from `dispatchEvent(new X(…))` calls, named after constructor arguments);
// - the shared `--article-*` theme properties (read by the styles in src/internal/) go on every element;
// - event classes list the fields their constructor declares (`readonly open: boolean`);
// - paths point at the npm entry's files (dist/npm/**.js), not at src/**.ts, which is not shipped.
// It fails the build, naming the file, for a header the manifest cannot describe correctly.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const SHARED_STYLES = 'src/internal';

export function manifestFixes(root) {
  return {
    name: 'news-article-manifest-fixes',
    packageLinkPhase({ customElementsManifest }) {
      const themeProperties = sharedThemeProperties(sharedStylesSource(root));
      for (const module of customElementsManifest.modules) {
        const source = readFileSync(join(root, module.path), 'utf8');
        addEventFields(module, source);
        for (const [, tag, className] of source.matchAll(/defineElement\(\s*'([a-z][\w-]*-[\w-]*)',\s*(\w+)\s*\)/g)) {
          const declaration = module.declarations?.find((d) => d.name === className);
          if (!declaration) throw new Error(`${module.path}: defineElement('${tag}', ${className}) names no class of this module.`);
          declaration.customElement = true;
          declaration.tagName = tag;
          module.exports = [
            ...(module.exports ?? []).filter((e) => e.kind !== 'custom-element-definition'),
            { kind: 'custom-element-definition', name: tag, declaration: { name: className, module: module.path } },
          ];
          declaration.events = documentedEvents(source, className, module.path);
          typeSettersByInput(declaration, source);
          const own = new Set((declaration.cssProperties ?? []).map((p) => p.name));
          declaration.cssProperties = [...(declaration.cssProperties ?? []), ...themeProperties.filter((p) => !own.has(p.name))];
        }
      }
      rewritePaths(customElementsManifest);
    },
  };
}

/** The JSDoc block right before `export class ${className}`. */
function classHeader(source, className, path) {
  const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export class ${className}\\b`).exec(source);
  if (!match) throw new Error(`${path}: ${className} has no JSDoc header (its parts, properties and events are documented there).`);
  return match[1].split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
}

/** `@fires {Type} name - description` lines; every event must name its class. */
function documentedEvents(source, className, path) {
  const lines = classHeader(source, className, path);
  for (const line of lines) {
    if ((line.match(/@(csspart|cssprop|fires|slot)\b/g) ?? []).length > 1) {
      throw new Error(`${path}: one @csspart / @cssprop / @fires / @slot per line, in the header of ${className}: "${line.trim()}"`);
    }
  }
  return lines
    .filter((line) => line.startsWith('@fires'))
    .map((line) => {
      const match = /^@fires\s+\{(\w+)\}\s+([a-z][\w-]*)\s*(?:-\s*(.*))?$/.exec(line.trim());
      if (!match) throw new Error(`${path}: write "@fires {EventClass} event-name - description" in the header of ${className}: "${line.trim()}"`);
      const [, type, name, description] = match;
      return { name, type: { text: type }, ...(description ? { description } : {}) };
    });
}

/**
 * A property with its own accessors (`article`: set as input, read back validated) is documented
 * with what a page may set: the setter's parameter type, not the getter's.
 */
function typeSettersByInput(declaration, source) {
  for (const [, name, type] of source.matchAll(/^\s*set (\w+)\(\w+: ([^)]+)\)/gm)) {
    const member = declaration.members?.find((m) => m.name === name && m.kind === 'field');
    if (member) member.type = { text: type.trim() };
  }
}

/** Fields of each `class X extends Event` declared as constructor parameters, with their doc comments. */
function addEventFields(module, source) {
  const file = ts.createSourceFile(module.path, source, ts.ScriptTarget.Latest, true);
  for (const node of file.statements) {
    if (!ts.isClassDeclaration(node) || !node.name) continue;
    const base = node.heritageClauses?.[0]?.types[0]?.expression.getText(file);
    if (base !== 'Event') continue;
    const declaration = module.declarations?.find((d) => d.name === node.name.text);
    const constructor = node.members.find(ts.isConstructorDeclaration);
    if (!declaration || !constructor) continue;
    const fields = constructor.parameters
      .filter((p) => p.modifiers?.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword || m.kind === ts.SyntaxKind.PublicKeyword))
      .map((p) => {
        const doc = ts.getJSDocCommentsAndTags(p).map((d) => (typeof d.comment === 'string' ? d.comment : '')).join(' ').trim();
        return {
          kind: 'field',
          name: p.name.getText(file),
          type: { text: p.type?.getText(file) ?? 'unknown' },
          readonly: true,
          ...(doc ? { description: doc } : {}),
        };
      });
    declaration.members = [...(declaration.members ?? []).filter((m) => !fields.some((f) => f.name === m.name)), ...fields];
  }
}

/** The source of every styles module in src/internal/ (the theme all three elements share). */
function sharedStylesSource(root) {
  const dir = join(root, SHARED_STYLES);
  return readdirSync(dir, { recursive: true })
    .filter((file) => String(file).endsWith('.styles.ts'))
    .sort()
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
}

/** Every `--article-*` property the shared theme reads (its default depends on the theme, light or dark). */
function sharedThemeProperties(source) {
  const names = new Set([...source.matchAll(/var\((--article-[\w-]+)/g)].map((m) => m[1]));
  return [...names].map((name) => ({
    name,
    description: 'Shared theme property: set it once (on `:root`, say) to theme all three elements.',
  }));
}

/** `src/x/y.ts` → `dist/npm/x/y.js` in every `path` and `module` of the manifest. */
function rewritePaths(node) {
  if (Array.isArray(node)) return node.forEach(rewritePaths);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') {
      node[key] = value.replace(/^\/?src\/(.*)\.ts$/, 'dist/npm/$1.js');
    } else rewritePaths(value);
  }
}
