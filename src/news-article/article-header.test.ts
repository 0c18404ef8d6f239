import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './news-article.js';
import type { NewsArticleElement } from './news-article.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`)!;
const times = (el: Element) => [...el.shadowRoot!.querySelectorAll('time')];

async function show(article: object | string) {
  const el = await fixture<NewsArticleElement>(
    typeof article === 'string'
      ? html`<news-article .markdown=${article}></news-article>`
      : html`<news-article .article=${article}></news-article>`,
  );
  await waitUntil(() => el.state !== 'loading', 'article did not finish loading', { timeout: 5000 });
  expect(el.state, el.shadowRoot!.textContent!).to.equal('ready');
  return el;
}

describe('<news-article> header', () => {
  it('shows a date-only published date as that day, with no invented time', async () => {
    const el = await show({ title: 'Tram line opens', body: 'The first tram ran on time.', published: '2026-03-20' });
    const [time] = times(el);
    expect(time!.getAttribute('datetime')).to.equal('2026-03-20');
    expect(time!.textContent).to.equal('March 20, 2026');
    expect(part(el, 'meta').textContent).to.not.match(/\d:\d\d|12|AM|PM/);
  });

  it('reads a date-only published date from front matter the same way', async () => {
    const el = await show('---\ntitle: Tram line opens\npublished: 2026-03-20\n---\nThe first tram ran on time.');
    expect(times(el)[0]!.textContent).to.equal('March 20, 2026');
    expect(times(el)[0]!.getAttribute('datetime')).to.equal('2026-03-20');
  });

  it('shows a published time with its time zone, and an updated time with its label', async () => {
    const el = await show({
      title: 'Tram line opens',
      body: 'The first tram ran on time.',
      published: '2026-03-20',
      updated: '2026-03-21T12:05:00Z',
    });
    const [published, updated] = times(el);
    expect(published!.textContent).to.equal('March 20, 2026');
    expect(updated!.getAttribute('datetime')).to.equal('2026-03-21T12:05:00.000Z');
    expect(updated!.textContent).to.match(/^March 21, 2026.*\d:05\s?(AM|PM)? (UTC|GMT|[A-Z]{2,5})([+−-]\d{1,2}(:\d\d)?)?$/);
    expect(part(el, 'updated').textContent!.trim()).to.match(/^Updated March 21/);
  });

  it('writes the meta line in the article language', async () => {
    const el = await show({
      title: 'Le tram arrive',
      lang: 'fr',
      body: 'Le premier tram est parti à l’heure.',
      published: '2026-03-20',
      updated: '2026-03-21T12:05:00Z',
    });
    expect(times(el)[0]!.textContent).to.equal('20 mars 2026');
    expect(part(el, 'updated').textContent!.trim()).to.match(/^Mis à jour le 21 mars 2026/);
    expect(part(el, 'reading-time').textContent).to.equal('Lecture 1 min');
    await expect(el).to.be.accessible();
  });

  it('gives every item of the meta line its own direction', async () => {
    const el = await show({
      title: 'Tram line opens',
      dateline: 'Lisbon',
      body: 'The first tram ran on time.',
      published: '2026-03-20',
      updated: '2026-03-21T12:05:00Z',
    });
    for (const name of ['dateline', 'updated', 'reading-time']) {
      expect(part(el, name).getAttribute('dir'), name).to.equal('auto');
    }
    for (const time of times(el)) expect(time.getAttribute('dir')).to.equal('auto');
  });
});
