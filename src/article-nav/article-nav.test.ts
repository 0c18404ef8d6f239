import { fixture, fixtureSync, html, expect, oneEvent } from '@open-wc/testing';
import { ArticleNavElement, type ArticleNavNavigateEvent } from './article-nav.js';

const link = (el: Element, rel: 'prev' | 'next') =>
  el.shadowRoot!.querySelector<HTMLAnchorElement>(`a[rel="${rel}"]`);
const text = (el: Element | null) => el?.textContent!.replace(/\s+/g, ' ').trim();
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

let warnings: string[] = [];
const realWarn = console.warn;
beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
});
afterEach(() => (console.warn = realWarn));

/** Clicks a link, stopping any navigation that is left at the window, and says whether the click was cancelled. */
function click(a: HTMLAnchorElement, init: MouseEventInit = {}) {
  let prevented: boolean | undefined;
  const stop = (e: Event) => ((prevented = e.defaultPrevented), e.preventDefault());
  window.addEventListener('click', stop, { once: true });
  a.dispatchEvent(
    new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ...init }),
  );
  window.removeEventListener('click', stop);
  return prevented;
}

const both = html`<article-nav
  prev-href="/sport/la-liga"
  prev-title="Madrid hold Barcelona"
  next-href="https://example.org/mexico"
  next-title="Mexico win the Nations League"
></article-nav>`;

