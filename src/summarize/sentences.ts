import { abbreviationsFor, listed, type AbbreviationLists } from './abbreviations.js';
import { segmentsOf } from './segmenter.js';

const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/;
/** A sentence does not start in lower case ("p.m. on", '"Why?" she asked') or with no word. */
const CONTINUES = /^[\s\p{Pe}\p{Pf}"'»]*(\p{Ll}|[,;:)\]}%])|^[^\p{L}\p{N}]*$/u;
/** "J", "U.S", "J.R.R": capital letters each followed by a dot (the last dot is cut off). */
const INITIALS = /^\p{Lu}(\.\p{Lu})*$/u;
/** A quotation that is the whole sentence and ends in "?" or "!": `"Is it over?"` */
const QUESTION_QUOTE = /^\s*[\p{Pi}"'«][^]*[!?…]['"\p{Pf}»]\s*$/u;
/** At most three words, the last ending in a full stop: "Anna asked." */
const ATTRIBUTION = /^\s*(\S+\s+){0,2}\S*\.\s*$/;
/** Thai and Lao mark the end of a sentence with a space, which the segmenter does not split at. */
const SPACE_STOP = /[\p{sc=Thai}\p{sc=Lao}]\s+(?=[\p{sc=Thai}\p{sc=Lao}])/gu;

/** Splits a sentence at the spaces that end Thai or Lao sentences. */
function splitAtSpaceStops(sentence: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const stop of sentence.matchAll(SPACE_STOP)) {
    parts.push(sentence.slice(from, stop.index + 1));
    from = stop.index + stop[0].length;
  }
  parts.push(sentence.slice(from));
  return parts;
}

/** The word before a final full stop ("Mr" in "… Mr. "), or undefined. Scans from the end. */
function wordBeforeStop(text: string): string | undefined {
  const stop = text.trimEnd().length - 1;
  let start = stop;
  while (start > 0 && /\S/.test(text[start - 1])) start--;
  // Opening brackets and quotes are not part of the word: '("Mr.'
  return text[stop] === '.' ? text.slice(start, stop).replace(/^[\p{Ps}\p{Pi}"'«]+/u, '') : undefined;
}

/** Whether the segmenter's break between `before` and `after` should be undone. */
function joins(before: string, after: string, abbr: AbbreviationLists): boolean {
  if (CONTINUES.test(after)) return true;
  const word = wordBeforeStop(before);
  const startsUpper = /^\s*\p{Lu}/u.test(after);
  if (word) {
    if (listed(abbr.name, word)) return true;
    if (INITIALS.test(word)) return startsUpper;
    if (/^\s*\p{N}/u.test(after)) return listed(abbr.number, word);
    // "am 3. Oktober"
    if (abbr.ordinals && /^\p{N}+$/u.test(word)) return startsUpper;
  }
  // '"Is it over?" Anna asked.': a short attribution after a quotation is part of it.
  return QUESTION_QUOTE.test(before) && ATTRIBUTION.test(after);
}

/**
 * The sentences of `text`, verbatim (trimmed) and in order: paragraphs at blank lines, then
 * `Intl.Segmenter`, with its breaks after abbreviations, initials and quotations repaired, and
 * Thai and Lao sentences split at spaces.
 */
export function splitSentences(text: string, lang?: string): string[] {
  const abbr = abbreviationsFor(lang);
  const out: string[] = [];
  for (const paragraph of text.split(PARAGRAPH_BREAK)) {
    let current = '';
    for (const segment of segmentsOf(paragraph, lang)) {
      if (current && !joins(current, segment, abbr)) {
        out.push(current.trim());
        current = '';
      }
      current += segment;
    }
    if (current.trim()) out.push(current.trim());
  }
  return out.flatMap(splitAtSpaceStops);
}
