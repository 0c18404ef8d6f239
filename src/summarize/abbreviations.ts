/**
 * Words that end in a full stop without ending the sentence, per language (ISO 639-1 code).
 * Each entry is `"<before a name or word>|<before a number>"`, space-separated, case as written:
 * - before a name: a break after them is always wrong ("Mr. Smith", "Sr. García", "z. B.");
 * - before a number: a break is wrong only when a digit follows ("No. 10", "Jan. 5", "S. 12").
 * Initials and dotted capitals ("J. R. R.", "U.S.") are handled by rule, not listed here.
 * The `''` entry applies to every language.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  '': 'vs v e.g i.e cf approx ca Bros|No Nos Nr Art p pp Vol vol Fig fig',
  en: 'Mr Mrs Ms Mx Messrs Dr Prof Rev Fr Hon St Mt Ft Gen Lt Col Maj Capt Cmdr Adm Sgt Cpl Pvt Gov Sen Rep Pres Supt Det Insp Atty Amb|Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec ch sec para',
  es: 'Sr Sra Srta Sres Dr Dra Lic Ing Arq Gral Cnel Pdte Excmo Excma Ud Uds Vd Vds EE EE.UU Av Avda Sto Sta|núm Núm ene feb abr jun jul ago sept oct nov dic pág',
  fr: 'MM Mme Mmes Mlle Mlles Mgr Me Pr Dr St Ste Vve av bd|no n° janv févr avr juil sept oct nov déc',
  de: 'Hr Hrn Fr Frl Dr Prof Dipl Ing St z u d v o bzw ca evtl ggf inkl usw vgl Str|Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez Abs S Bd Tel',
  pt: 'Sr Sra Srta Srs Dr Dra Prof Profa Exmo Exma Eng Av Sto Sta|nº n jan fev abr mai jun jul ago set out nov dez pág',
  it: 'Sig Sigg Sig.ra Sig.na Dott Dott.ssa Prof Avv Ing Arch Geom Rag On Sen Mons Sant|n gen feb apr mag giu lug ago sett ott nov dic pag',
  ru: 'г гг т ул пр просп пер им тов гр см стр напр проф акад ген д кв ст н э|№ янв фев апр июн июл авг сен сент окт нояб дек',
};

/** Languages where "3." before a word is an ordinal ("am 3. Oktober"), not a sentence end. */
export const ORDINAL_DOT = /^(de|da|nb|nn|no|fi|cs|sk|sl|hr|sr|bs|hu|pl|et|lv|lt|tr|is|fo)$/;

export interface AbbreviationSets {
  /** Never end a sentence. */
  name: Set<string>;
  /** Do not end a sentence when a digit follows. */
  number: Set<string>;
  ordinals: boolean;
}

const cache = new Map<string, AbbreviationSets>();

/** The abbreviations for a BCP 47 language; every list when the language is unknown. */
export function abbreviationsFor(lang = ''): AbbreviationSets {
  const code = lang.split(/[-_]/)[0].toLowerCase();
  let sets = cache.get(code);
  if (!sets) {
    const codes = code && code in ABBREVIATIONS ? ['', code] : Object.keys(ABBREVIATIONS);
    sets = { name: new Set(), number: new Set(), ordinals: ORDINAL_DOT.test(code) };
    for (const c of codes) {
      const [name, number] = ABBREVIATIONS[c].split('|');
      for (const w of name.split(' ')) sets.name.add(w);
      for (const w of number.split(' ')) sets.number.add(w);
    }
    cache.set(code, sets);
  }
  return sets;
}
