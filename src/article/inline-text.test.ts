import { expect } from '@open-wc/testing';
import { inlineText } from './inline-text.js';
import { parseArticle } from './parse-article.js';

describe('inlineText', () => {
  it('drops the blank lines around the text and the indentation every line shares', () => {
    const printed = '\n\n    ---\n    title: Ferry fares\n    ---\n    Fares rise in May.\n\n      - Adults: 4\n  ';
    expect(inlineText(printed)).to.equal('---\ntitle: Ferry fares\n---\nFares rise in May.\n\n  - Adults: 4');
  });

  it('keeps text that starts at the margin as it is', () => {
    expect(inlineText('\n---\nkicker: Transport\n---\n# Night trains\n  ')).to.equal('---\nkicker: Transport\n---\n# Night trains');
  });

  it('removes a BOM and CRLF line breaks, and a shared tab indentation', () => {
    expect(inlineText('\uFEFF\r\n\t\t{"title": "A",\r\n\t\t "body": "B"}\r\n\t')).to.equal('{"title": "A",\n "body": "B"}');
  });

  it('lets indented inline markdown with front matter parse into an article', () => {
    const article = parseArticle(inlineText('\n      ---\n      kicker: Transport\n      ---\n      # Night trains are back\n      The first sleeper left.\n    '));
    expect(article).to.include({ kicker: 'Transport', title: 'Night trains are back', body: 'The first sleeper left.' });
  });
});
