import { expect } from '@open-wc/testing';
import {
  checkLimits,
  estimateWork,
  MAX_MARKDOWN_DEPTH as DEPTH,
  MAX_MARKDOWN_LENGTH as LENGTH,
  WORK_PER_LINE as LINE,
  WORK_PER_MARK as MARK,
} from './limits.js';

interface Row {
  /** What the input is. */
  shape: string;
  markdown: string;
  /** The estimate, written out from the rules in limits.ts (left out where only the verdict matters). */
  work?: number;
  /** `accepted`, or the error checkLimits throws. */
  verdict: 'accepted' | RegExp;
}

const rows: Row[] = [
  { shape: 'a plain line', markdown: 'Hello', work: LINE, verdict: 'accepted' },
  { shape: 'a line with 2 marks and 4 characters', markdown: '*a*', work: LINE + 2 * MARK + 2 * 4, verdict: 'accepted' },
  {
    shape: 'two paragraphs: each is a block of its own',
    markdown: 'a *b*\n\nc *d*',
    work: 2 * (LINE + 2 * MARK) + 2 * (2 * 6),
    verdict: 'accepted',
  },
  {
    shape: 'the same lines as one paragraph: length × marks grows faster',
    markdown: 'a *b*\nc *d*',
    work: 2 * (LINE + 2 * MARK) + 4 * 12,
    verdict: 'accepted',
  },
  { shape: 'a quote line: depth 1 counts like a mark', markdown: '> x', work: LINE + 1 * 4, verdict: 'accepted' },
  {
    shape: 'a list item continued after a blank line: one block',
    markdown: '- a\n\n  b',
    work: 2 * LINE + (1 + 1) * (4 + 4),
    verdict: 'accepted',
  },
  {
    shape: 'text at column 0 after a blank line ends the list',
    markdown: '- a\n\nb',
    work: 2 * LINE + 1 * 4,
    verdict: 'accepted',
  },
  {
    shape: 'indentation: one level per 4 columns past the marker',
    markdown: '        - x',
    work: LINE + 3 * 12,
    verdict: 'accepted',
  },
  {
    shape: 'a line that starts with HTML costs the rest of the document',
    markdown: 'x\n<b>y</b>\nz',
    work: 3 * LINE + 2 * MARK + 10 + 2 * 13,
    verdict: 'accepted',
  },
  { shape: 'a URL counts as markup', markdown: 'see http://a.b', work: LINE + MARK + 1 * 15, verdict: 'accepted' },
  { shape: 'a paragraph of _a_ × 1,134: just under the work limit', markdown: '_a_'.repeat(1134), work: 9_987_004, verdict: 'accepted' },
  {
    shape: 'a paragraph of _a_ × 1,135: just over it',
    markdown: '_a_'.repeat(1135),
    work: 10_002_620,
    verdict: /^body, line 1: too slow to render/,
  },
  { shape: 'a tight list at the length limit', markdown: '- item\n'.repeat(LENGTH / 7), verdict: /^body, line \d+: too slow/ },
  { shape: 'plain text at the length limit', markdown: 'a'.repeat(LENGTH), verdict: 'accepted' },
  { shape: 'one character more', markdown: 'a'.repeat(LENGTH + 1), verdict: /^body: 500001 characters is longer than the limit/ },
  { shape: 'quotes at the depth limit', markdown: '> '.repeat(DEPTH) + 'x', verdict: 'accepted' },
  { shape: 'quotes one level deeper', markdown: `ok\n${'> '.repeat(DEPTH + 1)}x`, verdict: /^body, line 2: nested more than 32 levels deep/ },
  { shape: 'list markers one level deeper', markdown: '- '.repeat(DEPTH + 1) + 'x', verdict: /nested more than/ },
  { shape: 'indentation of 128 columns', markdown: ' '.repeat(DEPTH * 4) + 'x', verdict: 'accepted' },
  { shape: 'indentation of 129 columns', markdown: ' '.repeat(DEPTH * 4 + 1) + 'x', verdict: /nested more than/ },
];

describe('markdown limits', () => {
  for (const { shape, markdown, work, verdict } of rows) {
    it(`${shape}: ${work === undefined ? '' : `work ${work}, `}${verdict === 'accepted' ? 'accepted' : 'refused'}`, () => {
      if (work !== undefined) expect(estimateWork(markdown)).to.equal(work);
      if (verdict === 'accepted') expect(() => checkLimits(markdown, 'body')).not.to.throw();
      else expect(() => checkLimits(markdown, 'body')).to.throw(verdict);
    });
  }
});
