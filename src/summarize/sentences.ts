import { abbreviationsFor, type AbbreviationLists } from './abbreviations.js';
import { readBlocks } from './blocks.js';
import { segmentsOf } from './segmenter.js';
import { lazyPattern } from './lazy-pattern.js';

/** A sentence does not start in lower case ("p.m. on", '"Why?" she asked') or with no word. */
const CONTINUES = lazyPattern(
  String.raw`^[\s\p{Pe}\p{Pf}"'»]*(\p{Ll}|[,;:)\]}%])|^[^\p{L}\p{N}]*$`,
  'u',
);
/**
 * "J", "U.S", "J.R.R": capital letters each followed by a dot (the last dot is cut off); or one
 * letter of a script without capitals ("א. ב. יהושע", "ए. पी. जे.").
 */
const INITIALS = lazyPattern(
  String.raw`^\p{Lu}(\.\p{Lu})*$|^[\p{sc=Hebr}\p{sc=Arab}\p{sc=Deva}]\p{M}*$`,
  'u',
);
/** What may follow initials: a capital, or a letter of a script without capitals. */
const NAME_START = lazyPattern(String.raw`^\s*[\p{Lu}\p{sc=Hebr}\p{sc=Arab}\p{sc=Deva}]`, 'u');
/** A quotation that is the whole sentence and ends in "?" or "!": `"Is it over?"` */
const QUOTE_OPENS = lazyPattern(String.raw`^\s*[\p{Pi}"'«]`, 'u');
const QUESTION_CLOSES = lazyPattern(String.raw`[!?…]['"\p{Pf}»]\s*$`, 'u');
/** At most three words, the last ending in a full stop: "Anna asked." */
const ATTRIBUTION = /^\s*(\S+\s+){0,2}\S*\.\s*$/;
/**
 * Thai and Lao mark the end of a sentence with a space, which the segmenter does not split at;
 * but not the space after the repetition mark ๆ / ໆ ("เด็กๆ เล่น": "children play").
 */
const SPACE_STOP = lazyPattern(
  String.raw`([^\P{sc=Thai}ๆ]|[^\P{sc=Lao}ໆ])\s+(?=[\p{sc=Thai}\p{sc=Lao}])`,
  'gu',
);

/** Splits a sentence at the spaces that end Thai or Lao sentences. */
function splitAtSpaceStops(sentence: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const stop of sentence.matchAll(SPACE_STOP())) {
    parts.push(sentence.slice(from, stop.index + 1));
    from = stop.index + stop[0].length;
  }
  parts.push(sentence.slice(from));
  return parts;
}

/**
 * The word before a final full stop ("Mr" in "… Mr. "), without opening brackets and quotes
 * ('("Mr.'), or undefined. Only the last 40 characters are read: no abbreviation is longer.
 */
const WORD_BEFORE_STOP = lazyPattern(String.raw`(?:^|\s)[\p{Ps}\p{Pi}"'«]*(\S*)\.\s*$`, 'u');
const wordBeforeStop = (text: string) => WORD_BEFORE_STOP().exec(text.slice(-40))?.[1];

/**
 * Whether the segmenter's break between a sentence so far and the segment `after` should be
 * undone. Only the sentence's `first` and `last` segments are read, never all of it, so that a
 * long run of joins ("U.S. U.S. U.S. …") stays linear.
 */
function joins(first: string, last: string, after: string, abbr: AbbreviationLists): boolean {
  if (CONTINUES().test(after)) return true;
  const word = wordBeforeStop(last);
  if (word) {
    if (abbr.beforeName.has(word)) return true;
    if (/^\s*\p{N}/u.test(after)) return abbr.beforeNumber.has(word);
    if (INITIALS().test(word)) return NAME_START().test(after);
    // "am 3. Oktober"
    if (abbr.ordinals && /^\p{N}+$/u.test(word)) return /^\s*\p{Lu}/u.test(after);
  }
  // '"Is it over?" Anna asked.': a short attribution after a quotation is part of it.
  return QUOTE_OPENS().test(first) && QUESTION_CLOSES().test(last) && ATTRIBUTION.test(after);
}

/** A sentence and where it stands in the text's structure. */
export interface Sentence {
  text: string;
  /** The section it is in: 0 before the first heading, then one more at each heading. */
  section: number;
  /** The block (paragraph, quotation, list item) it is in, counted from 0. */
  block: number;
}

/** The sentences of one block, verbatim (trimmed) and in order. */
function sentencesOfBlock(block: string, abbr: AbbreviationLists): string[] {
  const out: string[] = [];
  let current = '';
  let first = '';
  let last = '';
  for (const segment of segmentsOf(block)) {
    if (current && !joins(first, last, segment, abbr)) {
      out.push(current.trim());
      current = '';
    }
    if (!current) first = segment;
    current += last = segment;
  }
  if (current.trim()) out.push(current.trim());
  return out.flatMap(splitAtSpaceStops);
}

/**
 * The sentences of `text` with their section and block: blocks as `readBlocks` finds them, cut
 * after every possible stop, with the cuts after abbreviations, initials and quotations joined
 * again, and Thai and Lao sentences split at spaces.
 */
export function readSentences(text: string, lang?: string): Sentence[] {
  const abbr = abbreviationsFor(lang);
  return readBlocks(text).flatMap(({ text: block, section }, index) =>
    sentencesOfBlock(block, abbr).map((sentence) => ({ text: sentence, section, block: index })),
  );
}

/** The sentences of `text`, verbatim (trimmed, without markdown marks) and in order. */
export const splitSentences = (text: string, lang?: string): string[] =>
  readSentences(text, lang).map((s) => s.text);
