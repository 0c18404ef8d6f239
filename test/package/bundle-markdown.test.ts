// The build rewrites parts of marked and DOMPurify in dist/news-article.js (build/marked-gfm-only.js,
// build/marked-names.js, build/dompurify-html-only.js, build/dompurify-unused-api.js). Here the
// built element renders a body that goes through every markdown rule and carries hostile HTML,
// and must show exactly what our source modules, with marked and DOMPurify as published, make of it.
import { expect, fixture, html } from '@open-wc/testing';
import { parseArticle } from '../../src/article/parse-article.js';
import { renderBody } from '../../src/article/render-body.js';

const BUNDLE = '/dist/news-article.js';
const built = async () => (await fetch(BUNDLE, { method: 'HEAD' })).ok;

/** A body through every markdown rule, with hostile HTML (shared with test/node/build-transforms.test.js). */
async function markdown() {
  const response = await fetch('/test/fixtures/every-markdown-rule.md');
  if (!response.ok) throw new Error(`test/fixtures/every-markdown-rule.md: ${response.status}`);
  return response.text();
}

describe('dist/news-article.js', () => {
  it('shows a markdown body with hostile HTML exactly as the source modules do', async function () {
    if (!(await built())) this.skip(); // not built: `npm test` builds first
    await import(BUNDLE);
    const article = parseArticle(await markdown(), { format: 'markdown' });
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<news-article .article=${article}></news-article>`,
    );
    await el.updateComplete;
    const body = el.shadowRoot!.querySelector('[part=body]')!;
    const expected = document.createElement('div');
    expected.append(renderBody(article, 1));

    expect(body.querySelector('table'), 'a table').to.exist;
    expect(body.querySelector('del')?.textContent).to.equal('no');
    const elements = [...body.querySelectorAll('*')];
    expect(body.querySelectorAll('script, svg, math').length, 'script, svg, math').to.equal(0);
    const attributes = elements.flatMap((e) => [...e.attributes].map((a) => `${a.name}=${a.value}`));
    expect(attributes.filter((a) => /^on|javascript:/i.test(a))).to.deep.equal([]);
    expect(body.innerHTML.replace(/<!--[^]*?-->/g, '')).to.equal(expected.innerHTML);
  });
});
