// Pathological markdown: deep nesting, huge bodies, quadratic emphasis and lists. The element must
// either render or show an error, never let marked's stack overflow escape, and never block the
// main thread for long. Cases sit just under (accepted) or past (refused) the limits in
// src/internal/markdown/limits.ts, computed from its constants, so the test follows the limits if they change.
//
// Each case logs `[markdown-timing] <engine> <case> <ms> <state>`. To measure, run this file alone
// in one engine: ENGINES=firefox npx web-test-runner --config web-test-runner.all.config.js
// test/faults/pathological-markdown.test.ts --concurrency 1. The assertion leaves headroom for a
// loaded CI machine running three engines at once.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import type { ArticleSummaryElement } from '../../src/article-summary/article-summary.js';
import { checkLimits, MAX_MARKDOWN_DEPTH, MAX_MARKDOWN_LENGTH } from '../../src/internal/markdown/index.js';
import { engine, trapUncaught } from '../security/helpers.js';

/**
 * The most a case may block the main thread in this test (the logs show what it took). Alone on
 * an idle 2-core machine the slowest case takes 1.4 s (WebKit); with three engines sharing those
 * cores in `npm run test:all`, WebKit has taken 10 s for 10,000 one-line paragraphs. The budget
 * catches what the limits exist for: before them, such shapes took minutes.
 */
const BUDGET_MS = 20_000;
const L = MAX_MARKDOWN_LENGTH;
const D = MAX_MARKDOWN_DEPTH;

/** `unit` repeated to about `length` characters. */
const fill = (unit: string, length: number) => unit.repeat(Math.max(1, Math.floor(length / unit.length)));
/** Lines made by `line(i)`, as many as fit in `length` characters. */
function lines(length: number, line: (i: number) => string) {
  const out: string[] = [];
  for (let i = 0, size = 0; ; i++) {
    const l = line(i);
    if (size + l.length + 1 > length) break;
    out.push(l);
    size += l.length + 1;
  }
  return out.join('\n');
}
/** `make(n)` for the largest n (up to the length limit) that passes the work check. */
function atWorkLimit(make: (n: number) => string) {
  const passes = (n: number) => {
    try {
      checkLimits(make(n), 'body');
      return true;
    } catch {
      return false;
    }
  };
  let lo = 1;
  let hi = L;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (passes(mid)) lo = mid;
    else hi = mid - 1;
  }
  return make(lo);
}
/** A news paragraph of about 600 characters with a link, emphasis and strong text. */
const paragraph =
  'The council met on *Tuesday* to discuss the harbour plan. Residents asked why the ferry ' +
  'timetable changes again this summer, and the mayor said the **new berth** opens in June. ' +
  'The full [report](https://example.org/report) runs to ninety pages and lists the costs. ' +
  'Fishing crews want the old quay kept open; the port authority says it needs repairs first. ' +
  'A second meeting is planned for next month, when the budget for 2027 will be set by vote. ' +
  'Traders on the seafront welcomed the plan, though several said parking was still a worry.';

/** An article as newsrooms write them, about `length` characters long. */
function longRead(length: number) {
  const parts: string[] = [];
  for (let i = 0, size = 0; size < length; i++) {
    const part =
      i % 12 === 5 ? '## What happens next' :
      i % 12 === 8 ? '- The berth opens in June.\n- Fares stay the same.\n- Night boats run in summer.' :
      i % 12 === 10 ? '> "We waited ten years for this," said a ferry captain.' :
      paragraph;
    parts.push(part);
    size += part.length + 2;
  }
  return parts.join('\n\n');
}

