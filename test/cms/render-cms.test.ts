// <news-article src> pointed at the JSON a CMS serves (fixtures written by this project, in the
// shapes of a WordPress REST post, a JSON Feed 1.1 item and a Ghost Content API response).
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import { sleep } from '../security/helpers.js';

async function load(src: string) {
  const el = document.createElement('news-article') as NewsArticleElement;
  el.src = src;
  document.body.append(el);
  for (const deadline = Date.now() + 8000; el.state !== 'ready' && el.state !== 'error' && Date.now() < deadline; ) await sleep(20);
  await el.updateComplete;
  const root = el.shadowRoot!;
  return {
    el,
    part: (name: string) => root.querySelector(`[part~="${name}"]`),
    text: (name: string) => root.querySelector(`[part~="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim(),
  };
}

describe('<news-article> with CMS JSON', () => {
  afterEach(() => document.querySelectorAll('news-article').forEach((el) => el.remove()));

  it('renders a WordPress post: decoded title, byline, HTML body', async () => {
    const { el, text, part } = await load('/test/fixtures/cms/wordpress-post.json');
    expect(el.state).to.equal('ready');
    expect(text('headline')).to.equal('The City’s first tram line in 60 years opens – on time');
    expect(text('byline')).to.contain('Priya Raman');
    const body = part('body')!;
    expect(body.querySelector('h2')!.textContent).to.equal('Twelve stops, one river');
    expect(body.querySelector('img')!.getAttribute('alt')).to.equal('Map of the twelve stops');
    expect(body.textContent).to.contain('a single costs £1.80');
    expect(body.textContent).not.to.contain('&nbsp;');
    await expect(el).to.be.accessible();
  });

  it('renders a JSON Feed item with its summary as the dek', async () => {
    const { el, text, part } = await load('/test/fixtures/cms/json-feed-item.json');
    expect(el.state).to.equal('ready');
    expect(text('headline')).to.equal("Volunteers count the river's otters");
    expect(text('dek')).to.equal('A weekend survey finds the otter population growing.');
    expect(part('body')!.querySelector('em')!.textContent).to.equal('nine');
  });

  it('renders a JSON Feed text item as text, not markup', async () => {
    const { part } = await load('/test/fixtures/cms/json-feed-text-item.json');
    expect(part('body')!.querySelectorAll('p')).to.have.length(2);
    expect(part('body')!.textContent).to.contain('Thursday <until 9 p.m.> & stays free.');
  });

  it('renders a Ghost post from its {posts: […]} envelope', async () => {
    const { el, text, part } = await load('/test/fixtures/cms/ghost-posts.json');
    expect(el.state).to.equal('ready');
    expect(text('headline')).to.equal('Harbour seals return to the estuary');
    expect(text('dek')).to.equal('Thirty-one seals, the most in a decade.');
    expect(part('body')!.querySelector('a')!.getAttribute('href')).to.equal('https://wildlife.example/seals');
  });

  it('sends an HTML body through the sanitizer', async () => {
    const post = {
      title: { rendered: 'Hostile &lt;b&gt;post&lt;/b&gt;' },
      content: { rendered: '<p>Text<img src="x" onerror="window.cmsRan = 1"></p><script>window.cmsRan = 2</script><a href="javascript:window.cmsRan=3">x</a>' },
    };
    const src = `/test-api/respond?${new URLSearchParams({ type: 'application/json', body: JSON.stringify(post) })}`;
    const { el, text, part } = await load(src);
    await sleep(100);
    expect(el.state).to.equal('ready');
    expect(text('headline')).to.equal('Hostile <b>post</b>');
    const body = part('body')!;
    expect(body.querySelector('script, [onerror]')).to.equal(null);
    expect(body.querySelector('a')!.hasAttribute('href')).to.equal(false);
    expect((window as { cmsRan?: number }).cmsRan).to.equal(undefined);
  });
});
