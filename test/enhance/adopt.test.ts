import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsArticleElement } from '../../src/index.js';
import type { ArticleSummaryElement } from '../../src/article-summary/article-summary.js';
import type { ArticleNavElement } from '../../src/article-nav/article-nav.js';

/** A printed article without toggles, with a bare <nav>, and HTML the sanitizer would remove. */
const printed = (attrs = '') => `<news-article ${attrs}>
  <article>
    <header class="header"><h2 class="headline">Library opens on Sundays</h2>
      <p class="dek">The reading room will open from noon in a trial that runs until June.</p></header>
    <div class="body">
      <p>The town library will open its reading room on Sunday afternoons from next month.</p>
      <p>Volunteers from the friends' association will staff the desk, with one librarian on call.</p>
      <p>Borrowing and returns work as on weekdays, but the archive stays closed on Sundays.</p>
      <form class="embed" data-printed="yes"><input name="q" aria-label="Search the catalogue"></form>
    </div>
    <nav class="nav"><a rel="prev" href="/news/archive">Archive goes online</a><a rel="next" href="/news/hours">New opening hours</a></nav>
  </article>
</news-article>`;

async function adopt(attrs = '') {
  const holder = document.createElement('div');
  holder.innerHTML = printed(attrs);
  const el = holder.firstElementChild as NewsArticleElement;
  const loaded = oneEvent(el, 'news-article-load');
  await fixture(html`${holder}`);
  await loaded;
  await el.updateComplete;
  return el;
}

const toggleClasses = (el: Element) =>
  [...el.querySelectorAll('article > article-summary')].map((t) => t.className);

describe('<news-article> adopting server-printed HTML', () => {
  it('adds a toggle before and after the body, keeping the body where it was', async () => {
    const el = await adopt();
    const body = el.querySelector('.body')!;
    expect(toggleClasses(el)).to.deep.equal(['summary summary-top', 'summary summary-bottom']);
    expect(body.previousElementSibling!.localName).to.equal('article-summary');
    expect(body.nextElementSibling!.localName).to.equal('article-summary');
  });

  it('honours summary-position', async () => {
    expect(toggleClasses(await adopt('summary-position="top"'))).to.deep.equal(['summary summary-top']);
    expect(toggleClasses(await adopt('summary-position="bottom"'))).to.deep.equal(['summary summary-bottom']);
    expect(toggleClasses(await adopt('summary-position="none"'))).to.deep.equal([]);
  });

  it('summarizes the body only, not the headline or standfirst', async () => {
    const el = await adopt();
    const toggle = el.querySelector('article-summary') as ArticleSummaryElement;
    toggle.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => toggle.shadowRoot!.querySelector('[part=panel] li'), 'no summary was shown');
    const text = toggle.shadowRoot!.querySelector('[part=panel]')!.textContent!;
    expect(text).to.contain('library');
    expect(text).not.to.contain('reading room will open from noon');
  });

  it('never sanitizes the printed HTML again', async () => {
    const el = await adopt();
    const form = el.querySelector('form.embed')!;
    expect(form.getAttribute('data-printed')).to.equal('yes');
    expect(form.querySelector('input')).to.exist;
  });

  it('turns the bare <nav> into <article-nav> cards from its rel links', async () => {
    const el = await adopt();
    const nav = el.querySelector('article-nav') as ArticleNavElement;
    expect(el.querySelector('article > nav')).to.equal(null);
    await nav.updateComplete;
    const cards = [...nav.shadowRoot!.querySelectorAll('a')];
    expect(cards.map((a) => [a.rel, new URL(a.href).pathname, a.querySelector('[part=title]')!.textContent])).to.deep.equal([
      ['prev', '/news/archive', 'Archive goes online'],
      ['next', '/news/hours', 'New opening hours'],
    ]);
  });

  it("labels the added toggles in the printed article's language", async () => {
    const holder = document.createElement('div');
    holder.innerHTML = printed().replace('<article>', '<article lang="es">');
    const spanish = holder.firstElementChild as NewsArticleElement;
    await fixture(html`${holder}`);
    await waitUntil(() => spanish.state === 'ready');
    const toggle = spanish.querySelector('article-summary') as ArticleSummaryElement;
    await toggle.updateComplete;
    expect(toggle.shadowRoot!.querySelector('[part=prompt]')!.textContent).to.contain('¿No tienes tiempo para leer?');
  });

  it('prefers an inline script child over a printed article', async () => {
    const holder = document.createElement('div');
    holder.innerHTML = printed().replace(
      '<article>',
      '<script type="application/json">{"title":"From the script","body":"Script body."}</script><article>',
    );
    const el = holder.firstElementChild as NewsArticleElement;
    await fixture(html`${holder}`);
    await waitUntil(() => el.state === 'ready');
    expect(el.article?.title).to.equal('From the script');
  });

  it('adopts the README example as written', async () => {
    const readme = await (await fetch('/README.md')).text();
    const example = [...readme.matchAll(/^```html\n([^]*?)^```/gm)].map((m) => m[1]!).find((b) => /<news-article>\s*<article/.test(b));
    expect(example, 'README has a printed-article example').to.be.a('string');
    const holder = document.createElement('div');
    holder.innerHTML = example!;
    const el = holder.querySelector('news-article') as NewsArticleElement;
    await fixture(html`${holder}`);
    await waitUntil(() => el.state === 'ready', `state is ${el.state}`);
    expect(toggleClasses(el)).to.deep.equal(['summary summary-top', 'summary summary-bottom']);
    expect(el.querySelector('article > article-nav a[rel=next]')).to.exist;
  });

  it('is accessible', async () => {
    const el = await adopt();
    await expect(el).to.be.accessible();
  });
});

describe('<article-nav> with printed rel links', () => {
  it('reads its cards from child <a rel="prev|next"> links', async () => {
    const nav = await fixture<ArticleNavElement>(html`<article-nav><a rel="next" href="/b">Harbour fair</a></article-nav>`);
    const cards = [...nav.shadowRoot!.querySelectorAll('a')];
    expect(cards.map((a) => [a.rel, new URL(a.href).pathname])).to.deep.equal([['next', '/b']]);
    expect(nav.hidden).to.be.false;
  });

  it('lets its attributes win over the links, and drops an unsafe link', async () => {
    const nav = await fixture<ArticleNavElement>(html`<article-nav prev-href="/attr" prev-title="From the attribute">
      <a rel="prev" href="/link">From the link</a><a rel="next" href="javascript:alert(1)">Bad</a></article-nav>`);
    const cards = [...nav.shadowRoot!.querySelectorAll('a')];
    expect(cards.map((a) => a.querySelector('[part=title]')!.textContent)).to.deep.equal(['From the attribute']);
  });
});

describe('<article-summary> with a printed <details> summary', () => {
  it('shows the details content as the provided summary, with one toggle', async () => {
    const toggle = await fixture<ArticleSummaryElement>(html`<article-summary><details>
      <summary>No time to read? Get a summary</summary><p>Written by the desk.</p></details></article-summary>`);
    expect(toggle.querySelector('details, summary')).to.equal(null);
    const events: { source: string }[] = [];
    toggle.addEventListener('article-summary-toggle', (e) => events.push(e));
    toggle.shadowRoot!.querySelector('button')!.click();
    await toggle.updateComplete;
    expect(events[0].source).to.equal('provided');
    expect(toggle.querySelector('p')!.getBoundingClientRect().height).to.be.above(0);
    expect(toggle.shadowRoot!.querySelectorAll('button')).to.have.length(1);
  });
});
