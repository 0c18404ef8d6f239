// A page that loads dist/news-article.js from two URLs (two module instances, as when a CMS
// template and a widget each add a script tag), after another library took `article-nav`.
// Nothing throws, the free tags are ours, and articles render.
import { expect, fixture, html } from '@open-wc/testing';

let warnings: string[] = [];
const realWarn = console.warn;
beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
});
afterEach(() => (console.warn = realWarn));

const BUNDLE = '/dist/news-article.js';
const built = async () => (await fetch(BUNDLE, { method: 'HEAD' })).ok;

describe('dist/news-article.js loaded twice', () => {
  it('defines the free tags, keeps the taken one, renders an article, and throws nothing', async function () {
    if (!(await built())) this.skip(); // not built: `npm test` builds first
    class SomeoneElsesNav extends HTMLElement {}
    customElements.define('article-nav', SomeoneElsesNav);

    await import(`${BUNDLE}?copy=1`);
    expect(warnings, 'first copy').to.have.length(1);
    expect(warnings[0]).to.contain('<article-nav> is already defined by another class (SomeoneElsesNav)');

    const first = customElements.get('news-article')!;
    expect(first, 'news-article defined').to.be.a('function');
    expect(customElements.get('article-summary'), 'article-summary defined').to.be.a('function');
    expect(customElements.get('article-nav')).to.equal(SomeoneElsesNav);

    warnings = [];
    await import(`${BUNDLE}?copy=2`);
    expect(customElements.get('news-article'), 'the first copy stays').to.equal(first);
    expect(warnings.map((w) => w.match(/<([a-z-]+)>/)?.[1]).sort()).to.deep.equal(['article-nav', 'article-summary', 'news-article']);

    const el = await fixture<HTMLElement & { article: unknown; updateComplete: Promise<boolean> }>(
      html`<news-article .article=${{ title: 'Harbour bridge reopens after repairs', body: 'Traffic returned on Monday.' }}></news-article>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h1, h2, h3')?.textContent).to.contain('Harbour bridge reopens after repairs');
  });
});
