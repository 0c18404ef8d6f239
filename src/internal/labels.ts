import { LABELS } from './label-data.js';

/**
 * UI strings, picked by the primary language subtag, English otherwise (the data is in
 * label-data.ts). Elements also take per-label attributes, which win over these.
 */
export interface Labels {
  /** Before the summary toggle: "No time to read?" */
  prompt: string;
  /** The toggle while the summary is closed, and while open. */
  show: string;
  hide: string;
  /** Under a machine-chosen summary: says its sentences are quoted, picked automatically. */
  disclosure: string;
  previous: string;
  next: string;
  /** The accessible name of the previous / next navigation. */
  nav: string;
  loading: string;
  /** Before the date an article was updated. */
  updated: string;
  empty: string;
  /** "{minutes} min read": `{minutes}` stands for the number, already formatted for the language. */
  readingTime: string;
  /** What a reader sees when the article cannot be loaded. */
  loadError: string;
  /** The accessible name of the summary panel. */
  panel: string;
}

/**
 * The labels for a BCP 47 language tag (`pt-BR` → `pt`, `zh-Hant` → `zh`), English when we have
 * none. The object is shared (read-only): spread it to override a label.
 */
export function labelsFor(lang = ''): Readonly<Labels> {
  const key = lang.split(/[-_]/)[0]!.toLowerCase();
  return Object.hasOwn(LABELS, key) ? LABELS[key]! : LABELS.en!;
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
