// The README's inline-data examples, verbatim: every ```html block of README.md that puts a
// <script type="application/json|text/markdown"> inside <news-article> is rendered as written.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import { sleep } from '../security/helpers.js';

/** The README's ```html blocks with inline article data. */
async function inlineExamples(): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  const blocks = [...readme.matchAll(/^```html\n([^]*?)^```/gm)].map((m) => m[1]!);
  return blocks.filter((html) => /<news-article>\s*<script type="(application\/json|text\/markdown)">/.test(html));
}

async function settled(el: NewsArticleElement) {
  for (const deadline = Date.now() + 5000; el.state !== 'ready' && el.state !== 'error' && Date.now() < deadline; ) await sleep(20);
  await el.updateComplete;
  return el;
}

describe('README inline-data examples', () => {
  it('has examples of both kinds of inline data', async () => {
    const all = (await inlineExamples()).join('\n');
    expect(all).to.contain('<script type="application/json">');
    expect(all).to.contain('<script type="text/markdown">');
  });

  it('renders each example as written: a headline, its front matter read, no stray rule', async () => {
    for (const html of await inlineExamples()) {
      const host = document.createElement('div');
      host.innerHTML = html;
      document.body.append(host);
      for (const el of host.querySelectorAll<NewsArticleElement>('news-article')) {
        await settled(el);
        const script = el.querySelector('script')!;
        const root = el.shadowRoot!;
        const error = root.querySelector('[part~="error"]')?.textContent;
        expect(el.state, `${error} in\n${script.outerHTML}`).to.equal('ready');
        const headline = root.querySelector('[part~="headline"]')!.textContent!.trim();
        expect(headline).not.to.equal('');
        expect(root.querySelector('[part~="body"] hr'), 'a front matter line rendered as <hr>').to.equal(null);
        if (script.type === 'text/markdown') {
          expect(headline).to.equal('Night trains are back');
          expect(root.querySelector('[part~="kicker"]')!.textContent!.trim()).to.equal('Transport');
          expect(root.textContent).not.to.contain('kicker:');
        }
      }
      host.remove();
    }
  });
});
