// Races: the last source set always wins, whatever order the responses arrive in; a change aborts
// the fetch in flight (its AbortSignal fires); a removed element aborts and stays silent, and
// renders when it is inserted again. The server delays responses on purpose (test-api `delay`).
// (Whether the server then sees the connection close is up to the engine: WebKit sometimes reads
// an aborted response to the end to reuse the connection, so the signal is what is checked.)
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import { sleep, trapUncaught } from '../security/helpers.js';

let run = 0;
/**
 * Answers that must not arrive before the next change come this late: on a loaded CI machine
 * (three browsers on two cores) a page's `sleep(50)` has been seen to take over a second.
 */
const LATE = 3000;
/** A JSON article titled `title`, answered after `delay` ms; requests are recorded under `id`. */
function article(title: string, delay: number, id: string) {
  const body = JSON.stringify({ title, body: `The body of ${title}.` });
  return `/test-api/respond?${new URLSearchParams({ type: 'application/json', delay: String(delay), id, body })}`;
}

interface Watched {
  el: NewsArticleElement;
  loads: string[];
  errors: string[];
}

function watch(el: NewsArticleElement = document.createElement('news-article')): Watched {
  const w: Watched = { el, loads: [], errors: [] };
  el.addEventListener('news-article-load', (e) => w.loads.push(e.article!.title));
  el.addEventListener('news-article-error', (e) => w.errors.push(e.error));
  return w;
}

const headline = (el: NewsArticleElement) => el.shadowRoot!.querySelector('[part~="headline"]')?.textContent ?? null;

async function until(condition: () => boolean, what: string, timeout = 5000) {
  const deadline = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** Records every fetch the page makes, with its AbortSignal. */
function spyFetch() {
  const calls: { url: string; signal?: AbortSignal | null }[] = [];
  const real = window.fetch;
  before(() => {
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(input instanceof Request ? input.url : input), signal: init?.signal });
      return real(input, init);
    };
  });
  after(() => (window.fetch = real));
  return {
    /** The fetches made for the articles registered under `id`. */
    of: (id: string) => calls.filter((c) => new URL(c.url, location.href).searchParams.get('id') === id),
  };
}
const aborted = (calls: { signal?: AbortSignal | null }[]) => calls.map((c) => c.signal?.aborted);

