/**
 * Words that end in a full stop without ending the sentence, per language (ISO 639-1 code).
 * Each entry is `"<before a name or word>|<before a number>"`, space-separated, case as written:
 * - before a name: a break after them is always wrong ("Mr. Smith", "Sr. García", "z. B.");
 * - before a number: a break is wrong only when a digit follows ("No. 10", "Jan. 5", "S. 12").
 * Initials and dotted capitals ("J. R. R.", "U.S.") are handled by rule, not listed here.
 * The `''` entry applies to every language.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  '': 'vs v e.g i.e cf approx ca Bros Dr Prof St Sr Sra Srta Sto Sta Av Ing|No Nos Nr Art p pp Vol vol Fig fig Jan Feb Apr Jun Jul Aug Sep Sept Nov',
  en: 'Mr Mrs Ms Mx Messrs Rev Fr Hon Mt Ft Gen Lt Col Maj Capt Cmdr Adm Sgt Cpl Pvt Gov Sen Rep Pres Supt Det Insp Atty Amb|Mar Oct Dec ch sec para',
  es: 'Sres Dra Lic Arq Gral Cnel Pdte Excmo Excma Ud Uds Vd Vds EE EE.UU Avda|núm Núm ene feb abr jun jul ago sept oct nov dic pág',
  fr: 'MM Mme Mmes Mlle Mlles Mgr Me Pr Ste Vve av bd|no n° janv févr avr juil sept oct nov déc',
  de: 'Hr Hrn Fr Frl Dipl z u d o bzw evtl ggf inkl usw vgl Str|Mär Okt Dez Abs S Bd Tel',
  pt: 'Srs Dra Profa Exmo Exma Eng|nº n jan fev abr mai jun jul ago set out nov dez pág',
  it: 'Sig Sigg Sig.ra Sig.na Dott Dott.ssa Avv Arch Geom Rag On Sen Mons Sant|n gen feb apr mag giu lug ago sett ott nov dic pag',
  ru: 'г гг т ул пр просп пер им тов гр см стр напр проф акад ген д кв ст н э|№ янв фев апр июн июл авг сен сент окт нояб дек',
};

/** Languages where "3." before a word is an ordinal ("am 3. Oktober"), not a sentence end. */
export const ORDINAL_DOT = /^(de|da|nb|nn|no|fi|cs|sk|sl|hr|sr|bs|hu|pl|et|lv|lt|tr|is|fo)$/;

export interface AbbreviationLists {
  /** Never end a sentence. */
  name: string;
  /** Do not end a sentence when a digit follows. */
  number: string;
  ordinals: boolean;
}

/** Whether `word` is in a list of `abbreviationsFor`. */
export const listed = (list: string, word: string) => list.includes(` ${word} `);

/** The abbreviations for a BCP 47 language; every list when the language is unknown. */
export function abbreviationsFor(lang = ''): AbbreviationLists {
  const code = lang.split(/[-_]/)[0].toLowerCase();
  const codes = code && Object.hasOwn(ABBREVIATIONS, code) ? ['', code] : Object.keys(ABBREVIATIONS);
  // Space-separated, with a space at each end, for `listed`.
  const list = (part: number) => ` ${codes.map((c) => ABBREVIATIONS[c].split('|')[part]).join(' ')} `;
  return { name: list(0), number: list(1), ordinals: ORDINAL_DOT.test(code) };
}
