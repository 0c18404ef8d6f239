import { abbreviationsFor, type AbbreviationSets } from './abbreviations.js';

/** A sentence as it appears in the text, with the paragraph it belongs to. */
export interface Sentence {
  text: string;
  paragraph: number;
}

const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/;
const LAST_WORD = /(\S+)\.\s*$/u;
const LEADING_PUNCT = /^[\p{Ps}\p{Pi}"'«]+/u;
/** "J", "U.S", "J.R.R": capital letters each followed by a dot (the last dot is cut off). */
const INITIALS = /^\p{Lu}(\.\p{Lu})*$/u;
/** A quotation that is the whole sentence and ends in "?" or "!": `"Is it over?"` */
const QUESTION_QUOTE = /^\s*[\p{Pi}"'«][^]*[!?…]['"\p{Pf}»]\s*$/u;
const STARTS_LOWER = /^[\s\p{Pe}\p{Pf}"'»]*(\p{Ll}|[,;:)\]}%])/u;
const STARTS_DIGIT = /^\s*\p{N}/u;
const STARTS_UPPER = /^\s*\p{Lu}/u;
const WORDS = /\S+/g;

/** Whether the segmenter's break between `before` and `after` should be undone. */
function joins(before: string, after: string, abbr: AbbreviationSets): boolean {
  // A sentence does not start in lower case: "p.m. on", '"Why?" she asked', a wrapped line.
  if (STARTS_LOWER.test(after) || !/[\p{L}\p{N}]/u.test(after)) return true;
  const match = LAST_WORD.exec(before);
  if (match) {
    const word = match[1].replace(LEADING_PUNCT, '');
    if (abbr.name.has(word)) return true;
    if (INITIALS.test(word)) return STARTS_UPPER.test(after);
    if (STARTS_DIGIT.test(after)) return abbr.number.has(word);
    if (abbr.ordinals && /^\p{N}+$/u.test(word)) return STARTS_UPPER.test(after);
  }
  // '"Is it over?" Anna asked.': a short attribution after a quotation is part of it.
  return QUESTION_QUOTE.test(before) && (after.match(WORDS)?.length ?? 0) <= 3 && /\.\s*$/.test(after);
}

/**
 * Splits plain text into sentences: paragraphs at blank lines, then `Intl.Segmenter`, with its
 * breaks after abbreviations, initials and quotations repaired. Sentences are verbatim (trimmed).
 */
export function segmentSentences(text: string, lang?: string): Sentence[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const abbr = abbreviationsFor(lang);
  const out: Sentence[] = [];
  text.split(PARAGRAPH_BREAK).forEach((paragraph, index) => {
    let current = '';
    for (const { segment } of segmenter.segment(paragraph)) {
      if (current && !joins(current, segment, abbr)) {
        out.push({ text: current.trim(), paragraph: index });
        current = '';
      }
      current += segment;
    }
    if (current.trim()) out.push({ text: current.trim(), paragraph: index });
  });
  return out;
}

/** The sentences of `text`, verbatim and in order. */
export function splitSentences(text: string, lang?: string): string[] {
  return segmentSentences(text, lang).map((s) => s.text);
}
