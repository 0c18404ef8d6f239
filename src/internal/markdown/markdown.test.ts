import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { renderMarkdown } from './index.js';
import { srcsetIsSafe } from './sanitize.js';
import '../../news-article/news-article.js';
import type { NewsArticleElement } from '../../news-article/news-article.js';

/** The markdown rendered into a detached <div>, to query it. */
function render(markdown: string) {
  const div = document.createElement('div');
  div.append(renderMarkdown(markdown));
  return div;
}
const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent);

describe('renderMarkdown', () => {
  describe('footnotes', () => {
    const article =
      'The night ferry[^ferry] runs again from May[^may], said the port[^ferry].\n\n' +
      '[^may]: The timetable is not final.\n' +
      '[^ferry]: It last ran in *2019*.\n\n' +
      '    The operator has changed since.\n\n' +
      'Tickets go on sale next week.';

    it('renders notes numbered in reading order, at the end, in the agreed markup', () => {
      const div = render(article);
      expect(texts(div, 'p sup a[data-footnote-ref]')).to.deep.equal(['1', '2', '1']);
      const section = div.lastElementChild!;
      expect(section.matches('section.footnotes[data-footnotes]')).to.equal(true);
      const notes = [...section.querySelectorAll('ol > li')];
      expect(notes.map((li) => li.id)).to.deep.equal(['footnote-1', 'footnote-2']);
      expect(notes[0]!.querySelector('em')!.textContent).to.equal('2019');
      expect(notes[0]!.textContent).to.contain('The operator has changed since.');
      expect(notes[1]!.textContent).to.contain('The timetable is not final.');
      // The body reads as before: no literal markers, the definitions are gone from it.
      expect(div.textContent).not.to.contain('[^');
      expect(div.querySelector('p:last-of-type')!.textContent).to.equal('Tickets go on sale next week.');
    });

    it('links each reference to its note and each note back to its first reference', () => {
      const div = render(article);
      const refs = [...div.querySelectorAll<HTMLAnchorElement>('a[data-footnote-ref]')];
      expect(refs.map((a) => a.getAttribute('href'))).to.deep.equal(['#footnote-1', '#footnote-2', '#footnote-1']);
      expect(refs.map((a) => a.id)).to.deep.equal(['footnote-ref-1', 'footnote-ref-2', '']);
      const backs = [...div.querySelectorAll('a[data-footnote-backref]')].map((a) => a.getAttribute('href'));
      expect(backs).to.deep.equal(['#footnote-ref-1', '#footnote-ref-2']);
    });

    it('leaves a reference to a note that is not defined as text', () => {
      const div = render('As reported[^nowhere].');
      expect(div.textContent!.trim()).to.equal('As reported[^nowhere].');
      expect(div.querySelector('sup, section')).to.equal(null);
    });

    it('keeps ids on footnotes only', () => {
      const div = render('<p id="top">Top</p>\n\n<span id="footnote-note">x</span> text[^1]\n\n[^1]: Note.');
      expect([...div.querySelectorAll('[id]')].map((el) => el.id)).to.deep.equal(['footnote-ref-1', 'footnote-1']);
    });

    it('moves focus between reference and note inside the article, without touching the page URL', async () => {
      const el = await fixture<NewsArticleElement>(
        html`<news-article .markdown=${'# Ferry\n\nThe ferry[^1] runs.\n\n[^1]: Since 1990.'}></news-article>`,
      );
      await waitUntil(() => el.state === 'ready');
      const root = el.shadowRoot!;
      const hash = location.hash;
      root.querySelector<HTMLAnchorElement>('a[data-footnote-ref]')!.click();
      expect(root.activeElement?.id).to.equal('footnote-1');
      root.querySelector<HTMLAnchorElement>('a[data-footnote-backref]')!.click();
      expect(root.activeElement?.id).to.equal('footnote-ref-1');
      expect(location.hash).to.equal(hash);
    });
  });

  it('renders footnotes, a figure and an embed in an article that passes axe', async () => {
    const markdown =
      '# Ferry\n\nThe ferry[^1] runs.\n\n![The ferry](/ferry.jpg "The Aurora at the quay")\n\n' +
      '<iframe src="https://player.vimeo.com/video/1" title="The first crossing"></iframe>\n\n[^1]: Since 1990.';
    const el = await fixture<NewsArticleElement>(html`<news-article .markdown=${markdown}></news-article>`);
    await waitUntil(() => el.state === 'ready');
    const root = el.shadowRoot!;
    expect(root.querySelector('section.footnotes li')!.textContent).to.contain('Since 1990.');
    expect(root.querySelector('figure figcaption')!.textContent).to.equal('The Aurora at the quay');
    expect(root.querySelector('.embed a')!.textContent).to.equal('The first crossing');
    await expect(el).to.be.accessible();
  });

  describe('figures', () => {
    it('renders an image alone in its paragraph with a title as a figure with that caption', () => {
      const div = render('![The new ferry at the quay](/ferry.jpg "The *Aurora* arrives, <b>at last</b> & on time")');
      const figure = div.querySelector('figure')!;
      const img = figure.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal('/ferry.jpg');
      expect(img.alt).to.equal('The new ferry at the quay');
      expect(img.hasAttribute('title')).to.equal(false);
      // The caption is text: markdown and HTML in a title stay as typed.
      expect(figure.querySelector('figcaption')!.textContent).to.equal('The *Aurora* arrives, <b>at last</b> & on time');
      expect(figure.querySelector('b')).to.equal(null);
    });

    it('leaves images without a title, or with text beside them, in their paragraph', () => {
      const div = render('![A ferry](/a.jpg)\n\nThe ferry ![A ferry](/b.jpg "Aurora") at the quay.');
      expect(div.querySelector('figure')).to.equal(null);
      expect(div.querySelectorAll('p > img').length).to.equal(2);
    });
  });

  describe('embeds', () => {
    it('turns an iframe embed into a link to what it embedded, with its title', () => {
      const div = render(
        '<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/abc123" title="Harbour at dawn" allowfullscreen></iframe>',
      );
      expect(div.querySelector('iframe')).to.equal(null);
      const link = div.querySelector<HTMLAnchorElement>('.embed > a')!;
      expect(link.href).to.equal('https://www.youtube-nocookie.com/embed/abc123');
      expect(link.textContent).to.equal('Harbour at dawn');
      // The link went through the sanitizer like any other.
      expect(link.rel).to.equal('noopener noreferrer');
    });

    it('names an embed without a title by its host, also inside a paragraph', () => {
      const div = render('Watch: <iframe src="//player.vimeo.com/video/76979871"></iframe> (2 min)');
      const link = div.querySelector<HTMLAnchorElement>('p .embed > a')!;
      expect(link.textContent).to.equal('player.vimeo.com');
      expect(link.href).to.match(/^https?:\/\/player\.vimeo\.com\/video\/76979871$/);
    });

    it('renders nothing, not an empty box, for an embed without an http(s) URL', () => {
      const div = render(
        '<iframe src="javascript:alert(1)" title="a"></iframe>\n\n<iframe src="data:text/html,x" title="b"></iframe>\n\n' +
          '<iframe srcdoc="<p>x</p>" title="c"></iframe>\n\n<iframe src="mailto:a@example.org" title="d"></iframe>',
      );
      expect(div.querySelector('iframe, .embed, a')).to.equal(null);
    });

    it("keeps a tweet's quoted text and link, without its script", () => {
      const div = render(
        '<blockquote class="twitter-tweet"><p lang="en">The ferry is back!</p>&mdash; Port News (@portnews) ' +
          '<a href="https://twitter.com/portnews/status/1">March 20, 2026</a></blockquote> ' +
          '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>',
      );
      expect(div.querySelector('blockquote p')!.textContent).to.equal('The ferry is back!');
      expect(div.querySelector('blockquote a')!.getAttribute('href')).to.equal('https://twitter.com/portnews/status/1');
      expect(div.querySelector('script')).to.equal(null);
    });
  });

  describe('srcset', () => {
    it('keeps a srcset whose URLs are all allowed', () => {
      const div = render('<img src="/a.jpg" srcset="/a.jpg 1x, https://cdn.example.org/a@2x.jpg 2x" alt="a">');
      expect(div.querySelector('img')!.getAttribute('srcset')).to.equal('/a.jpg 1x, https://cdn.example.org/a@2x.jpg 2x');
    });

    it('drops an image srcset with any URL outside the allowlist, keeping its src', () => {
      const div = render('<img src="/a.jpg" srcset="x 1x, javascript:alert(1) 2x" alt="a">');
      const img = div.querySelector('img')!;
      expect(img.hasAttribute('srcset')).to.equal(false);
      expect(img.getAttribute('src')).to.equal('/a.jpg');
    });

    it('drops the srcset of a picture source the same way', () => {
      const div = render(
        '<picture><source srcset="/a.webp, data:image/svg+xml,x 2x" type="image/webp">' +
          '<source srcset="/b.webp 1x, /b2.webp 2x"><img src="/a.jpg" alt="a"></picture>',
      );
      const sources = [...div.querySelectorAll('picture source')];
      expect(sources.map((s) => s.getAttribute('srcset'))).to.deep.equal([null, '/b.webp 1x, /b2.webp 2x']);
    });

    const cases: [string, boolean][] = [
      ['/a.jpg', true],
      ['/a.jpg 1x, /b.jpg 2x', true],
      ['a.jpg 480w,b.jpg 800w', true],
      ['https://example.org/a,b.jpg 2x', true],
      ['/a.jpg,javascript:alert(1)', false],
      ['/a.jpg 1x,\n\tJAVASCRIPT:alert(1) 2x', false],
      ['/a.jpg 1x, vbscript:x 2x', false],
      ['data:image/png;base64,AAAA 1x', false],
    ];
    for (const [srcset, safe] of cases) {
      it(`${safe ? 'accepts' : 'refuses'} srcset ${JSON.stringify(srcset)}`, () => {
        expect(srcsetIsSafe(srcset)).to.equal(safe);
      });
    }
  });
});
