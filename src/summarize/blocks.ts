import { lazyPattern } from './lazy-pattern.js';

/**
 * The structure of a text: its blocks (paragraphs, quotations, list items) and the sections that
 * headings start. Reads plain text with blank lines between paragraphs, and the markdown a CMS or
 * `articleText` hands over: `## Heading` lines are section boundaries, never sentences; code
 * blocks, tables and footnote definitions are left out; link, image, emphasis and footnote marks
 * are removed so that only the words are left.
 */
export interface Block {
  text: string;
  /** 0 before the first heading, then one more at each heading. */
  section: number;
}

const HEADING = /^ {0,3}#{1,6}(\s|$)/;
const FENCE = /^ {0,3}(```|~~~)/;
/** Table rows and footnote definitions ("[^1]: …"). */
const LEFT_OUT = /^\s*(\||\[\^[^\]]{1,50}\]:)/;
/** A list item's marker: the item is a block of its own. */
const ITEM = /^\s*([-*+•]|\d{1,3}[.)])\s+/;
const QUOTE_MARK = /^\s*(>\s?)+/;
/** Inline marks, each with its bounds, so that a line of "[[[[" stays linear. */
const IMAGE_OR_FOOTNOTE = /!\[[^\]]{0,500}\]\([^)]{0,2000}\)|\[\^[^\]\s]{1,50}\]/g;
const LINK = /\[([^\]]{0,500})\]\([^)]{0,2000}\)/g;
/**
 * Emphasis and code marks at the start or end of a word: `**bold**`, `_it_`, `` `code` ``. (A
 * plain string, backslashes doubled: the pattern holds backticks, which `String.raw` cannot.)
 */
const EMPHASIS = lazyPattern(
  '(^|[^\\p{L}\\p{N}])[*_`]+(?=\\S)|(\\S)[*_`]+(?![\\p{L}\\p{N}])',
  'gu',
);

/** The blocks of `text`, in order, with their inline marks removed. */
export function readBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  let section = 0;
  let inCode = false;
  const end = () => {
    const words = lines.join('\n').replace(IMAGE_OR_FOOTNOTE, '').replace(LINK, '$1').replace(EMPHASIS(), '$1$2').trim();
    if (words) blocks.push({ text: words, section });
    lines = [];
  };
  for (const line of text.split('\n')) {
    if (FENCE.test(line)) inCode = !inCode;
    if (inCode || FENCE.test(line) || LEFT_OUT.test(line)) continue;
    if (!line.trim() || HEADING.test(line) || ITEM.test(line)) end();
    if (HEADING.test(line)) section++;
    else lines.push(line.replace(ITEM, '').replace(QUOTE_MARK, ''));
  }
  end();
  return blocks;
}
