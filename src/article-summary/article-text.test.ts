import { fixtureSync, html, expect, waitUntil } from '@open-wc/testing';
import './article-summary.js';
import { summarize } from '../summarize/index.js';
import { articleText } from './sources.js';

// A rendered article as the markdown module prints it: a lead, three sections, a photo with a
// caption, a table, a code block, an embed and footnotes. The text is our own.
const ARTICLE = html`<article>
  <p>The regional council voted on Monday to reopen the Millbrook ferry line, closed since 2019,
    with two electric boats and a timetable of twelve crossings a day.</p>
  <p>The first crossing is planned for the second week of May.</p>
  <figure><img alt="" /><figcaption>The old ferry landing at Millbrook, photographed in March.</figcaption></figure>
  <h2>The boats</h2>
  <p>Each boat carries 180 passengers and 40 bicycles, and charges its batteries at the quay in
    eleven minutes while passengers board.<sup><a data-footnote-ref href="#fn1">1</a></sup></p>
  <p>The shipyard in Dunmore will deliver the first boat in April and the second in June.</p>
  <table><tr><td>Crossings per day in 2019 were six and in 2026 will be twelve.</td></tr></table>
  <h2>The cost</h2>
  <p>The council will pay 21 million euros over ten years, two thirds of it from a national fund
    for clean transport.</p>
  <pre><code>const fares = computeTheFaresForEveryPassengerOnTheBoat();</code></pre>
  <div class="embed"><a href="https://video.example/ferry">Watch the boats being built at the yard.</a></div>
  <h2>The critics</h2>
  <ul>
    <li>Residents of the east bank asked for a stop at Carrow Point, which the plan leaves out.</li>
    <li>The bus company warned that fewer passengers would ride its route along the estuary.</li>
  </ul>
  <section class="footnotes" data-footnotes>
    <ol><li>Figures from the shipyard's tender documents, published by the council in 2025.</li></ol>
  </section>
</article>`;

describe('articleText()', () => {
  it('hands the summarizer paragraphs, list items and headings as section boundaries', () => {
    const text = articleText(fixtureSync(ARTICLE));
    expect(text.split('\n\n')).to.deep.equal([
      'The regional council voted on Monday to reopen the Millbrook ferry line, closed since 2019, with two electric boats and a timetable of twelve crossings a day.',
      'The first crossing is planned for the second week of May.',
      '## The boats',
      'Each boat carries 180 passengers and 40 bicycles, and charges its batteries at the quay in eleven minutes while passengers board.',
      'The shipyard in Dunmore will deliver the first boat in April and the second in June.',
      '## The cost',
      'The council will pay 21 million euros over ten years, two thirds of it from a national fund for clean transport.',
      '## The critics',
      'Residents of the east bank asked for a stop at Carrow Point, which the plan leaves out.',
      'The bus company warned that fewer passengers would ride its route along the estuary.',
    ]);
  });

  it('leaves captions, tables, code, embeds and footnotes out of the summary', () => {
    const summary = summarize(articleText(fixtureSync(ARTICLE)), { sentences: 10 });
    expect(summary.join(' ')).not.to.match(/photographed|Crossings per day|computeTheFares|Watch the boats|tender documents/);
    expect(summary.join(' ')).not.to.match(/##|The boats|board\.1/);
  });

  it('gives a summary that covers the lead and every section, one point each', () => {
    const summary = summarize(articleText(fixtureSync(ARTICLE)));
    expect(summary).to.have.length(4);
    expect(summary[0]).to.match(/^The regional council voted/);
    expect(summary[1]).to.match(/boat|Dunmore/);
    expect(summary[2]).to.match(/^The council will pay 21 million euros/);
    expect(summary[3]).to.match(/Carrow Point|bus company/);
  });
});

describe('<article-summary>', () => {
  it('says there is nothing to summarize when the text is one endless run of abbreviations', async () => {
    const wrapper = fixtureSync(html`<article><article-summary></article-summary><p>${'U.S. '.repeat(30000)}</p></article>`);
    const el = wrapper.querySelector('article-summary')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector('button')!.click();
    const panel = () => el.shadowRoot!.querySelector('[part="panel"]')!;
    await waitUntil(() => panel().getAttribute('aria-busy') !== 'true' && panel().textContent!.trim(), 'no answer');
    expect(panel().textContent).to.contain('Nothing to summarize.');
    expect(panel().querySelectorAll('li')).to.have.length(0);
  });
});
