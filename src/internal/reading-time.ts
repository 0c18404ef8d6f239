const WORDS = /[^\s\u3000-\u9fff\uac00-\ud7af]+/g;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

/** How many times `re` (global) matches in `text`, without making the matches. */
function countMatches(re: RegExp, text: string) {
  let n = 0;
  for (re.lastIndex = 0; re.test(text); ) n++;
  return n;
}

/** Minutes to read the body: about 230 words a minute, or 500 characters for CJK scripts. */
export function readingMinutes(body: string): number {
  return Math.max(1, Math.round(countMatches(WORDS, body) / 230 + countMatches(CJK, body) / 500));
}
