// Faults on `src`: each ends in state="error", exactly one news-article-error event whose message
// a person can act on (status, URL, what was expected, where), the light-DOM fallback shown again,
// no load event and no uncaught exception. Served by the test-api routes (test/server/test-api.js).
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import { fetchSettings, MAX_RESPONSE_BYTES } from '../../src/news-article/fetch-source.js';
import { sleep, trapUncaught } from '../security/helpers.js';

interface Outcome {
  el: NewsArticleElement;
  errors: string[];
  loads: number;
}

/** Mounts <news-article src=…> with fallback content and waits for it to settle (plus a margin for late events). */
async function load(src: string, { timeout = 10_000, margin = 300 } = {}): Promise<Outcome> {
  const el = document.createElement('news-article');
  el.innerHTML = '<p class="fallback">Read the article on our site.</p>';
  const outcome: Outcome = { el, errors: [], loads: 0 };
  el.addEventListener('news-article-error', (e) => outcome.errors.push(e.error));
  el.addEventListener('news-article-load', () => outcome.loads++);
  el.src = src;
  document.body.append(el);
  const deadline = Date.now() + timeout;
  while (el.state === 'loading' && Date.now() < deadline) await sleep(20);
  await el.updateComplete;
  await sleep(margin);
  return outcome;
}

/** The common shape of every fault: one actionable error, fallback shown, nothing else. */
async function expectFault({ el, errors, loads }: Outcome, message: RegExp) {
  expect(el.state).to.equal('error');
  expect(el.getAttribute('state')).to.equal('error');
  expect(errors, 'news-article-error events').to.have.length(1);
  expect(errors[0]).to.match(message);
  expect(loads, 'news-article-load events').to.equal(0);
  // Readers get a short message; developers the technical one, in the error attribute.
  const shown = el.shadowRoot!.querySelector('[part="error"]')!;
  expect(shown.textContent).to.equal('This article could not be loaded.');
  expect(shown.getAttribute('role')).to.equal('alert');
  expect(el.error).to.equal(errors[0]);
  expect(el.getAttribute('error')).to.equal(errors[0]);
  // The fallback is slotted again.
  const slot = el.shadowRoot!.querySelector('slot')!;
  expect(slot.assignedElements().map((e) => e.className)).to.include('fallback');
  await expect(el).to.be.accessible();
  el.remove();
}

const abs = (path: string) => new URL(path, location.href).href;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const respond = (params: Record<string, string>) => `/test-api/respond?${new URLSearchParams(params)}`;

