/**
 * Words that end in a full stop without ending the sentence, per language (ISO 639-1 code), as
 * space-separated lists, case as written, without the final stop:
 * - `beforeName`: a break after them is always wrong ("Mr. Smith", "Sr. García", "z. B.", "د. سمير");
 * - `beforeNumber`: a break is wrong only when a digit follows ("No. 10", "Jan. 5", "S. 12").
 * Initials and dotted capitals ("J. R. R.", "U.S.", "א. ב.") are handled by rule, not listed here.
 * The `''` entry applies to every language.
 */
export const ABBREVIATIONS: Readonly<Record<string, { beforeName: string; beforeNumber: string }>> = {
  '': {
    beforeName: 'vs v e.g i.e cf approx ca Bros Dr Prof St Sr Sra Srta Sto Sta Av Ing',
    beforeNumber: 'No Nos Nr Art p pp Vol vol Fig fig Jan Feb Apr Jun Jul Aug Sep Sept Nov',
  },
  en: {
    beforeName: 'Mr Mrs Ms Mx Messrs Rev Fr Hon Mt Ft Gen Lt Col Maj Capt Cmdr Adm Sgt Cpl Pvt Gov Sen Rep Pres Supt Det Insp Atty Amb',
    beforeNumber: 'Mar Oct Dec ch sec para',
  },
  es: {
    beforeName: 'Sres Dra Lic Arq Gral Cnel Pdte Excmo Excma Ud Uds Vd Vds EE EE.UU Avda',
    beforeNumber: 'núm Núm ene feb abr jun jul ago sept oct nov dic pág',
  },
  fr: {
    beforeName: 'MM Mme Mmes Mlle Mlles Mgr Me Pr Ste Vve av bd',
    beforeNumber: 'no n° janv févr avr juil sept oct nov déc',
  },
  de: {
    beforeName: 'Hr Hrn Fr Frl Dipl z u d o bzw evtl ggf inkl usw vgl Str',
    beforeNumber: 'Mär Okt Dez Abs S Bd Tel',
  },
  pt: {
    beforeName: 'Srs Dra Profa Exmo Exma Eng',
    beforeNumber: 'nº n jan fev abr mai jun jul ago set out nov dez pág',
  },
  it: {
    beforeName: 'Sig Sigg Sig.ra Sig.na Dott Dott.ssa Avv Arch Geom Rag On Sen Mons Sant',
    beforeNumber: 'n gen feb apr mag giu lug ago sett ott nov dic pag',
  },
  ru: {
    beforeName: 'г гг т ул пр просп пер им тов гр см стр напр проф акад ген д кв ст н э',
    beforeNumber: '№ янв фев апр июн июл авг сен сент окт нояб дек',
  },
  // د. doctor, م. engineer, أ. professor or Mr, أ.د professor doctor; ص. page, ج. part, ع. issue.
  ar: { beforeName: 'د م أ أ.د', beforeNumber: 'ص ج ع' },
  // פרופ. professor, גב. Mrs, עו"ד lawyer; עמ. page, ת.ד P.O. box, מס. number.
  he: { beforeName: 'פרופ גב עו"ד', beforeNumber: 'עמ ת.ד מס' },
  // د. doctor, م. engineer; ص. page, ج. volume, ش. number.
  fa: { beforeName: 'د م', beforeNumber: 'ص ج ش' },
  // डॉ. doctor, प्रो. professor, श्री. Mr, सु. Miss; पृ. page, सं. number or edition.
  hi: { beforeName: 'डॉ प्रो श्री सु', beforeNumber: 'पृ सं' },
};

/** Languages where "3." before a word is an ordinal ("am 3. Oktober"), not a sentence end. */
export const ORDINAL_DOT = /^(de|da|nb|nn|no|fi|cs|sk|sl|hr|sr|bs|hu|pl|et|lv|lt|tr|is|fo)$/;

export interface AbbreviationLists {
  /** Never end a sentence. */
  beforeName: Set<string>;
  /** Do not end a sentence when a digit follows. */
  beforeNumber: Set<string>;
  ordinals: boolean;
}

const cache = new Map<string, AbbreviationLists>();

/** The abbreviations for a BCP 47 language; every list when the language is unknown. */
export function abbreviationsFor(lang = ''): AbbreviationLists {
  const cached = cache.get(lang);
  if (cached) return cached;
  const code = lang.split(/[-_]/)[0].toLowerCase();
  const codes = code && Object.hasOwn(ABBREVIATIONS, code) ? ['', code] : Object.keys(ABBREVIATIONS);
  const set = (part: 'beforeName' | 'beforeNumber') =>
    new Set(codes.flatMap((c) => ABBREVIATIONS[c][part].split(' ')));
  const lists = { beforeName: set('beforeName'), beforeNumber: set('beforeNumber'), ordinals: ORDINAL_DOT.test(code) };
  cache.set(lang, lists);
  return lists;
}
