import { lazyPattern } from './lazy-pattern.js';

/**
 * Which sentences may stand in a summary. A summary sentence should make sense alone, so page
 * furniture (bylines, datelines, photo credits, calls to action), questions, headings,
 * fragments of quotations and list items that run on are left out. The furniture patterns are English; extend them per site.
 */
const FURNITURE_PATTERNS = [
  '^((words|reporting|written) )?by\\s[^.!?]{0,60}$',
  '\\b(published|updated|posted)\\s*:|\\blast updated( at)? \\d',
  '^(photo(graph)?|picture|image|video)s?( credit| copyright)?\\s*:|^(image )?copyright\\b',
  '\\b(getty images|shutterstock|ap photo|afp photo)\\b',
  '^(read more|click here|scroll down|sign up|subscribe|follow us|share this|see also|advertisement|related:|watch:|if you have a story)',
  '\\bmedia playback is (not supported|unsupported)|\\S+@\\S+\\.\\w|https?:\\/\\/',
];
const FURNITURE = lazyPattern(FURNITURE_PATTERNS.join('|'), 'iu');
const QUESTION = lazyPattern(String.raw`[?？؟][\p{Pf}\p{Pe}"'»]*\s*$`, 'u');
/** A list item or clause that runs on: "a quiet corner for children;", "including:". */
const RUNS_ON = /[,;:،؛、，；：–—-]\s*$/;
const QUOTE_START = lazyPattern(String.raw`^[\p{Pi}"«„「『]`, 'u');
/** Double quotation marks of every style; a sentence with an odd number is part of a quotation. */
const QUOTE_MARKS = /["“”„«»「」『』]/g;

/** Whether a sentence of `termCount` terms may be chosen for a summary. */
export function isCandidate(sentence: string, termCount: number, minTerms: number): boolean {
  return (
    termCount >= minTerms &&
    !QUESTION().test(sentence) &&
    !RUNS_ON.test(sentence) &&
    !FURNITURE().test(sentence) &&
    // A quotation, or a piece of one that runs over several sentences.
    !QUOTE_START().test(sentence) &&
    (sentence.match(QUOTE_MARKS)?.length ?? 0) % 2 === 0
  );
}
