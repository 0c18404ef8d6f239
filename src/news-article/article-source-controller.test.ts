import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { Article } from '../article/article.js';
import { ArticleSourceController, type ArticleSourceHost } from './article-source-controller.js';

const slow = (ms: number) => `/test-api/file?path=test/fixtures/news/tidal-energy.json&delay=${ms}`;

/** The smallest element that uses the controller: it shows the headline and records each render. */
class SourceTestElement extends LitElement implements ArticleSourceHost {
  static override properties = {
    src: {},
    article: { attribute: false },
    markdown: { attribute: false },
    state: { reflect: true },
    error: { reflect: true },
  };
  src?: string;
  article?: unknown;
  markdown?: string;
  state: 'loading' | 'ready' | 'error' = 'loading';
  error?: string;
  rendered: string[] = [];
  source = new ArticleSourceController(this, () => this.article, (article: Article) => {
    if (article.body.includes('REFUSE')) throw new Error('body: refused by the renderer');
    this.rendered.push(article.title);
  });
  override render() {
    return html`<h1>${this.source.article?.title}</h1>`;
  }
}
customElements.define('source-test-element', SourceTestElement);

const settle = (el: SourceTestElement) =>
  waitUntil(() => el.state !== 'loading', 'still loading', { timeout: 5000 }).then(() => el.updateComplete);
const headline = (el: SourceTestElement) => el.shadowRoot!.querySelector('h1')!.textContent;

describe('ArticleSourceController', () => {
  const quiet = console.error;
  before(() => (console.error = () => {})); // failures are logged by design
  after(() => (console.error = quiet));

  it('shows the article property, and markdown set after it wins', async () => {
    const el = await fixture<SourceTestElement>(
      html`<source-test-element .article=${{ title: 'From the object', body: 'Text.' }}></source-test-element>`,
    );
    expect(el.state).to.equal('ready');
    expect(headline(el)).to.equal('From the object');
    el.markdown = '# From markdown\n\nText.';
    await el.updateComplete;
    expect(headline(el)).to.equal('From markdown');
  });

  it('lets a src set after the property win, and the property set after src win, aborting the fetch', async () => {
    const el = await fixture<SourceTestElement>(
      html`<source-test-element .article=${{ title: 'First', body: 'Text.' }}></source-test-element>`,
    );
    el.src = slow(300);
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    await settle(el);
    expect(headline(el)).to.contain('Tidal');
    el.src = slow(400);
    await el.updateComplete;
    el.article = { title: 'Last set', body: 'Text.' };
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 700));
    expect(headline(el)).to.equal('Last set');
    expect(el.rendered.filter((t) => t.includes('Tidal'))).to.have.length(1);
  });

  it('never shows half an article: a renderer that throws ends in the error state', async () => {
    const el = await fixture<SourceTestElement>(
      html`<source-test-element .article=${{ title: 'Refused', body: 'REFUSE this.' }}></source-test-element>`,
    );
    expect(el.state).to.equal('error');
    expect(el.error).to.equal('body: refused by the renderer');
    expect(el.getAttribute('error')).to.equal(el.error);
    expect(el.source.article).to.equal(undefined);
    el.article = { title: 'Fine', body: 'Text.' };
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(el.hasAttribute('error')).to.equal(false);
  });

  it('aborts a fetch when removed from the page, and loads again when put back', async () => {
    const el = await fixture<SourceTestElement>(html`<source-test-element src=${slow(300)}></source-test-element>`);
    const parent = el.parentElement!;
    el.remove();
    await new Promise((r) => setTimeout(r, 500));
    expect(el.state).to.equal('loading');
    expect(el.rendered).to.deep.equal([]);
    parent.append(el);
    await settle(el);
    expect(headline(el)).to.contain('Tidal');
  });

  it('reads an inline script child when no other source is set', async () => {
    const el = await fixture<SourceTestElement>(html`<source-test-element>
      <script type="application/json">{"title": "Inline", "body": "Text."}</script>
    </source-test-element>`);
    expect(headline(el)).to.equal('Inline');
  });
});
