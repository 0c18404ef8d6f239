// The Porter stemmer exactly as ROUGE-1.5.5.pl carries it (Chin-Yew Lin's copy of Martin Porter's
// Perl release 1), including its 2004 change to step 4: "-ment" and "-ent" are tried as rules of
// their own after the main suffix list, so "agreement" becomes "agreem" where standard Porter
// keeps it whole. Every regex mirrors the Perl one; `prematch` stands for Perl's $` (the text
// before the leftmost match), which JS gives as `m.index`.

const c = '[^aeiou]'; // consonant
const v = '[aeiouy]'; // vowel
const C = `${c}[^aeiouy]*`; // consonant sequence
const V = `${v}[aeiou]*`; // vowel sequence
const mgr0 = new RegExp(`^(${C})?${V}${C}`); // [C]VC... is m>0
const meq1 = new RegExp(`^(${C})?${V}${C}(${V})?$`); // [C]VC[V] is m=1
const mgr1 = new RegExp(`^(${C})?${V}${C}${V}${C}`); // [C]VCVC... is m>1
const vowelInStem = new RegExp(`^(${C})?${v}`);
const cvc = new RegExp(`^${C}${v}[^aeiouwxy]$`);

const step2list = {
  ational: 'ate', tional: 'tion', enci: 'ence', anci: 'ance', izer: 'ize', bli: 'ble',
  alli: 'al', entli: 'ent', eli: 'e', ousli: 'ous', ization: 'ize', ation: 'ate', ator: 'ate',
  alism: 'al', iveness: 'ive', fulness: 'ful', ousness: 'ous', aliti: 'al', iviti: 'ive',
  biliti: 'ble', logi: 'log',
};
const step3list = {
  icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '',
};
const suffixes = (list) => new RegExp(`(${Object.keys(list).join('|')})$`);
const step2 = suffixes(step2list);
const step3 = suffixes(step3list);
const step4 = /(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$/;

/** Perl's `$w =~ re` followed by `$\``: the prematch, or null when there is no match. */
function prematch(w, re) {
  const m = re.exec(w);
  return m ? { stem: w.slice(0, m.index), m } : null;
}

/** @param {string} word lower-case ASCII token @returns {string} */
export function porterStem(word) {
  let w = word;
  if (w.length < 3) return w;
  const initialY = w[0] === 'y';
  if (initialY) w = 'Y' + w.slice(1);
  let x;

  // Step 1a
  if ((x = prematch(w, /(ss|i)es$/))) w = x.stem + x.m[1];
  else if ((x = prematch(w, /([^s])s$/))) w = x.stem + x.m[1];
  // Step 1b
  if ((x = prematch(w, /eed$/))) {
    if (mgr0.test(x.stem)) w = w.slice(0, -1);
  } else if ((x = prematch(w, /(ed|ing)$/))) {
    if (vowelInStem.test(x.stem)) {
      w = x.stem;
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
      else if (cvc.test(w)) w += 'e';
    }
  }
  // Step 1c
  if ((x = prematch(w, /y$/)) && vowelInStem.test(x.stem)) w = x.stem + 'i';
  // Step 2
  if ((x = prematch(w, step2)) && mgr0.test(x.stem)) w = x.stem + step2list[x.m[1]];
  // Step 3
  if ((x = prematch(w, step3)) && mgr0.test(x.stem)) w = x.stem + step3list[x.m[1]];
  // Step 4 (as modified in ROUGE-1.5.5)
  if ((x = prematch(w, step4)) && mgr1.test(x.stem)) w = x.stem;
  if ((x = prematch(w, /ment$/)) && mgr1.test(x.stem)) w = x.stem;
  if ((x = prematch(w, /ent$/))) {
    if (mgr1.test(x.stem)) w = x.stem;
  } else if ((x = prematch(w, /(s|t)(ion)$/))) {
    const stem = x.stem + x.m[1];
    if (mgr1.test(stem)) w = stem;
  }
  // Step 5
  if ((x = prematch(w, /e$/))) {
    if (mgr1.test(x.stem) || (meq1.test(x.stem) && !cvc.test(x.stem))) w = x.stem;
  }
  if (/ll$/.test(w) && mgr1.test(w)) w = w.slice(0, -1);

  if (initialY) w = 'y' + w.slice(1);
  return w;
}
