/**
 * Built-in UI strings, picked by the primary language subtag, English otherwise. Elements
 * also take per-label attributes, which win over these.
 */
export interface Labels {
  prompt: string;
  show: string;
  hide: string;
  disclosure: string;
  previous: string;
  next: string;
  nav: string;
  loading: string;
  updated: string;
  empty: string;
  /** "% min read": `%` stands for the number of minutes, already formatted for the language. */
  readingTime: string;
  /** What a reader sees when an article cannot be shown (the technical message goes to the developer). */
  loadError: string;
  /** Accessible name of the summary panel. */
  panel: string;
}

// The order of the cells in each row of TABLE.
const KEYS = 'prompt show hide disclosure previous next nav loading updated empty readingTime loadError panel'.split(' ');

// One row per language, in the order of KEYS (`%` is a number): compact, easy to add a language to.
const TABLE: Record<string, string> = {
  en: 'No time to read?|Get a summary|Hide summary|Automatically generated summary|Previous Article|Next Article|More articles|Summarizing…|Updated|Nothing to summarize.|% min read|This article could not be loaded.|Summary',
  es: '¿No tienes tiempo para leer?|Ver un resumen|Ocultar resumen|Resumen generado automáticamente|Artículo anterior|Artículo siguiente|Más artículos|Resumiendo…|Actualizado|No hay nada que resumir.|% min de lectura|No se pudo cargar este artículo.|Resumen',
};

/** The labels for a BCP 47 language tag (`es-MX` → `es`), English when we have none. */
export function labelsFor(lang = ''): Labels {
  const key = lang.split(/[-_]/)[0].toLowerCase();
  // Splitting one short row per render costs less than keeping a cache of them.
  const cells = TABLE[Object.hasOwn(TABLE, key) ? key : 'en'].split('|');
  return Object.fromEntries(KEYS.map((k, i) => [k, cells[i]])) as unknown as Labels;
}

/** The value of `name` on the element or its nearest ancestor, crossing shadow roots to their hosts. */
function inherited(element: Element, name: string): string {
  for (let node: Element | undefined = element; node;) {
    const hit = node.closest(`[${name}]`);
    if (hit) return hit.getAttribute(name)!;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return '';
}

/** The language of an element (`lang` of it or its nearest ancestor, through shadow roots), or ''. */
export const langOf = (element: Element) => inherited(element, 'lang');

/** The direction of an element, from the nearest `dir` (through shadow roots); `ltr` by default. */
export const dirOf = (element: Element): 'ltr' | 'rtl' =>
  inherited(element, 'dir').toLowerCase() === 'rtl' ? 'rtl' : 'ltr';

/**
 * The canonical form of a BCP 47 language tag (`EN-gb` → `en-GB`), or undefined if it is not one.
 * `en_US`, a common misspelling of `en-US` (locale names in many CMSs), is read as meant.
 */
export function canonicalLang(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}
