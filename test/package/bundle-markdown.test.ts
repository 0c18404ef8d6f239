// The build rewrites parts of marked and DOMPurify in dist/news-article.js (build/marked-gfm-only.js,
// build/marked-names.js, build/dompurify-html-only.js, build/dompurify-unused-api.js). Here the
// built element renders a body that goes through every markdown rule and carries hostile HTML,
// and must show exactly what our source modules, with marked and DOMPurify as published, make of it.
import { expect, fixture, html } from '@open-wc/testing';
import { parseArticle } from '../../src/article/parse-article.js';
import { renderBody } from '../../src/article/render-body.js';

const BUNDLE = '/dist/news-article.js';
const built = async () => (await fetch(BUNDLE, { method: 'HEAD' })).ok;

const MARKDOWN = `# Harbour notes

## Tides this week

Setext heading
--------------

The *tide* came in at __six__, with ~~no~~ **little** warning; see <https://example.org/tide>
or www.example.org and write to desk@example.org. A [link](/a "title") and ![a gull](/g.png).
A line with a break  
and \`code\`, an \\*escape\\*, a note[^1] and a reference to the [tide table][t].

[t]: https://example.org/table "Tide table"

> A quote
> over two lines

1. first
2. second
   - nested *item*
   - [x] done

* * *

| Time | Height |
|:-----|-------:|
| 06:00 | 4.1 m |
| 18:20 | 3.9 m |

\`\`\`js
const tide = 'high';
\`\`\`

    indented code

<div class="box" onclick="alert(1)">raw <b>html</b><script>alert(2)</script></div>

<img src="x.png" onerror="alert(3)" srcset="ok.png 1x, javascript:alert(4) 2x">
<a href="javascript:alert(5)">bad link</a> <a href="https://example.org/good">good link</a>
<svg onload="alert(6)"><circle r="4" fill="red" onclick="alert(7)"></circle></svg>
<math><mi xlink:href="javascript:alert(8)">x</mi></math>
<p title="<img src=x onerror=alert(9)>">quoted attribute</p>

Trailing paragraph with _under_score emphasis and **bold _mixed_ text**.

[^1]: The footnote, with a [link](https://example.org/note).
`;

describe('dist/news-article.js', () => {
  it('shows a markdown body with hostile HTML exactly as the source modules do', async function () {
    if (!(await built())) this.skip(); // not built: `npm test` builds first
    await import(BUNDLE);
    const article = parseArticle(MARKDOWN, { format: 'markdown' });
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