describe('<news-article> src faults', function () {
  this.timeout(30_000);
  const uncaught = trapUncaught();
  const quiet = console.error;
  before(() => (console.error = () => {})); // every fault is logged by design
  after(() => (console.error = quiet));
  afterEach(() => uncaught.check());

  it('network failure: names the URL and says it is a network error', async () => {
    await expectFault(await load('/test-api/drop'), new RegExp(`^Could not load ${escape(abs('/test-api/drop'))}: network error`));
  });

  it('a server that cannot be reached at all', async () => {
    // Port 9 (discard) is closed on test machines: the connection is refused.
    await expectFault(await load('http://127.0.0.1:9/article.json'), /^Could not load http:\/\/127\.0\.0\.1:9\/article\.json: network error/);
  });

  it('404: gives the status and the URL', async () => {
    const src = respond({ status: '404', type: 'text/plain', body: 'gone' });
    await expectFault(await load(src), new RegExp(`^Could not load ${escape(abs(src))}: the server answered 404`));
  });

  it('500: gives the status and the URL', async () => {
    const src = respond({ status: '500', type: 'text/plain', body: 'boom' });
    await expectFault(await load(src), /the server answered 500/);
  });

  it('an HTML error page served as 200: says what it got and what was expected', async () => {
    const src = respond({ type: 'text/html', body: '<!doctype html><title>Error</title><h1>Something went wrong</h1>' });
    await expectFault(await load(src), new RegExp(`^${escape(abs(src))} is text/html, expected JSON or markdown\\.$`));
  });

  it('an image served for an article: says what it got', async () => {
    await expectFault(await load('/test/fixtures/news/turbine.svg'), /is image\/svg\+xml, expected JSON or markdown/);
  });

  it('an empty body', async () => {
    const src = respond({ type: 'application/json', body: '' });
    await expectFault(await load(src), /is empty, expected an article in JSON or markdown/);
  });

  it('a body of only whitespace', async () => {
    await expectFault(await load(respond({ type: 'text/markdown', body: ' \n\t\n ' })), /is empty/);
  });

  it('malformed JSON: says where', async () => {
    const body = '{\n  "title": "Ferries",\n  "body": "Text",\n  oops\n}';
    await expectFault(await load(respond({ type: 'application/json', body })), /^invalid JSON at line 4, column \d+/);
  });

  it('truncated JSON: says where', async () => {
    const body = '{\n  "title": "Ferries",\n  "body": "Text';
    await expectFault(await load(respond({ type: 'application/json', body })), /^invalid JSON at line \d+, column \d+/);
  });

  it('JSON missing a comma: says where', async () => {
    const body = '{\n  "title": "Ferries"\n  "body": "Text"\n}';
    await expectFault(await load(respond({ type: 'application/json', body })), /^invalid JSON at line 3, column 3/);
  });

  it('valid JSON of the wrong shape: names the field', async () => {
    const body = JSON.stringify({ title: 'Ferries', body: 'Text', prev: { title: 'Earlier', url: 42 } });
    await expectFault(await load(respond({ type: 'application/json', body })), /^prev\.url: expected a string, got number/);
  });

  it('JSON that is not an object: says what was expected', async () => {
    await expectFault(await load(respond({ type: 'application/json', body: '["a", "b"]' })), /expected an article object, got array/);
  });

  it('JSON without the required fields: names the field', async () => {
    await expectFault(await load(respond({ type: 'application/json', body: '{"title": "Only a title"}' })), /^body: expected a non-empty string/);
  });

  it('front matter that does not parse: says which line', async () => {
    const body = '---\ntitle: Ferries\nkicker: "unterminated\n---\nText.';
    await expectFault(await load(respond({ type: 'text/markdown', body })), /^front matter line 3: unterminated quoted string/);
  });

  it('front matter without its closing line', async () => {
    await expectFault(await load(respond({ type: 'text/markdown', body: '---\ntitle: Ferries\n\nText.' })), /^front matter line 1: no closing "---" line/);
  });

  it('markdown with no title: says what is missing', async () => {
    await expectFault(await load(respond({ type: 'text/markdown', body: 'Just some text.' })), /^title: expected a non-empty string/);
  });

  it(`a response larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MB: stops reading, does not buffer it all`, async () => {
    const id = `huge-${Date.now()}`;
    const mb = 512;
    // Count what the element reads from the body.
    const read = ReadableStreamDefaultReader.prototype.read;
    const chunks: number[] = [];
    ReadableStreamDefaultReader.prototype.read = async function (this: ReadableStreamDefaultReader) {
      const result = await read.call(this);
      chunks.push((result.value as Uint8Array | undefined)?.byteLength ?? 0);
      return result;
    } as typeof read;
    let outcome: Outcome;
    try {
      outcome = await load(`/test-api/huge?mb=${mb}&id=${id}`, { timeout: 20_000 });
    } finally {
      ReadableStreamDefaultReader.prototype.read = read;
    }
    await expectFault(outcome, new RegExp(`is larger than the ${MAX_RESPONSE_BYTES / 1024 / 1024} MB limit for an article\\.$`));
    // It reads on until it passes the limit and not one chunk further (the chunk size is the
    // engine's: WebKit on a loaded machine hands over several megabytes at once).
    const bytes = chunks.reduce((a, b) => a + b, 0);
    expect(bytes, 'bytes the element read').to.be.above(MAX_RESPONSE_BYTES);
    expect(bytes - chunks.at(-1)!, 'bytes read before the last chunk').to.be.at.most(MAX_RESPONSE_BYTES);
    // The server learns of the close when the browser's network stack gets to it: on a loaded
    // machine that took WebKit over half a second, so wait for the request to end either way.
    let record: { aborted: boolean; finished: boolean } | undefined;
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; await sleep(100)) {
      [record] = await (await fetch(`/test-api/requests?id=${id}`)).json();
      if (record?.aborted || record?.finished) break;
    }
    // The browser closed the response before its end. (How far its network stack read ahead of
    // the page varies: Chromium and Firefox stop within ~15 MB, WebKit may take 100-200 MB.)
    expect(record?.aborted, 'the browser closed the response early').to.equal(true);
  });

  it('a response that declares a Content-Length over the limit: fails before reading', async () => {
    await expectFault(await load('/test-api/huge?mb=8&length=1'), /is larger than the \d+ MB limit/);
  });

  describe('with a short timeout', () => {
    const saved = fetchSettings.timeoutMs;
    before(() => (fetchSettings.timeoutMs = 600));
    after(() => (fetchSettings.timeoutMs = saved));

    it('a response that never ends: times out and says so', async () => {
      await expectFault(await load('/test-api/never'), new RegExp(`^${escape(abs('/test-api/never'))} took longer than 0\\.6 s to load\\.$`));
    });

    it('an answer after the deadline is late even when the timer has not fired (a busy machine)', async () => {
      const timeout = AbortSignal.timeout;
      AbortSignal.timeout = () => new AbortController().signal; // a timer that never fires
      try {
        await expectFault(await load(respond({ delay: '1000', body: '{}' })), /took longer than 0\.6 s to load/);
      } finally {
        AbortSignal.timeout = timeout;
      }
    });

    it('a server that never answers: times out and says so', async () => {
      await expectFault(await load(respond({ delay: '5000', body: '{}' })), /took longer than 0\.6 s to load/);
    });
  });

  it('recovers: a good src after a fault renders the article', async () => {
    const { el, errors } = await load(respond({ status: '404' }));
    expect(errors).to.have.length(1);
    document.body.append(el);
    el.src = '/test/fixtures/news/tidal-energy.json';
    while (el.state !== 'ready') await sleep(20);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(el.hasAttribute('error')).to.equal(false);
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="headline"]')!.textContent).to.contain('Tidal');
    el.remove();
  });
});