/** Cases at the limits, which the element must render. */
const atLimits: Record<string, () => string> = {
  // Length.
  'a long read: 60,000 characters of paragraphs, headings, a list and a quote': () => longRead(60_000),
  'news paragraphs, at the work limit': () => atWorkLimit((n) => Array(n).fill(paragraph).join('\n\n')),
  'one line of words, at the length limit': () => fill('word ', L),
  'unclosed brackets, at the work limit': () => atWorkLimit((n) => '[a'.repeat(n)),
  'unclosed brackets, one a paragraph, at the work limit': () => atWorkLimit((n) => '[a 1\n\n'.repeat(n)),
  'setext headings, at the work limit': () =>
    atWorkLimit((n) => lines(n * 10, (i) => ['Heading', '-------', '', paragraph, ''][i % 5]!)),
  'one-line paragraphs, at the work limit': () => atWorkLimit((n) => 'Short.\n\n'.repeat(n)),
  'a 50,000-word article (300,000 characters) of paragraphs, headings, lists and quotes': () => longRead(300_000),
  'lines that start with inline HTML, at the work limit': () => atWorkLimit((n) => '<b>x</b> y\n\n'.repeat(n)),
  'headings, at the work limit': () => atWorkLimit((n) => '# Head\n'.repeat(n)),
  'hard-wrapped paragraphs, at the work limit': () =>
    atWorkLimit((n) => lines(n * 100, (i) => (i % 9 === 8 ? '' : 'A hard-wrapped line of prose, as text editors write markdown.'))),
  // Depth.
  'one line nested to the depth limit': () => `${'> '.repeat(D >> 1)}${'- '.repeat(D >> 1)}x`,
  'quotes nested to the depth limit and back, at the work limit': () =>
    atWorkLimit((n) => lines(n * 10, (i) => `${'>'.repeat((i % D) + 1)} x`)),
  'quotes of depth 1 and 8 in turn, at the work limit': () =>
    atWorkLimit((n) => lines(n * 10, (i) => `${'>'.repeat(i % 2 ? 8 : 1)} x`)),
  'block quote lines, at the work limit': () => atWorkLimit((n) => '> quoted text\n'.repeat(n)),
  // Work: emphasis.
  '_a_ in one paragraph, at the work limit': () => atWorkLimit((n) => '_a_'.repeat(n)),
  '*a in one paragraph, at the work limit': () => atWorkLimit((n) => '*a'.repeat(n)),
  'a_ in one paragraph, at the work limit': () => atWorkLimit((n) => 'a_'.repeat(n)),
  '**a in one paragraph, at the work limit': () => atWorkLimit((n) => '**a'.repeat(n)),
  '~a in one paragraph, at the work limit': () => atWorkLimit((n) => '~a'.repeat(n)),
  '_a_ paragraphs, together at the work limit': () =>
    atWorkLimit((n) => Array.from({ length: 50 }, () => '_a_'.repeat(n)).join('\n\n')),
  // Work: lists.
  'a list item with lazy lines, at the work limit': () =>
    atWorkLimit((n) => `- x\n${'lazy continuation text\n'.repeat(n)}`),
  '"- - - - x" with lazy lines, at the work limit': () =>
    atWorkLimit((n) => `- - - - x\n${'lazy continuation text\n'.repeat(n)}`),
  '"1. x" with indented lines, at the work limit': () =>
    atWorkLimit((n) => `1. x\n${'   indented continuation\n'.repeat(n)}`),
  'a tight list, at the work limit': () => atWorkLimit((n) => '- item with stress\n'.repeat(n)),
  'a tight list with emphasis, at the work limit': () => atWorkLimit((n) => '- item *x*\n'.repeat(n)),
  'a list first, then 20 paragraphs, at the work limit': () =>
    atWorkLimit((n) => `${'- item\n'.repeat(n)}\n${Array(20).fill(paragraph).join('\n\n')}`),
  'lists nested by indentation to the depth limit, at the work limit': () =>
    atWorkLimit((n) => lines(n * 10, (i) => `${' '.repeat((i % (2 * D - 1)) * 2)}- x`)),
  'quotes and lists nested to the depth limit, at the work limit': () =>
    atWorkLimit((n) =>
      lines(n * 10, (i) => `${'> - '.repeat((i % D) >> 1)}${i % 2 ? '> ' : ''}x`),
    ),
  // Many elements.
  'a table without outer pipes, at the work limit': () =>
    atWorkLimit((n) => `a | b | c\n--|--|--\n${'x | y | z\n'.repeat(n)}`),
  'loose list, at the work limit': () => atWorkLimit((n) => '- item\n\n'.repeat(n)),
  'table rows, at the work limit': () => atWorkLimit((n) => `| a | b | c |\n|---|---|---|\n${'| 1 | x | y |\n'.repeat(n)}`),
  'www autolinks, at the work limit': () => atWorkLimit((n) => 'www.example.com '.repeat(n)),
  'reference links, at the work limit': () =>
    atWorkLimit((n) => {
      const defs = Array.from({ length: n }, (_, i) => `[r${i}]: /u${i}`).join('\n');
      return `${defs}\n\n${Array.from({ length: n }, (_, i) => `[x][r${i}]`).join(' ')}`;
    }),
  'inline HTML, at the work limit': () => atWorkLimit((n) => '<b>x</b> '.repeat(n)),
  'inline HTML in short paragraphs, at the work limit': () =>
    atWorkLimit((n) => `${'<b>x</b> '.repeat(10)}\n\n`.repeat(n)),
  'nested <i><b>, at the work limit': () => atWorkLimit((n) => '<i><b>'.repeat(n)),
  'nested <div>, at the work limit': () => atWorkLimit((n) => '<div>'.repeat(n)),
  'nested <font>, at the work limit': () => atWorkLimit((n) => '<font>'.repeat(n)),
  'nested <table>, at the work limit': () => atWorkLimit((n) => '<table><tr><td>'.repeat(n)),
};

