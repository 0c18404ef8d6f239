/**
 * Built-in UI strings, picked by the primary language subtag, English otherwise. Elements
 * also take per-label attributes, which win over these.
 */
const KEYS = [
  'prompt',
  'show',
  'hide',
  'disclosure',
  'previous',
  'next',
  'nav',
  'loading',
  'updated',
  'empty',
  'readingTime',
] as const;

export type Labels = Record<Exclude<(typeof KEYS)[number], 'readingTime'>, string> & {
  /** "5 min read", given the number already formatted for the language. */
  readingTime: (minutes: string) => string;
};

// One row per language, in the order of KEYS (`%` is a number): compact, easy to add a language to.
const TABLE: Record<string, string> = {
  en: 'No time to read?|Get a summary|Hide summary|Automatically generated summary|Previous Article|Next Article|More articles|Summarizing…|Updated|Nothing to summarize.|% min read',
  es: '¿No tienes tiempo para leer?|Ver un resumen|Ocultar resumen|Resumen generado automáticamente|Artículo anterior|Artículo siguiente|Más artículos|Resumiendo…|Actualizado|No hay nada que resumir.|% min de lectura',
  fr: 'Pas le temps de lire\u00a0?|Voir un résumé|Masquer le résumé|Résumé généré automatiquement|Article précédent|Article suivant|Plus d’articles|Résumé en cours…|Mis à jour|Rien à résumer.|% min de lecture',
  de: 'Keine Zeit zum Lesen?|Zusammenfassung anzeigen|Zusammenfassung ausblenden|Automatisch erstellte Zusammenfassung|Vorheriger Artikel|Nächster Artikel|Weitere Artikel|Wird zusammengefasst…|Aktualisiert|Nichts zum Zusammenfassen.|% Min. Lesezeit',
  pt: 'Sem tempo para ler?|Ver um resumo|Ocultar resumo|Resumo gerado automaticamente|Artigo anterior|Próximo artigo|Mais artigos|Resumindo…|Atualizado|Nada para resumir.|% min de leitura',
  it: 'Non hai tempo di leggere?|Leggi un riassunto|Nascondi riassunto|Riassunto generato automaticamente|Articolo precedente|Articolo successivo|Altri articoli|Riassunto in corso…|Aggiornato|Niente da riassumere.|% min di lettura',
};

const cache = new Map<string, Labels>();

/** The labels for a BCP 47 language tag (`pt-BR` → `pt`), English when we have none. */
export function labelsFor(lang = ''): Labels {
  const key = lang.split(/[-_]/)[0].toLowerCase();
  const row = Object.hasOwn(TABLE, key) ? key : 'en';
  let labels = cache.get(row);
  if (!labels) {
    const cells = TABLE[row].split('|');
    labels = Object.fromEntries(KEYS.map((k, i) => [k, cells[i]])) as unknown as Labels;
    labels.readingTime = (minutes) => cells[KEYS.indexOf('readingTime')].replace('%', minutes);
    cache.set(row, labels);
  }
  return labels;
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
