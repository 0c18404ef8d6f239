// What a server sends, as bytes and types: a declared charset is honoured, a BOM is dropped, and
// text of the wrong kind (JSON sent as markdown, a list, null) or with a key given twice fails
// with a message that says what arrived. Served by /test-api/respond (test/server/test-api.js).
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import { sleep } from '../security/helpers.js';

const respond = (params: Record<string, string>) => `/test-api/respond?${new URLSearchParams(params)}`;

/** Mounts <news-article src=…> and waits until it is ready or failed; returns it and its error events. */
async function load(src: string) {
  const el = document.createElement('news-article') as NewsArticleElement;
  const errors: string[] = [];
  el.addEventListener('news-article-error', (e) => errors.push(e.error));
  el.src = src;
  document.body.append(el);
  for (const deadline = Date.now() + 8000; el.state !== 'ready' && el.state !== 'error' && Date.now() < deadline; ) await sleep(20);
  await el.updateComplete;
  return { el, errors, headline: () => el.shadowRoot!.querySelector('[part~="headline"]')?.textContent?.trim() };
}

describe('<news-article> src encodings', function () {
  this.timeout(20_000);
  const quiet = console.error;
  before(() => (console.error = () => {})); // faults are logged by design
  after(() => (console.error = quiet));
  afterEach(() => document.querySelectorAll('news-article').forEach((el) => el.remove()));

  it('decodes an ISO-8859-1 response as its charset says', async () => {
    // Each character below is sent as one byte (é is 0xE9), not as UTF-8.
    const body = '# Café résumé\n\nLe marché ouvre à 7 h.';
    const { el, headline } = await load(respond({ type: 'text/markdown; charset=iso-8859-1', encoding: 'latin1', body }));
    expect(el.state).to.equal('ready');
    expect(headline()).to.equal('Café résumé');
    expect(el.shadowRoot!.textContent).to.contain('Le marché ouvre à 7 h.');
  });

  it('decodes windows-1252 punctuation (0x92 is ’)', async () => {
    const body = '{"title": "The city\x92s budget", "body": "Text."}';
    const { headline } = await load(respond({ type: 'application/json; charset=windows-1252', encoding: 'latin1', body }));
    expect(headline()).to.equal('The city’s budget');
  });

  it('reads a UTF-8 response that starts with a byte order mark', async () => {
    const { el, headline } = await load(respond({ type: 'application/json', body: '\uFEFF{"title": "Tide tables", "body": "Text."}' }));
    expect(el.state).to.equal('ready');
    expect(headline()).to.equal('Tide tables');
  });

  it('fails on a charset the browser cannot decode, naming it', async () => {
    const { el, errors } = await load(respond({ type: 'text/markdown; charset=x-no-such-charset', encoding: 'latin1', body: '# T\n\nB.' }));
    expect(el.state).to.equal('error');
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/is in charset "x-no-such-charset", which this browser cannot decode\.$/);
  });

  const faults: [string, Record<string, string>, RegExp][] = [
    ['JSON served as text/markdown', { type: 'text/markdown', body: '{"title": "T", "body": "B"}' }, /^expected markdown, got JSON text \(an object\)$/],
    ['JSON null', { type: 'application/json', body: 'null' }, /^expected an article object, got null$/],
    ['a JSON list served as text/plain', { type: 'text/plain', body: '[{"title": "T"}]' }, /^expected an article object, got array$/],
    ['a key given twice', { type: 'application/json', body: '{"title": "T",\n"body": "B",\n"title": "U"}' }, /^invalid JSON at line 3, column 1: duplicate key "title"$/],
  ];
  for (const [name, params, message] of faults) {
    it(`says what arrived: ${name}`, async () => {
      const { el, errors } = await load(respond(params));
      expect(el.state).to.equal('error');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(message);
    });
  }
});
