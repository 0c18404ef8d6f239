// Bad attributes: a sensible default or a clear console warning, never a throw.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import type { ArticleSummaryElement } from '../../src/article-summary/article-summary.js';
import type { ArticleNavElement } from '../../src/article-nav/article-nav.js';
import { sleep, trapUncaught } from '../security/helpers.js';

const sample = {
  title: 'Night buses return',
  body: 'The first bus left at midnight. Drivers cheered at the depot. Three routes run until five.\n\n## Routes\n\nThe number 4 goes to the harbour.',
  next: { title: 'Bridge works begin', url: '/news/bridge' },
};
const STORY =
  '<p>The ferry timetable changes on Monday. Morning boats leave ten minutes earlier. ' +
  'Evening boats run until midnight in summer. Tickets cost the same as last year. ' +
  'The harbour office says the change follows a survey of passengers.</p>';

/** Mounts `markup` in a fresh container and returns its first element. */
async function mount<T extends HTMLElement>(markup: string): Promise<T> {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  document.body.append(holder);
  const el = holder.querySelector('news-article, article-summary, article-nav') as T & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  return el;
}

async function ready(el: NewsArticleElement) {
  while (el.state === 'loading') await sleep(10);
  await el.updateComplete;
  return el;
}

describe('bad attributes', () => {
  const uncaught = trapUncaught();
  let warnings: string[];
  const warn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = warn;
    document.querySelectorAll('body > div').forEach((d) => d.remove());
    uncaught.check();
  });

  for (const value of ['9', '0', '-2', '2.5', 'two', '']) {
    it(`heading-level="${value}": an <h1>, and a warning naming the attribute`, async () => {
      const el = await mount<NewsArticleElement>(`<news-article heading-level="${value}"></news-article>`);
      el.article = sample;
      await ready(el);
      expect(el.state).to.equal('ready');
      expect(el.shadowRoot!.querySelector('h1#headline')!.textContent).to.equal(sample.title);
      expect(el.shadowRoot!.querySelector('[part="body"] h2')).to.exist;
      expect(warnings.join('\n')).to.contain(`heading-level="${value}" is not 1–6; using 1`);
    });
  }

  it('heading-level changed to a bad value later: back to <h1>, with a warning', async () => {
    const el = await mount<NewsArticleElement>('<news-article heading-level="3"></news-article>');
    el.article = sample;
    await ready(el);
    expect(el.shadowRoot!.querySelector('h3#headline')).to.exist;
    el.setAttribute('heading-level', '12');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h1#headline')).to.exist;
    expect(el.shadowRoot!.querySelector('[part="body"] h2')).to.exist;
    expect(warnings.join('\n')).to.contain('heading-level="12"');
  });

  const pageLangs: [string, string, RegExp][] = [
    ['en_US', 'English', /January 5, 2026/],
    ['english!', 'English', /January 5, 2026/],
    ['es_ES', 'Spanish', /5 de enero de 2026/],
  ];
  for (const [value, language, expected] of pageLangs) {
    it(`a page lang="${value}" (not a language tag): the article renders, dates in ${language}`, async () => {
      const el = await mount<NewsArticleElement>(`<div lang="${value}"><news-article></news-article></div>`);
      el.article = { ...sample, published: '2026-01-05T10:00:00Z', authors: [{ name: 'Ana' }, { name: 'Ben' }] };
      await ready(el);
      expect(el.state).to.equal('ready');
      expect(el.shadowRoot!.querySelector('time')!.textContent).to.match(expected);
    });
  }

  it('theme="purple": renders like theme="auto"', async () => {
    const purple = await mount<NewsArticleElement>('<news-article theme="purple"></news-article>');
    const auto = await mount<NewsArticleElement>('<news-article theme="auto"></news-article>');
    purple.article = auto.article = sample;
    await Promise.all([ready(purple), ready(auto)]);
    expect(purple.state).to.equal('ready');
    const color = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part~="headline"]')!).color;
    expect(color(purple)).to.equal(color(auto));
    const innerSummary = purple.shadowRoot!.querySelector('article-summary')!;
    const innerNav = purple.shadowRoot!.querySelector('article-nav')!;
    expect(innerSummary.getAttribute('theme')).to.equal('purple');
    expect(getComputedStyle(innerNav).display).to.equal('block');
  });

  it('theme="purple" on <article-summary> and <article-nav>: no throw, rendered', async () => {
    const summary = await mount<ArticleSummaryElement>(`<article-summary theme="purple">A summary.</article-summary>`);
    const nav = await mount<ArticleNavElement>('<article-nav theme="purple" prev-href="/a" prev-title="A"></article-nav>');
    summary.open = true;
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('button')).to.exist;
    expect(nav.shadowRoot!.querySelectorAll('a')).to.have.length(1);
  });

  for (const value of ['-1', '0', 'many']) {
    it(`sentences="${value}": the default length (three sentences here), and a warning`, async () => {
      const el = await mount<ArticleSummaryElement>(
        `<article-summary for="story-${value}" sentences="${value}"></article-summary><article id="story-${value}">${STORY}</article>`,
      );
      el.open = true;
      await el.updateComplete;
      await sleep(50);
      await el.updateComplete;
      expect(warnings.join('\n')).to.match(/sentences="[^"]*" is not a positive number; using the default/);
      const points = el.shadowRoot!.querySelectorAll('[part="panel"] li');
      expect(points.length).to.equal(3);
    });
  }

  it('an empty for="": summarizes the enclosing <article>', async () => {
    const holder = document.createElement('div');
    holder.innerHTML = `<article>${STORY}<article-summary for=""></article-summary></article>`;
    document.body.append(holder);
    const el = holder.querySelector('article-summary')!;
    el.open = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="panel"] li').length).to.be.above(0);
    expect(warnings).to.deep.equal([]);
  });

  it('for pointing at nothing: a warning naming the id, and an empty panel', async () => {
    const el = await mount<ArticleSummaryElement>('<article-summary for="no-such-id"></article-summary>');
    el.open = true;
    await el.updateComplete;
    expect(warnings.join('\n')).to.contain('nothing to summarize');
    expect(warnings.join('\n')).to.contain('"no-such-id"');
    const panel = el.shadowRoot!.querySelector('[part="panel"]')!;
    expect(panel.hasAttribute('hidden')).to.equal(false);
    expect(panel.querySelector('li')).to.equal(null);
    expect(panel.textContent!.trim()).to.not.equal('');
  });

  it('prev-href with a script URL: the link is dropped, with a warning', async () => {
    const nav = await mount<ArticleNavElement>(
      '<article-nav prev-href="javascript:alert(1)" prev-title="Evil" next-href="/ok" next-title="Fine"></article-nav>',
    );
    const links = [...nav.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal([new URL('/ok', location.href).href]);
    expect(warnings.join('\n')).to.contain('dropped the prev link');
  });

  it('an empty src: an error that says what to set, and the fallback', async () => {
    const el = await mount<NewsArticleElement>('<news-article src=""><p>Fallback</p></news-article>');
    const quiet = console.error;
    console.error = () => {};
    try {
      await ready(el);
    } finally {
      console.error = quiet;
    }
    expect(el.state).to.equal('error');
    expect(el.getAttribute('error')).to.match(/No article: set `src`/);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.equal('This article could not be loaded.');
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
  });
});