/** Cases the element must refuse with an error naming the problem. */
const refused: Record<string, [() => string, RegExp]> = {
  'a 5 MB body': [() => fill('Five megabytes of news. ', 5 * 1024 * 1024), /characters is longer than the limit/],
  'one character over the length limit': [() => 'a'.repeat(L + 1), /longer than the limit/],
  '100 KB of *a': [() => fill('*a', 100 * 1024), /too slow to render|longer than the limit/],
  '100 KB of _a_': [() => fill('_a_', 100 * 1024), /too slow to render|longer than the limit/],
  '* × 5000, a, * × 5000': [() => `${'*'.repeat(5000)}a${'*'.repeat(5000)}`, /too slow to render/],
  'a list item with 100 KB of lazy lines': [
    () => `- x\n${fill('lazy continuation text\n', 100_000)}`,
    /too slow to render/,
  ],
  'a tight list at the length limit': [() => lines(L, () => '- item'), /too slow to render/],
  'a table of 10,000 rows': [() => `a | b\n--|--\n${'x | y\n'.repeat(10_000)}`, /too slow to render/],
  'nested <div> × 20,000': [() => '<div>'.repeat(20_000), /too slow to render/],
  '> × 5000': [() => `${'>'.repeat(5000)} deep`, /nested more than/],
  '"- " × 5000 on one line': [() => `${'- '.repeat(5000)}deep`, /nested more than/],
  '"> - " × 2500 on one line': [() => `${'> - '.repeat(2500)}deep`, /nested more than/],
  '"1. " × 3000 on one line': [() => `${'1. '.repeat(3000)}deep`, /nested more than/],
  'a list indented one more level each line': [
    () => Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'),
    /nested more than|too slow to render/,
  ],
  'quotes one level deeper each line': [
    () => Array.from({ length: 300 }, (_, i) => `${'>'.repeat(i + 1)} x`).join('\n'),
    /nested more than/,
  ],
  'one line nested one level past the depth limit': [() => `${'> '.repeat(D + 1)}x`, /nested more than/],
};

interface Timing {
  ms: number;
  state: string;
  error?: string;
}

/** Renders `markdown` in a new <news-article>; returns how long the main thread was blocked. */
async function timeRender(markdown: string): Promise<Timing> {
  const el = document.createElement('news-article') as NewsArticleElement;
  el.markdown = `# Pathological\n\n${markdown}`;
  let error: string | undefined;
  el.addEventListener('news-article-error', (e) => (error = e.error));
  // Let the page settle (the previous case's garbage and layout) before timing.
  await new Promise((r) => setTimeout(r, 50));
  const start = performance.now();
  document.body.append(el);
  await el.updateComplete;
  el.offsetHeight; // forces style and layout of what was rendered
  const ms = performance.now() - start;
  const state = el.state;
  el.remove();
  return { ms, state, error };
}

function log(name: string, length: number, { ms, state, error }: Timing) {
  const why = state === 'error' ? ` (${error?.replace(/^body(, line \d+)?: /, '').slice(0, 40)})` : '';
  console.log(
    `[markdown-timing] ${engine().padEnd(8)} ${name.padEnd(66)} ${String(length).padStart(8)} chars ${ms.toFixed(0).padStart(6)} ms ${state}${why}`,
  );
}

describe('pathological markdown', function () {
  this.timeout(120_000);
  const uncaught = trapUncaught();
  afterEach(() => uncaught.check());

  for (const [name, make] of Object.entries(atLimits)) {
    it(`renders ${name}, without blocking the page`, async () => {
      const markdown = make();
      expect(markdown.length).to.be.at.most(L);
      const timing = await timeRender(markdown);
      log(name, markdown.length, timing);
      expect(timing.error).to.equal(undefined);
      expect(timing.state).to.equal('ready');
      expect(timing.ms).to.be.below(BUDGET_MS);
    });
  }

  for (const [name, [make, message]] of Object.entries(refused)) {
    it(`refuses ${name} with an error, quickly`, async () => {
      const markdown = make();
      const timing = await timeRender(markdown);
      log(name, markdown.length, timing);
      expect(timing.state).to.equal('error');
      expect(timing.error).to.match(message);
      expect(timing.error).to.match(/^body/);
      expect(timing.ms).to.be.below(BUDGET_MS);
    });
  }

  it('names the line of a nesting or work error', () => {
    expect(() => checkLimits(`ok\n\n${'>'.repeat(D + 1)} x`, 'body')).to.throw(/^body, line 3: nested more than/);
    expect(() => checkLimits(`ok\n\n${'_a_'.repeat(20_000)}`, 'summary')).to.throw(/^summary, line 3: too slow/);
  });

  it('shows a summary whose markdown is refused as plain text', async () => {
    const el = document.createElement('article-summary') as ArticleSummaryElement;
    el.summary = fill('*a', 100 * 1024);
    el.open = true;
    document.body.append(el);
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector('[part="panel"]')!;
    expect(panel.textContent).to.contain('*a*a*a');
    el.remove();
  });
});
