import { fixture, fixtureSync, html, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { ArticleSummaryElement, type ArticleSummaryToggleEvent } from './article-summary.js';
import { articleText, type SummarizerFunction, type SummarizerOptions } from './sources.js';

const PARAGRAPHS = [
  'The city council approved the new budget on Tuesday. It raises spending on schools by a tenth.',
  'Opposition members said the plan was rushed. They asked for a second reading next month.',
  'The mayor called the vote a turning point. Work on the first schools starts in June.',
];
const TEXT = PARAGRAPHS.join('\n\n');

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  root(el).querySelector<T>(selector)!;
const button = (el: Element) => $<HTMLButtonElement>(el, 'button');
const panel = (el: Element) => $(el, '[part="panel"]');
const items = (el: Element) =>
  [...root(el).querySelectorAll('[part="panel"] li')].map((li) => li.textContent!.trim());
const live = (el: Element) => $(el, '[role="status"]');
const busy = (el: Element) => live(el).getAttribute('aria-busy') === 'true';
const settled = (el: Element) =>
  waitUntil(() => !busy(el), 'the summary did not finish', { timeout: 3000 });

/** An article with paragraphs, and an <article-summary> placed by the caller's template. */
const article = (summary: unknown) =>
  html`<article id="story">${summary} ${PARAGRAPHS.map((p) => html`<p>${p}</p>`)}</article>`;

async function withSummary(summary: unknown) {
  const wrapper = fixtureSync(html`<div>${article(summary)}</div>`);
  const el = wrapper.querySelector('article-summary')!;
  await el.updateComplete;
  return el;
}

async function press(el: ArticleSummaryElement) {
  button(el).click();
  await el.updateComplete;
}

/** Records console.warn calls for the length of a test. */
let warnings: string[] = [];
const realWarn = console.warn;
beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
});
afterEach(() => {
  console.warn = realWarn;
  delete (globalThis as { Summarizer?: unknown }).Summarizer;
});

