// `article` takes what a page has (an object, JSON text or markdown) and reads back as the
// validated Article that is shown, as its TypeScript type says.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsArticleElement } from '../../src/index.js';

async function ready(el: NewsArticleElement) {
  await waitUntil(() => el.state !== 'loading', 'article did not finish loading', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('<news-article> article property', () => {
  it('reads back an object as the validated article, with dates as dates', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article></news-article>`);
    el.article = { title: '  Market hall reopens  ', body: 'Stalls return on Saturday.', published: '2026-06-01T09:00:00Z', author: 'Ada Berg' };
    await ready(el);
    expect(el.article?.title).to.equal('Market hall reopens');
    expect(el.article?.published).to.be.instanceOf(Date);
    expect(el.article?.authors).to.deep.equal([{ name: 'Ada Berg' }]);
  });

  it('reads back JSON text and markdown as articles', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article></news-article>`);
    el.article = '{"title": "Library hours change", "body": "Open until nine."}';
    await ready(el);
    expect(el.article?.title).to.equal('Library hours change');
    el.article = '# Pool closes for repairs\n\nThe pool shuts for two weeks.';
    await waitUntil(() => el.article?.title === 'Pool closes for repairs', 'markdown article not shown');
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Pool closes for repairs');
  });

  it('reads back nothing while no article is shown, and after a bad one', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article></news-article>`);
    expect(el.article).to.equal(undefined);
    el.article = { title: 'No body' } as never;
    await ready(el);
    expect(el.state).to.equal('error');
    expect(el.article).to.equal(undefined);
  });

  it('takes an article set before the element is defined', async () => {
    const el = document.createElement('div');
    el.innerHTML = '<news-article-late></news-article-late>';
    const late = el.firstElementChild as HTMLElement & { article: unknown };
    late.article = { title: 'Set early', body: 'Before the upgrade.' };
    const { NewsArticleElement: Base } = await import('../../src/index.js');
    customElements.define('news-article-late', class extends Base {});
    document.body.append(el);
    const upgraded = el.firstElementChild as NewsArticleElement;
    await ready(upgraded);
    expect(upgraded.article?.title).to.equal('Set early');
    el.remove();
  });
});
