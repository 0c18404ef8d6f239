import { abbreviationsFor, type AbbreviationSets } from './abbreviations.js';
import { segmentsOf } from './segmenter.js';

const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/;
const LEADING_PUNCT = /^[\p{Ps}\p{Pi}"'«]+/u;
/** "J", "U.S", "J.R.R": capital letters each followed by a dot (the last dot is cut off). */
const INITIALS = /^\p{Lu}(\.\p{Lu})*$/u;
/** A quotation that is the whole sentence and ends in "?" or "!": `"Is it over?"` */
const QUESTION_QUOTE = /^\s*[\p{Pi}"'«][^]*[!?…]['"\p{Pf}»]\s*$/u;
const STARTS_LOWER = /^[\s\p{Pe}\p{Pf}"'»]*(\p{Ll}|[,;:)\]}%])/u;
const STARTS_DIGIT = /^\s*\p{N}/u;
const STARTS_UPPER = /^\s*\p{Lu}/u;
const WORDS = /\S+/g;
/** Thai and Lao mark the end of a sentence with a space, which the segmenter does not split at. */
const SPACE_STOP = /[\p{sc=Thai}\p{sc=Lao}]\s+(?=[\p{sc=Thai}\p{sc=Lao}])/gu;

/** Splits a segment at the spaces that end Thai or Lao sentences. */
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
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  if (text[end - 1] !== '.') return undefined;
  let start = end - 1;
  while (start > 0 && !/\s/.test(text[start - 1])) start--;
  return text.slice(start, end - 1);
}

/** Whether the segmenter's break between `before` and `after` should be undone. */
function joins(before: string, after: string, abbr: AbbreviationSets): boolean {
  // A sentence does not start in lower case: "p.m. on", '"Why?" she asked', a wrapped line.
  if (STARTS_LOWER.test(after) || !/[\p{L}\p{N}]/u.test(after)) return true;
  const word = wordBeforeStop(before)?.replace(LEADING_PUNCT, '');
  if (word) {
    if (abbr.name.has(word)) return true;
    if (INITIALS.test(word)) return STARTS_UPPER.test(after);
    if (STARTS_DIGIT.test(after)) return abbr.number.has(word);
    if (abbr.ordinals && /^\p{N}+$/u.test(word)) return STARTS_UPPER.test(after);
  }
  // '"Is it over?" Anna asked.': a short attribution after a quotation is part of it.
  const words = after.match(WORDS)?.length ?? 0;
  return QUESTION_QUOTE.test(before) && words <= 3 && /\.\s*$/.test(after);
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