describe('<article-nav>', () => {
  it('is defined', () => {
    expect(document.createElement('article-nav')).to.be.instanceOf(ArticleNavElement);
  });

  it('renders nothing, and hides itself, without links', async () => {
    const el = await fixture<ArticleNavElement>(html`<article-nav></article-nav>`);
    expect(el.hidden).to.be.true;
    expect(el.shadowRoot!.querySelector('nav')).to.be.null;
    el.next = { title: 'Later', url: '/later' };
    await el.updateComplete;
    expect(el.hidden).to.be.false;
    expect(link(el, 'next')).to.exist;
  });

  it('renders a nav landmark with prev and next links from attributes', async () => {
    const el = await fixture<ArticleNavElement>(both);
    const nav = part(el, 'nav')!;
    expect(nav.localName).to.equal('nav');
    expect(nav.getAttribute('aria-label')).to.equal('More articles');
    const prev = link(el, 'prev')!;
    const next = link(el, 'next')!;
    expect(prev.href).to.equal(new URL('/sport/la-liga', document.baseURI).href);
    expect(next.href).to.equal('https://example.org/mexico');
    expect(prev.getAttribute('part')).to.equal('link prev');
    expect(next.getAttribute('part')).to.equal('link next');
    expect(text(prev)).to.equal('← Previous Article Madrid hold Barcelona');
    expect(text(next)).to.equal('Next Article → Mexico win the Nations League');
    expect(text(prev.querySelector('[part="title"]'))).to.equal('Madrid hold Barcelona');
    expect(prev.querySelector('.arrow')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('takes prev and next properties over the attributes', async () => {
    const el = await fixture<ArticleNavElement>(both);
    el.prev = { title: 'From the property', url: 'https://example.org/p' };
    await el.updateComplete;
    expect(link(el, 'prev')!.href).to.equal('https://example.org/p');
    expect(text(link(el, 'prev'))).to.contain('From the property');
    expect(text(link(el, 'next'))).to.contain('Mexico');
    el.next = { title: 'No URL' };
    await el.updateComplete;
    expect(link(el, 'next')).to.be.null;
  });

  it('leaves out a missing side, with the other staying at its end', async () => {
    const el = await fixture<ArticleNavElement>(
      html`<article-nav next-href="/n" next-title="Only next"></article-nav>`,
    );
    expect(link(el, 'prev')).to.be.null;
    const next = link(el, 'next')!;
    const nav = part(el, 'nav')!.getBoundingClientRect();
    expect(next.getBoundingClientRect().right).to.be.closeTo(nav.right, 1);
    expect(next.getBoundingClientRect().left).to.be.greaterThan(nav.left + 10);
    await expect(el).to.be.accessible();
  });

  it('shows a link without a title by its label alone', async () => {
    const el = await fixture<ArticleNavElement>(html`<article-nav prev-href="/p"></article-nav>`);
    expect(text(link(el, 'prev'))).to.equal('← Previous Article');
    expect(part(el, 'title')).to.be.null;
  });

  it('drops links that are not http(s) or relative, with a warning', async () => {
    const el = await fixture<ArticleNavElement>(
      html`<article-nav
        prev-href="javascript:alert(1)"
        prev-title="Bad"
        next-href=" data:text/html,<b>x</b>"
      ></article-nav>`,
    );
    expect(link(el, 'prev')).to.be.null;
    expect(link(el, 'next')).to.be.null;
    expect(el.hidden).to.be.true;
    expect(warnings.join()).to.contain('javascript:alert(1)');
    el.next = { title: 'Also bad', url: 'JaVaScRiPt:alert(1)' };
    await el.updateComplete;
    expect(link(el, 'next')).to.be.null;
  });

  it('shows hostile titles as text', async () => {
    const hostile = '<img src=x onerror="alert(1)">Title</b>';
    const el = await fixture<ArticleNavElement>(
      html`<article-nav
        .prev=${{ title: hostile, url: '/p' }}
        next-href="/n"
        next-title=${hostile}
      ></article-nav>`,
    );
    expect(text(link(el, 'prev')!.querySelector('[part="title"]'))).to.equal(hostile);
    expect(text(link(el, 'next')!.querySelector('[part="title"]'))).to.equal(hostile);
    expect(el.shadowRoot!.querySelector('img')).to.be.null;
  });

  it('fires article-nav-navigate with direction and url, and lets the link be followed', async () => {
    const el = await fixture<ArticleNavElement>(both);
    const next = link(el, 'next')!;
    setTimeout(() => (prevented = click(next)));
    let prevented: boolean | undefined;
    const event = (await oneEvent(
      el,
      'article-nav-navigate',
    )) as unknown as ArticleNavNavigateEvent;
    expect(event.direction).to.equal('next');
    expect(event.url).to.equal('https://example.org/mexico');
    expect(event.bubbles && event.composed && event.cancelable).to.be.true;
    expect(prevented).to.be.false;
  });

  it('cancels the click when the event is cancelled (single-page apps)', async () => {
    const el = await fixture<ArticleNavElement>(both);
    const seen: string[] = [];
    el.addEventListener('article-nav-navigate', (e) => {
      seen.push(`${e.direction} ${e.url}`);
      e.preventDefault();
    });
    expect(click(link(el, 'prev')!)).to.be.true;
    expect(seen).to.deep.equal([`prev ${new URL('/sport/la-liga', document.baseURI).href}`]);
  });

  it('leaves modified clicks (new tab, new window) to the browser', async () => {
    const el = await fixture<ArticleNavElement>(both);
    let fired = 0;
    el.addEventListener('article-nav-navigate', (e) => (fired++, e.preventDefault()));
    expect(click(link(el, 'next')!, { ctrlKey: true })).to.be.false;
    expect(click(link(el, 'next')!, { metaKey: true })).to.be.false;
    expect(fired).to.equal(0);
  });

  it('takes labels from attributes', async () => {
    const el = await fixture<ArticleNavElement>(
      html`<article-nav
        prev-label="Older"
        next-label="Newer"
        nav-label="Around"
        prev-href="/p"
        next-href="/n"
      ></article-nav>`,
    );
    expect(text(link(el, 'prev'))).to.equal('← Older');
    expect(text(link(el, 'next'))).to.equal('Newer →');
    expect(part(el, 'nav')!.getAttribute('aria-label')).to.equal('Around');
  });

  it('translates its labels by the lang of an ancestor', async () => {
    const div = fixtureSync(
      html`<div lang="es-MX"><article-nav prev-href="/p" next-href="/n"></article-nav></div>`,
    );
    const el = div.querySelector('article-nav')!;
    await el.updateComplete;
    expect(text(link(el, 'prev'))).to.equal('← Artículo anterior');
    expect(text(link(el, 'next'))).to.equal('Artículo siguiente →');
    expect(part(el, 'nav')!.getAttribute('aria-label')).to.equal('Más artículos');
  });

  it('puts prev at the inline start and flips the arrows in right-to-left', async () => {
    const div = fixtureSync(html`<div dir="rtl" lang="ar" style="width: 800px">${both}</div>`);
    const el = div.querySelector('article-nav')!;
    await el.updateComplete;
    const prev = link(el, 'prev')!.getBoundingClientRect();
    const next = link(el, 'next')!.getBoundingClientRect();
    expect(prev.left).to.be.greaterThan(next.right - 1);
    const arrow = link(el, 'prev')!.querySelector('.arrow')!;
    expect(getComputedStyle(arrow).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    await expect(el).to.be.accessible();
  });

  it('sits side by side when wide and stacks when narrow', async () => {
    const div = fixtureSync<HTMLElement>(html`<div style="width: 800px">${both}</div>`);
    const el = div.querySelector('article-nav')!;
    await el.updateComplete;
    const rects = () =>
      [link(el, 'prev')!, link(el, 'next')!].map((a) => a.getBoundingClientRect());
    let [prev, next] = rects();
    expect(prev.top).to.equal(next.top);
    expect(prev.right).to.be.lessThan(next.left);
    div.style.width = '300px';
    [prev, next] = rects();
    expect(next.top).to.be.greaterThan(prev.bottom - 1);
  });

  it('reflects theme', async () => {
    const el = await fixture<ArticleNavElement>(both);
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    await expect(el).to.be.accessible();
  });
});