describe('<news-article> races', function () {
  this.timeout(40_000);
  const uncaught = trapUncaught();
  const fetches = spyFetch();
  afterEach(() => uncaught.check());
  let id: string;
  beforeEach(() => (id = `race-${Date.now()}-${run++}`));

  it('a slow source, then a fast one: shows the fast one, the slow one never', async () => {
    const w = watch();
    w.el.src = article('Slow first', LATE, `${id}-a`);
    document.body.append(w.el);
    await sleep(50);
    w.el.src = article('Fast second', 50, `${id}-b`);
    await until(() => w.el.state === 'ready', 'ready');
    await sleep(LATE); // past the slow answer
    expect(headline(w.el)).to.equal('Fast second');
    expect(w.loads).to.deep.equal(['Fast second']);
    expect(w.errors).to.deep.equal([]);
    expect(aborted(fetches.of(`${id}-a`)), 'the slow fetch was aborted').to.deep.equal([true]);
    expect(aborted(fetches.of(`${id}-b`))).to.deep.equal([false]);
    w.el.remove();
  });

  it('a fast source, then a slow one set before the first answers: shows the slow one', async () => {
    const w = watch();
    w.el.src = article('Fast first', LATE / 2, `${id}-a`);
    document.body.append(w.el);
    await sleep(30);
    w.el.src = article('Slow second', 2 * LATE, `${id}-b`);
    await sleep(LATE); // the first answer would have arrived by now
    expect(w.el.state).to.equal('loading');
    expect(headline(w.el)).to.equal(null);
    await until(() => w.el.state === 'ready', 'ready', 4 * LATE);
    expect(headline(w.el)).to.equal('Slow second');
    expect(w.loads).to.deep.equal(['Slow second']);
    expect(aborted(fetches.of(`${id}-a`))).to.deep.equal([true]);
    w.el.remove();
  });

  const properties: [string, (el: NewsArticleElement) => void, string][] = [
    ['article', (el) => (el.article = { title: 'From the property', body: 'Set later.' }), 'From the property'],
    ['markdown', (el) => (el.markdown = '# From markdown\n\nSet later.'), 'From markdown'],
  ];
  for (const [name, set, title] of properties) {
    it(`the ${name} property set while a fetch is in flight wins, and aborts it`, async () => {
      const w = watch();
      w.el.src = article('From src', LATE, id);
      document.body.append(w.el);
      await sleep(50);
      set(w.el);
      await until(() => w.el.state === 'ready', 'ready');
      await sleep(LATE); // past the answer
      expect(headline(w.el)).to.equal(title);
      expect(w.loads).to.deep.equal([title]);
      expect(aborted(fetches.of(id))).to.deep.equal([true]);
      w.el.remove();
    });
  }

  it('markdown set after article wins, and article set after markdown wins', async () => {
    const w = watch();
    w.el.article = { title: 'The article property', body: 'Text.' };
    document.body.append(w.el);
    await until(() => headline(w.el) === 'The article property', 'the article');
    w.el.markdown = '# The markdown property\n\nText.';
    await w.el.updateComplete;
    expect(headline(w.el)).to.equal('The markdown property');
    w.el.article = { title: 'The article again', body: 'Text.' };
    await w.el.updateComplete;
    expect(headline(w.el)).to.equal('The article again');
    w.el.remove();
  });

  it('src set after the article property wins', async () => {
    const w = watch();
    w.el.article = { title: 'First, from the property', body: 'Text.' };
    document.body.append(w.el);
    await until(() => w.el.state === 'ready', 'ready');
    w.el.src = article('Then from src', 100, id);
    await w.el.updateComplete;
    expect(w.el.state).to.equal('loading');
    await until(() => w.el.state === 'ready', 'ready again');
    expect(headline(w.el)).to.equal('Then from src');
    expect(w.loads).to.deep.equal(['First, from the property', 'Then from src']);
    w.el.remove();
  });

  it('removed mid-fetch: aborts and dispatches nothing; inserted again: renders', async () => {
    const w = watch();
    const holder = document.createElement('div');
    document.body.append(holder);
    w.el.src = article('Survivor', LATE, id);
    holder.append(w.el);
    await sleep(50);
    w.el.remove();
    await sleep(LATE + 300); // past the answer
    expect(w.loads).to.deep.equal([]);
    expect(w.errors).to.deep.equal([]);
    expect(aborted(fetches.of(id)), 'the fetch was aborted').to.deep.equal([true]);
    holder.append(w.el);
    await until(() => w.el.state === 'ready', 'ready after re-insertion', 2 * LATE);
    expect(headline(w.el)).to.equal('Survivor');
    expect(w.loads).to.deep.equal(['Survivor']);
    holder.remove();
  });

  it('removed and inserted again before the answer: one fetch completes, one load event', async () => {
    const w = watch();
    w.el.src = article('Moved', LATE, id);
    document.body.append(w.el);
    await sleep(50);
    const other = document.createElement('section');
    document.body.append(other);
    other.append(w.el); // a move: disconnected, then connected again
    await until(() => w.el.state === 'ready', 'ready', 2 * LATE);
    await sleep(400);
    expect(headline(w.el)).to.equal('Moved');
    expect(w.loads).to.deep.equal(['Moved']);
    other.remove();
  });

  it('ten source changes, each while the last fetch is in flight, end on the tenth', async () => {
    const w = watch();
    document.body.append(w.el);
    for (let i = 1; i <= 10; i++) {
      // Earlier sources answer later: without aborts they would arrive after the tenth.
      w.el.src = article(`Article ${i}`, i < 10 ? LATE + (10 - i) * 100 : 100, `${id}-${i}`);
      await w.el.updateComplete; // the fetch has started
      await sleep(10);
    }
    await until(() => w.el.state === 'ready', 'ready');
    await sleep(LATE + 1000); // past every earlier answer
    expect(headline(w.el)).to.equal('Article 10');
    expect(w.loads).to.deep.equal(['Article 10']);
    expect(w.errors).to.deep.equal([]);
    // Each change started its fetch (Lit may batch two changes that land in one task).
    const made = Array.from({ length: 9 }, (_, i) => fetches.of(`${id}-${i + 1}`)).flat();
    expect(made.length, 'earlier fetches made').to.be.at.least(5);
    expect(aborted(made).every(Boolean), 'every earlier fetch was aborted').to.equal(true);
    expect(aborted(fetches.of(`${id}-10`))).to.deep.equal([false]);
    w.el.remove();
  });

  it('ten source changes in one task: one fetch, the tenth', async () => {
    const w = watch();
    document.body.append(w.el);
    for (let i = 1; i <= 10; i++) w.el.src = article(`Article ${i}`, 50, `${id}-${i}`);
    await until(() => w.el.state === 'ready', 'ready');
    await sleep(200);
    expect(headline(w.el)).to.equal('Article 10');
    expect(w.loads).to.deep.equal(['Article 10']);
    const made = Array.from({ length: 10 }, (_, i) => fetches.of(`${id}-${i + 1}`).length);
    expect(made).to.deep.equal([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    w.el.remove();
  });

  it('ten changes across src, article and markdown end on the tenth', async () => {
    const w = watch();
    document.body.append(w.el);
    for (let i = 1; i <= 10; i++) {
      const title = `Change ${i}`;
      if (i % 3 === 1) w.el.src = article(title, i < 10 ? LATE + (10 - i) * 100 : 100, `${id}-${i}`);
      else if (i % 3 === 2) w.el.article = { title, body: 'Text.' };
      else w.el.markdown = `# ${title}\n\nText.`;
      await sleep(30);
    }
    await until(() => headline(w.el) === 'Change 10', 'the tenth');
    await sleep(LATE + 1000); // past every earlier answer
    expect(headline(w.el)).to.equal('Change 10');
    expect(w.loads.at(-1)).to.equal('Change 10');
    expect(w.loads.filter((t) => ['Change 1', 'Change 4', 'Change 7'].includes(t))).to.deep.equal([]);
    w.el.remove();
  });
});
