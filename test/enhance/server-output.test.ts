// renderArticle's own output (run in Node by the test server), put in a page as a server sends it,
// then upgraded: the element adopts it in place and the printed stylesheet already reserved what
// the upgrade draws. Like upgrade.test.ts, this file imports the elements only after measuring.
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import { renderOnServer } from '../server-render/render.js';

const article = {
  title: 'The ferry timetable changes on Monday',
  kicker: 'Transport',
  dek: 'Two early sailings move, one late sailing is added.',
  author: 'Ana Ruiz',
  published: '2026-03-20',
  body: [
    'The first ferry will leave at 6:10 a.m. instead of 6:00 a.m. from Monday, the operator said.',
    '## Why it changes',
    'Crews asked for ten more minutes to load freight before the commuters board.',
    '## What stays the same',
    'Fares, the harbour car park and the weekend timetable do not change.',
  ].join('\n\n'),
  tags: ['Ferries'],
  prev: { title: 'Harbour car park to close for repairs', url: '/news/car-park' },
  next: { title: 'Night trains return to the valley line', url: '/news/night-trains' },
};

const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await nextFrame();
};

const box = (node: Element) => {
  const { x, y, width, height } = node.getBoundingClientRect();
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
};

describe('renderArticle output upgraded by <news-article>', () => {
  it('keeps the printed nodes, adds nothing that moves them, and works after upgrade', async () => {
    const [out] = await renderOnServer([article], { base: 'https://news.example/transport/ferry' });
    expect(out!.error, 'renderArticle error').to.equal(undefined);
    const printed = new DOMParser().parseFromString(`<!doctype html><body>${out!.html}`, 'text/html');
    document.body.append(...printed.body.childNodes);
    await frames();

    const host = document.querySelector('news-article')!;
    const headline = host.querySelector('h1')!;
    const paragraphs = [...host.querySelectorAll('.body p')];
    const links = [...host.querySelectorAll('a[rel="prev"], a[rel="next"]')];
    const before = [headline, ...paragraphs].map(box);
    expect(paragraphs.length).to.equal(3);
    expect(links.length).to.equal(2);

    await import('../../src/index.js');
    const element = host as NewsArticleElement;
    await waitUntil(() => element.state === 'ready', 'the printed article was not adopted', { timeout: 5000 });
    await element.updateComplete;
    await frames();

    expect(headline.isConnected && paragraphs.every((p) => p.isConnected), 'the printed nodes').to.equal(true);
    expect(element.querySelector('h1'), 'the same headline node').to.equal(headline);
    expect([headline, ...paragraphs].map(box), 'headline and paragraphs did not move').to.deep.equal(before);
    expect(element.querySelectorAll('article-summary').length, 'toggles before and after the body').to.equal(2);
    const nav = element.querySelector('article-nav')!;
    await nav.updateComplete;
    const cards = [...nav.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.replace(/\s+/g, ' ').trim());
    expect(cards.join(' | ')).to.contain('Harbour car park to close for repairs').and.contain('Night trains return');

    const toggle = element.querySelector('article-summary')!;
    await toggle.updateComplete;
    toggle.shadowRoot!.querySelector('button')!.click();
    await toggle.updateComplete;
    await waitUntil(() => toggle.shadowRoot!.querySelector('li'), 'no summary points', { timeout: 5000 });
    const points = [...toggle.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
    expect(points.join(' '), 'the summary reads the adopted body').to.contain('6:10 a.m.');

    const jsonLd = JSON.parse(element.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(jsonLd.headline).to.equal(article.title);
  });
});