describe('<article-summary>', () => {
  it('is defined', () => {
    expect(document.createElement('article-summary')).to.be.instanceOf(ArticleSummaryElement);
  });

  it('renders the prompt and a collapsed button, and computes nothing until asked', async () => {
    const el = await withSummary(html`<article-summary></article-summary>`);
    expect($(el, '[part="prompt"]').textContent!.trim()).to.equal('No time to read?');
    expect(button(el).textContent!.trim()).to.equal('Get a summary');
    expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    expect(button(el).getAttribute('aria-controls')).to.equal(panel(el).id);
    expect(panel(el).hidden).to.be.true;
    expect(panel(el).textContent!.trim()).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('opens and closes with the button, firing article-summary-toggle', async () => {
    const el = await withSummary(html`<article-summary></article-summary>`);
    setTimeout(() => button(el).click());
    const opened = (await oneEvent(
      el,
      'article-summary-toggle',
    )) as unknown as ArticleSummaryToggleEvent;
    expect(opened.open).to.be.true;
    expect(opened.source).to.equal('extractive');
    expect(opened.bubbles && opened.composed).to.be.true;
    expect(el.open).to.be.true;
    expect(el.hasAttribute('open')).to.be.true;
    expect(button(el).getAttribute('aria-expanded')).to.equal('true');
    expect(button(el).textContent!.trim()).to.equal('Hide summary');
    expect(panel(el).hidden).to.be.false;
    await expect(el).to.be.accessible();
    setTimeout(() => button(el).click());
    const closed = (await oneEvent(
      el,
      'article-summary-toggle',
    )) as unknown as ArticleSummaryToggleEvent;
    expect(closed.open).to.be.false;
    expect(panel(el).hidden).to.be.true;
    expect(el.hasAttribute('open')).to.be.false;
  });

  it('opens from the open attribute', async () => {
    const el = await withSummary(html`<article-summary open></article-summary>`);
    expect(panel(el).hidden).to.be.false;
    expect(items(el)).to.have.length(3);
  });

  it('summarizes the nearest ancestor <article> with the extractive summarizer, with a disclosure', async () => {
    const el = await withSummary(html`<article-summary></article-summary>`);
    await press(el);
    const points = items(el);
    expect(points).to.have.length(3);
    for (const point of points) expect(TEXT).to.contain(point);
    expect($(el, '[part="disclosure"]').textContent).to.equal('Key sentences from this article, chosen automatically');
    expect(busy(el)).to.be.false;
  });

  it('summarizes the element named by for= in the same document', async () => {
    const wrapper = fixtureSync(
      html`<div>
        <article-summary for="story" sentences="2"></article-summary>
        ${article('')}
      </div>`,
    );
    const el = wrapper.querySelector('article-summary')!;
    await el.updateComplete;
    await press(el);
    expect(items(el)).to.have.length(2);
    for (const point of items(el)) expect(TEXT).to.contain(point);
  });

  it('looks for= up in its own shadow root, not the document', async () => {
    const host = fixtureSync(html`<div><p id="body">Wrong text from the document.</p></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<article-summary for="body"></article-summary><div id="body"><p>${PARAGRAPHS[0]}</p></div>`;
    const el = shadow.querySelector('article-summary')!;
    await el.updateComplete;
    await press(el);
    expect(items(el).join(' ')).to.contain('city council');
    expect(items(el).join(' ')).not.to.contain('Wrong');
  });

  it('shows a message and warns, without throwing, when there is nothing to summarize', async () => {
    const el = await fixture<ArticleSummaryElement>(html`<article-summary></article-summary>`);
    await press(el);
    expect(panel(el).textContent).to.contain('Nothing to summarize.');
    expect(warnings.join()).to.contain('nothing to summarize');
    await expect(el).to.be.accessible();

    const missing = await fixture<ArticleSummaryElement>(
      html`<article-summary for="nope" open></article-summary>`,
    );
    expect(panel(missing).textContent).to.contain('Nothing to summarize.');
    expect(warnings.join()).to.contain('id "nope"');
  });

  it('uses the sentences attribute, and 3 (with a warning) for invalid values', async () => {
    for (const [value, count] of [
      ['1', 1],
      ['2', 2],
      ['0', 3],
      ['-4', 3],
      ['many', 3],
    ] as const) {
      warnings = [];
      const el = await withSummary(
        html`<article-summary sentences=${value} open></article-summary>`,
      );
      expect(items(el), `sentences="${value}"`).to.have.length(count);
      expect(warnings.length > 0, `warned for "${value}"`).to.equal(count === 3);
    }
  });

  it('renders a provided markdown summary through the sanitizer, without a disclosure', async () => {
    const summary =
      '**Budget passed.** [More](javascript:alert(1))\n\n<img alt="" onerror="alert(2)"><a href="javascript:alert(3)" onclick="alert(4)">x</a><script>alert(5)</script>';
    const el = await withSummary(html`<article-summary .summary=${summary}></article-summary>`);
    setTimeout(() => button(el).click());
    const event = (await oneEvent(
      el,
      'article-summary-toggle',
    )) as unknown as ArticleSummaryToggleEvent;
    expect(event.source).to.equal('provided');
    expect($(el, '[part="panel"] strong').textContent).to.equal('Budget passed.');
    expect($(el, '[part="panel"] img').hasAttribute('onerror')).to.be.false;
    for (const a of root(el).querySelectorAll('[part="panel"] a')) {
      expect(a.getAttribute('href') ?? '').not.to.contain('javascript');
      expect(a.hasAttribute('onclick')).to.be.false;
    }
    expect($(el, '[part="panel"] script')).to.be.null;
    expect($(el, '[part="disclosure"]')).to.be.null;
    // Closing and reopening shows it again (the rendered fragment is kept, not emptied).
    await press(el);
    await press(el);
    expect($(el, '[part="panel"] strong').textContent).to.equal('Budget passed.');
    await expect(el).to.be.accessible();
  });

  it('renders provided key points as a list of plain text', async () => {
    const summary = ['Budget <b>passed</b>', 'Schools get more'];
    const el = await withSummary(
      html`<article-summary open .summary=${summary}></article-summary>`,
    );
    expect(items(el)).to.deep.equal(summary);
    expect($(el, '[part="panel"] b')).to.be.null;
    expect($(el, '[part="disclosure"]')).to.be.null;
  });

  it('shows a summary given as light-DOM children', async () => {
    const el = await withSummary(
      html`<article-summary
        ><span slot="prompt">In a hurry?</span>
        <p>Written by an editor.</p></article-summary
      >`,
    );
    expect($<HTMLSlotElement>(el, '[part="prompt"] slot').assignedNodes()[0].textContent).to.equal(
      'In a hurry?',
    );
    setTimeout(() => button(el).click());
    const event = (await oneEvent(
      el,
      'article-summary-toggle',
    )) as unknown as ArticleSummaryToggleEvent;
    expect(event.source).to.equal('provided');
    const slot = $<HTMLSlotElement>(el, '[part="panel"] slot');
    expect(slot.assignedElements()[0].textContent).to.equal('Written by an editor.');
    expect(items(el)).to.have.length(0);
    expect($(el, '[part="disclosure"]')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('takes labels from attributes', async () => {
    const el = await withSummary(
      html`<article-summary
        prompt-label="Busy?"
        show-label="Show"
        hide-label="Hide"
        disclosure-label="Made by a machine"
      ></article-summary>`,
    );
    expect($(el, '[part="prompt"]').textContent!.trim()).to.equal('Busy?');
    expect(button(el).textContent!.trim()).to.equal('Show');
    await press(el);
    expect(button(el).textContent!.trim()).to.equal('Hide');
    expect($(el, '[part="disclosure"]').textContent).to.equal('Made by a machine');
  });

  it('translates its labels by the lang of an ancestor, across shadow roots', async () => {
    const el = fixtureSync(
      html`<div lang="es"><article-summary></article-summary></div>`,
    ).querySelector('article-summary')!;
    await el.updateComplete;
    expect($(el, '[part="prompt"]').textContent!.trim()).to.equal('¿No tienes tiempo para leer?');
    expect(button(el).textContent!.trim()).to.equal('Ver un resumen');

    const host = fixtureSync(html`<div lang="es-MX"></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML = '<article-summary></article-summary>';
    const inner = host.shadowRoot!.querySelector('article-summary')!;
    await inner.updateComplete;
    expect(button(inner).textContent!.trim()).to.equal('Ver un resumen');
  });

  it('lays out right to left', async () => {
    const el = fixtureSync(
      html`<div dir="rtl" lang="ar"><article-summary></article-summary></div>`,
    ).querySelector('article-summary')!;
    await el.updateComplete;
    const prompt = $(el, '[part="prompt"]').getBoundingClientRect();
    expect(button(el).getBoundingClientRect().right).to.be.lessThan(prompt.left + 1);
    await expect(el).to.be.accessible();
  });

  it('reflects theme', async () => {
    const el = await fixture<ArticleSummaryElement>(html`<article-summary></article-summary>`);
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
  });
});

describe('<article-summary> panel for assistive technology', () => {
  it('names the panel "Summary" and announces what it shows when it opens', async () => {
    const el = await withSummary(html`<article-summary></article-summary>`);
    expect(panel(el).getAttribute('role')).to.equal('group');
    expect(panel(el).getAttribute('aria-label')).to.equal('Summary');
    // The live region is there (and empty) before opening, so adding the summary is announced.
    expect(live(el).contains(panel(el))).to.be.true;
    expect(live(el).textContent!.trim()).to.equal('');
    await press(el);
    const said = live(el).textContent!.replace(/\s+/g, ' ');
    for (const point of items(el)) expect(said).to.contain(point);
    expect(said).to.contain('Key sentences from this article, chosen automatically');
    expect(busy(el)).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('keeps the announcement back while a summarizer works, then announces the result', async () => {
    let resolve!: (value: string[]) => void;
    const el = await withSummary(
      html`<article-summary .summarizer=${() => new Promise((r) => (resolve = r))}></article-summary>`,
    );
    await press(el);
    expect(live(el).getAttribute('aria-busy')).to.equal('true');
    resolve(['Budget passes.']);
    await settled(el);
    expect(live(el).getAttribute('aria-busy')).to.equal('false');
    expect(live(el).textContent).to.contain('Budget passes.');
  });

  it('translates the panel name, and takes it from the labels property', async () => {
    const es = fixtureSync(
      html`<div lang="es"><article-summary></article-summary></div>`,
    ).querySelector('article-summary')!;
    await es.updateComplete;
    expect(panel(es).getAttribute('aria-label')).to.equal('Resumen');
    es.labels = { panel: 'Resumen del artículo', show: 'Resumir' };
    await es.updateComplete;
    expect(panel(es).getAttribute('aria-label')).to.equal('Resumen del artículo');
    expect(button(es).textContent!.trim()).to.equal('Resumir');
    es.showLabel = 'Ver';
    await es.updateComplete;
    expect(button(es).textContent!.trim()).to.equal('Ver', 'the attribute wins over labels');
  });
});

describe('<article-summary> toggles of the same article', () => {
  const two = async (summarizer?: SummarizerFunction) => {
    const wrapper = fixtureSync(html`<div>
      <article-summary for="shared" .summarizer=${summarizer}></article-summary>
      <article id="shared">${PARAGRAPHS.map((p) => html`<p>${p}</p>`)}</article>
      <article-summary for="shared" .summarizer=${summarizer}></article-summary>
    </div>`);
    const [a, b] = wrapper.querySelectorAll('article-summary');
    await Promise.all([a.updateComplete, b.updateComplete]);
    return [a, b];
  };

  it('share one summary: the summarizer runs once, even while the first is still waiting', async () => {
    let calls = 0;
    let resolve!: (value: string[]) => void;
    const [a, b] = await two(() => (calls++, new Promise((r) => (resolve = r))));
    await press(a);
    await press(b);
    expect(busy(a) && busy(b)).to.be.true;
    resolve(['Shared point.']);
    await settled(a);
    await settled(b);
    expect(items(a)).to.deep.equal(['Shared point.']);
    expect(items(b)).to.deep.equal(['Shared point.']);
    expect(calls).to.equal(1);
  });

  it('keeps making the summary while another toggle still waits for it', async () => {
    const signals: AbortSignal[] = [];
    let resolve!: (value: string) => void;
    const [a, b] = await two((_, { signal }) => (signals.push(signal), new Promise((r) => (resolve = r))));
    await press(a);
    await press(b);
    await press(a); // closes the first; the second still waits
    expect(signals).to.have.length(1);
    expect(signals[0].aborted).to.be.false;
    resolve('Still wanted.');
    await settled(b);
    expect($(b, '[part="panel"] p').textContent).to.equal('Still wanted.');
    await press(b);
    expect(signals[0].aborted).to.be.false; // done: nothing to abort, and kept for next time
  });

  it('each open their own panel, with ids that resolve in their own shadow root', async () => {
    const [a, b] = await two();
    await press(b);
    expect(a.open).to.be.false;
    expect(panel(a).hidden).to.be.true;
    expect(panel(b).hidden).to.be.false;
    for (const el of [a, b]) {
      const id = button(el).getAttribute('aria-controls')!;
      expect(root(el).getElementById(id)).to.equal(panel(el));
    }
    expect(items(b)).to.have.length(3);
  });
});

describe('<article-summary> with a summarizer property', () => {
  const use = (summarizer: SummarizerFunction) =>
    withSummary(html`<article-summary .summarizer=${summarizer}></article-summary>`);

  it('passes text, sentences, lang and a signal, and shows a string as plain text', async () => {
    let seen: [string, SummarizerOptions] | undefined;
    const wrapper = fixtureSync(
      html`<div lang="en-GB">
        ${article(html`<article-summary sentences="4"></article-summary>`)}
      </div>`,
    );
    const el = wrapper.querySelector('article-summary')!;
    el.summarizer = (text, options) => (
      (seen = [text, options]),
      'A <img src=x onerror=alert(1)> summary.'
    );
    await el.updateComplete;
    setTimeout(() => button(el).click());
    const event = (await oneEvent(
      el,
      'article-summary-toggle',
    )) as unknown as ArticleSummaryToggleEvent;
    expect(event.source).to.equal('custom');
    await settled(el);
    expect(seen![0]).to.equal(TEXT);
    expect(seen![1].sentences).to.equal(4);
    expect(seen![1].lang).to.equal('en-GB');
    expect(seen![1].signal).to.be.instanceOf(AbortSignal);
    expect($(el, '[part="panel"] p').textContent).to.equal(
      'A <img src=x onerror=alert(1)> summary.',
    );
    expect($(el, '[part="panel"] img')).to.be.null;
    expect($(el, '[part="disclosure"]')).to.exist;
  });

  it('gives a page summarizer 3 sentences when the page did not set sentences', async () => {
    let seen: SummarizerOptions | undefined;
    const el = await use((_, options) => ((seen = options), 'Short.'));
    await press(el);
    await settled(el);
    expect(seen!.sentences).to.equal(3);
  });

  it('shows an array as a list, and bullet lines as a list', async () => {
    const el = await use(() => ['One.', 'Two.']);
    await press(el);
    await settled(el);
    expect(items(el)).to.deep.equal(['One.', 'Two.']);
    el.summarizer = () => '- Three.\n• Four.';
    await el.updateComplete;
    await settled(el);
    expect(items(el)).to.deep.equal(['Three.', 'Four.']);
  });

  it('shows a busy panel while a promise is pending, then its result', async () => {
    let resolve!: (value: string[]) => void;
    const el = await use(() => new Promise((r) => (resolve = r)));
    await press(el);
    expect(busy(el)).to.be.true;
    expect($(el, '.spinner')).to.exist;
    expect(panel(el).textContent).to.contain('Summarizing…');
    await expect(el).to.be.accessible();
    resolve(['Done.']);
    await settled(el);
    expect(items(el)).to.deep.equal(['Done.']);
    expect($(el, '.spinner')).to.be.null;
  });

  it('streams an async iterable into the panel as chunks arrive', async () => {
    let release!: () => void;
    const el = await use(async function* () {
      yield 'First part';
      await new Promise<void>((r) => (release = r));
      yield ', second part.';
    });
    await press(el);
    await waitUntil(() => panel(el).textContent!.includes('First part'), 'first chunk not shown');
    expect(busy(el)).to.be.true;
    expect(panel(el).textContent).not.to.contain('second');
    release();
    await settled(el);
    expect($(el, '[part="panel"] p').textContent).to.equal('First part, second part.');
    expect($(el, '[part="disclosure"]')).to.exist;
  });

  it('falls back to the extractive summary when it throws, rejects or returns nothing usable', async () => {
    const failures: SummarizerFunction[] = [
      () => {
        throw new Error('boom');
      },
      () => Promise.reject(new Error('down')),
      () => [],
      () => 42 as unknown as string,
      async function* () {
        yield 'half';
        throw new Error('stream broke');
      },
    ];
    for (const failing of failures) {
      warnings = [];
      const el = await use(failing);
      await press(el);
      await settled(el);
      expect(items(el)).to.have.length(3);
      expect(warnings.join()).to.contain('custom summarizer failed');
    }
  });

  it('aborts when the panel closes, and runs again when reopened', async () => {
    const signals: AbortSignal[] = [];
    const el = await use((_, { signal }) => (signals.push(signal), new Promise(() => {})));
    await press(el);
    await press(el);
    expect(signals).to.have.length(1);
    expect(signals[0].aborted).to.be.true;
    await press(el);
    expect(signals).to.have.length(2);
    expect(busy(el)).to.be.true;
  });

  it('aborts when the source changes, and keeps a finished summary on reopen', async () => {
    const signals: AbortSignal[] = [];
    const el = await use((_, { signal }) => (signals.push(signal), new Promise(() => {})));
    await press(el);
    let calls = 0;
    el.summarizer = () => (calls++, ['Fresh.']);
    await el.updateComplete;
    expect(signals[0].aborted).to.be.true;
    await settled(el);
    expect(items(el)).to.deep.equal(['Fresh.']);
    await press(el);
    await press(el);
    expect(calls).to.equal(1);
    expect(items(el)).to.deep.equal(['Fresh.']);
  });
});

describe('<article-summary summarizer="built-in">', () => {
  interface Options {
    availability?: string;
    chunks?: string[];
    create?: (options: { monitor?: (m: EventTarget) => void }) => Promise<unknown>;
  }
  let destroyed = 0;
  const session = (chunks: string[]) => ({
    async *summarizeStreaming() {
      for (const chunk of chunks) yield chunk;
    },
    destroy: () => void destroyed++,
  });
  const install = ({
    availability = 'available',
    chunks = ['* Council passes budget.', '\n* Schools gain.'],
    create,
  }: Options) => {
    destroyed = 0;
    (globalThis as { Summarizer?: unknown }).Summarizer = {
      availability: async () => availability,
      create: create ?? (async () => session(chunks)),
    };
  };
  const builtIn = () =>
    withSummary(html`<article-summary summarizer="built-in"></article-summary>`);

  it('streams the browser summary, with source built-in', async () => {
    install({});
    const el = await builtIn();
    setTimeout(() => button(el).click());
    const event = (await oneEvent(
      el,
      'article-summary-toggle',
    )) as unknown as ArticleSummaryToggleEvent;
    expect(event.source).to.equal('built-in');
    await settled(el);
    expect(items(el)).to.deep.equal(['Council passes budget.', 'Schools gain.']);
    expect($(el, '[part="disclosure"]')).to.exist;
    expect(destroyed).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('uses the extractive summary when the API is missing or unavailable', async () => {
    let el = await builtIn();
    setTimeout(() => button(el).click());
    const event = (await oneEvent(
      el,
      'article-summary-toggle',
    )) as unknown as ArticleSummaryToggleEvent;
    expect(event.source).to.equal('extractive');
    expect(items(el)).to.have.length(3);

    install({ availability: 'unavailable' });
    el = await builtIn();
    await press(el);
    await settled(el);
    expect(items(el)).to.have.length(3);
    expect(warnings.join()).to.contain('built-in summarizer failed');
  });

  it('shows the model download progress, then the summary', async () => {
    const monitor = new EventTarget();
    let finish!: () => void;
    install({
      availability: 'downloadable',
      create: async (options) => {
        options.monitor?.(monitor);
        await new Promise<void>((r) => (finish = r));
        return session(['Downloaded and summarized.']);
      },
    });
    const el = await builtIn();
    await press(el);
    await waitUntil(() => finish, 'create() was not called');
    monitor.dispatchEvent(new ProgressEvent('downloadprogress', { loaded: 0.5, total: 1 }));
    await el.updateComplete;
    const progress = $<HTMLProgressElement>(el, 'progress');
    expect(progress.value).to.equal(0.5);
    expect(busy(el)).to.be.true;
    await expect(el).to.be.accessible();
    finish();
    await settled(el);
    expect($(el, '[part="panel"] p').textContent).to.equal('Downloaded and summarized.');
  });

  it('falls back when create() rejects', async () => {
    install({ create: () => Promise.reject(new DOMException('No model', 'NotSupportedError')) });
    const el = await builtIn();
    await press(el);
    await settled(el);
    expect(items(el)).to.have.length(3);
    expect(warnings.join()).to.contain('No model');
  });

  it(`falls back when it is slower than ArticleSummaryElement.builtInTimeout`, async () => {
    const timeout = ArticleSummaryElement.builtInTimeout;
    ArticleSummaryElement.builtInTimeout = 50;
    try {
      install({ create: () => new Promise(() => {}) });
      const el = await builtIn();
      await press(el);
      expect(busy(el)).to.be.true;
      await settled(el);
      expect(items(el)).to.have.length(3);
      expect(warnings.join()).to.contain('timed out');
    } finally {
      ArticleSummaryElement.builtInTimeout = timeout;
    }
  });
});

describe('articleText()', () => {
  it('joins the text of blocks with blank lines, skipping captions, asides, nav, scripts and itself', async () => {
    const el = fixtureSync(
      html`<article>
        <h1>Headline</h1>
        <article-summary><p>Summary text</p></article-summary>
        <figure>
          <img alt="" />
          <figcaption>Photo caption</figcaption>
        </figure>
        <p>First paragraph over two lines.</p>
        <h2>Section</h2>
        <blockquote><p>Quoted.</p></blockquote>
        <aside><p>Related</p></aside>
        <nav><a href="/">Home</a></nav>
        <script>
          var x = 1;
        </script>
        <ul>
          <li>Item one</li>
          <li>Item two</li>
        </ul>
      </article>`,
    );
    expect(articleText(el)).to.equal(
      'First paragraph over two lines.\n\n## Section\n\nQuoted.\n\nItem one\n\nItem two',
    );
  });

  it('skips hidden blocks, and reads an article that itself sits in an aside', async () => {
    const el = fixtureSync(
      html`<aside><article><p>Shown.</p><p hidden>Hidden.</p><li>Listed.</li></article></aside>`,
    );
    expect(articleText(el.querySelector('article')!)).to.equal('Shown.\n\nListed.');
  });

  it('uses the whole text when there are no blocks', async () => {
    const el = fixtureSync(html`<div>Just some text.</div>`);
    expect(articleText(el)).to.equal('Just some text.');
  });
});
