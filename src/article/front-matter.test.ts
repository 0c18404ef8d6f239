import { expect } from '@open-wc/testing';
import { ArticleError } from './errors.js';
import { parseFrontMatter } from './front-matter.js';

const data = (yaml: string) => parseFrontMatter(`---\n${yaml}\n---\nBody.\n`).data;

/** The error parseFrontMatter throws for `text`. */
function errorFor(text: string): ArticleError {
  try {
    parseFrontMatter(text);
  } catch (error) {
    expect(error).to.be.instanceOf(ArticleError);
    return error as ArticleError;
  }
  throw new Error(`no error for ${JSON.stringify(text)}`);
}

describe('parseFrontMatter', () => {
  it('returns text without front matter as the body', () => {
    expect(parseFrontMatter('# Ferry news\n\nBoats run.')).to.deep.equal({
      data: {},
      body: '# Ferry news\n\nBoats run.',
      bodyLine: 1,
    });
  });

  it('splits front matter from the body and says where the body starts', () => {
    const result = parseFrontMatter('---\ntitle: Lanterns on the river\nlang: en\n---\nThe first line.\n');
    expect(result).to.deep.equal({
      data: { title: 'Lanterns on the river', lang: 'en' },
      body: 'The first line.\n',
      bodyLine: 5,
    });
  });

  it('accepts CRLF line endings, a BOM, and empty front matter', () => {
    expect(parseFrontMatter('\uFEFF---\r\ntitle: Mill pond\r\n---\r\nText\r\n')).to.deep.equal({
      data: { title: 'Mill pond' },
      body: 'Text\n',
      bodyLine: 4,
    });
    expect(parseFrontMatter('---\n---\nOnly body').data).to.deep.equal({});
  });

  it('reads a full article front matter', () => {
    const yaml = [
      '# The article about the new library',
      'title: "The library opens its \\"quiet floor\\""',
      "kicker: 'Culture'",
      'dek: "Forty desks, no phones" # comment after a value',
      'author: Kofi Mensah',
      'authors:',
      '  - name: Lea Brandt',
      '    url: https://example.org/lea',
      '  - Omar Haddad',
      'published: 2026-05-02T09:00:00Z',
      'updated: 2026-05-02',
      'dateline: LEEDS',
      'image:',
      '  src: /img/library.jpg',
      '  alt: Rows of wooden desks',
      '  width: 1200',
      '  height: 675',
      'tags: [Books, "Leeds, UK", 2026]',
      'lang: en-GB',
      'dir: ltr',
      'url: https://example.org/culture/library#top',
      'summary:',
      '  - The library adds a quiet floor.',
      '  - It opens on Monday.',
      'prev:',
      '  title: Museum night returns',
      '  url: /culture/museum-night',
      'next:',
      '  title: "Poetry prize: the shortlist"',
      '  url: /culture/poetry',
      'draft: false # comments may follow values',
      'rating: 4.5',
      'series: ~',
    ].join('\n');
    expect(data(yaml)).to.deep.equal({
      title: 'The library opens its "quiet floor"',
      kicker: 'Culture',
      dek: 'Forty desks, no phones',
      author: 'Kofi Mensah',
      authors: [{ name: 'Lea Brandt', url: 'https://example.org/lea' }, 'Omar Haddad'],
      published: '2026-05-02T09:00:00Z',
      updated: '2026-05-02',
      dateline: 'LEEDS',
      image: { src: '/img/library.jpg', alt: 'Rows of wooden desks', width: 1200, height: 675 },
      tags: ['Books', 'Leeds, UK', 2026],
      lang: 'en-GB',
      dir: 'ltr',
      url: 'https://example.org/culture/library#top',
      summary: ['The library adds a quiet floor.', 'It opens on Monday.'],
      prev: { title: 'Museum night returns', url: '/culture/museum-night' },
      next: { title: 'Poetry prize: the shortlist', url: '/culture/poetry' },
      draft: false,
      rating: 4.5,
      series: null,
    });
  });

  it('reads scalars the way YAML 1.2 does', () => {
    expect(
      data(
        [
          'a: 42', 'b: -1.5e3', 'c: .5', 'd: true', 'e: False', 'f: null', 'g:', 'h: ~',
          'i: yes', 'j: 12:30', 'k: C#', 'l: https://x.example/a#b', 'm: 2026-03-20', 'n: "007"',
          'o: og:title', "p: 'It''s # not a comment'", 'q: "tab\\there \\u00e9 \\x41 \\U0001F600 \\\\ \\/"',
        ].join('\n'),
      ),
    ).to.deep.equal({
      a: 42, b: -1500, c: 0.5, d: true, e: false, f: null, g: null, h: null,
      i: 'yes', j: '12:30', k: 'C#', l: 'https://x.example/a#b', m: '2026-03-20', n: '007',
      o: 'og:title', p: "It's # not a comment", q: 'tab\there é A 😀 \\ /',
    });
  });

  it('reads block lists, also at the indentation of their key, and lists of maps', () => {
    expect(
      data(
        [
          'tags:', '- Rivers', '- "Flood: update"', '', '# a comment between items', '- 3',
          'authors:', '-   name: Ana', '    url: /ana', '- name: Ben', 'empty: []',
        ].join('\n'),
      ),
    ).to.deep.equal({
      tags: ['Rivers', 'Flood: update', 3],
      authors: [{ name: 'Ana', url: '/ana' }, { name: 'Ben' }],
      empty: [],
    });
  });

  it('reads literal (|) and folded (>) text with chomping', () => {
    const yaml = [
      'literal: |',
      '  Line one',
      '    indented',
      '  # not a comment',
      '',
      'folded: >',
      '  Wind turbines',
      '  turned all night.',
      '',
      '  A second paragraph',
      '    with an indented line',
      '  back.',
      'stripped: >-',
      '  No final',
      '  newline',
      'kept: |+',
      '  Keep',
      '',
      'last: end',
    ].join('\n');
    expect(data(yaml)).to.deep.equal({
      literal: 'Line one\n  indented\n# not a comment\n',
      folded: 'Wind turbines turned all night.\nA second paragraph\n  with an indented line\nback.\n',
      stripped: 'No final newline',
      kept: 'Keep\n\n',
      last: 'end',
    });
  });

  it('keeps a number too large for a double as text, as YAML does', () => {
    expect(data('width: 1e30123\nheight: 1e3')).to.deep.equal({ width: '1e30123', height: 1000 });
  });

  it('reads blank lines before block text when they are no wider than it', () => {
    expect(data('summary: |\n\n \n  Text\n  and a tab inside: a\tb')).to.deep.equal({
      summary: '\n\nText\nand a tab inside: a\tb\n',
    });
  });

  it('reads block text inside lists and nested maps', () => {
    const yaml = 'summary:\n  - |\n    First point\n  - Second\nimage:\n  caption: >\n    A long\n    caption';
    expect(data(yaml)).to.deep.equal({
      summary: ['First point\n', 'Second'],
      image: { caption: 'A long caption\n' },
    });
  });

  const errors: [string, number, string][] = [
    ['title: &headline Town hall', 2, 'anchors (&) are not supported'],
    ['title: Town\nrepeat: *headline', 3, 'aliases (*) are not supported'],
    ['title: !!str Town hall', 2, 'tags (!) are not supported'],
    ['image: {src: a.jpg}', 2, 'flow maps are not supported'],
    ['tags: [a, [b, c]]', 2, 'nested lists are not supported'],
    ['image:\n  size:\n    width: 3', 4, 'nesting deeper than one level is not supported'],
    ['prev:\n  tags: [a]', 3, 'nested lists are not supported'],
    ['authors:\n  - name: Ana\n    links:\n      - /a', 5, 'nesting deeper than one level'],
    ['image:\n\tsrc: a.jpg', 3, 'tabs are not allowed for indentation'],
    ['title: One\nkicker: x\ntitle: Two', 4, 'duplicate key "title"'],
    ['prev:\n  url: /a\n  url: /b', 4, 'duplicate key "url"'],
    ['__proto__: x', 2, 'duplicate key "__proto__"'],
    ['title: "Harbour news', 2, 'unterminated quoted string'],
    ["title: 'Harbour news", 2, 'unterminated quoted string'],
    ['title: "Harbour" news', 2, 'unexpected text after the value'],
    ['title: Breaking: the dam holds', 2, 'quote text that contains ": "'],
    ['title: A headline\n  that wraps', 3, 'bad indentation'],
    ['summary: |2\n    text', 2, 'unsupported block scalar header "|2"'],
    ['title: "bell \\a"', 2, 'unknown escape "\\a"'],
    ['tags: [a, , b]', 2, 'quote text that starts with ","'],
    ['tags: [a, b', 2, 'flow lists must end on the same line'],
    ['"title": x', 2, 'expected "key: value"'],
    ['title: x\n- stray', 3, 'not a list item'],
    ['title: x\njust text', 3, 'expected "key: value"'],
    ['width: 0x1F', 2, '"0x1F" is ambiguous'],
    ['title: @handle', 2, 'quote text that starts with "@"'],
    ["title: We're #1 again", 2, 'quote text followed by " #"'],
    ['? complex\n: key', 2, 'quote text that starts with "?"'],
    ['rating: +.5', 2, '"+.5" is ambiguous'],
    // YAML test suite 5LLU / S98Z and W9L4: blank lines before block text may not be wider than it.
    ['summary: >\n \n  \n   \n text', 4, 'a blank line at the start of block text has more spaces than the text'],
    ['summary: |\n     \n  more spaces\n  above', 3, 'a blank line at the start of block text has more spaces'],
    // Y79Y: a tab in block text's indentation.
    ['summary: |\n\t\nkicker: x', 3, 'tabs are not allowed in block text'],
    ['summary: |\n  code\n  \tindented', 4, 'tabs are not allowed in block text'],
  ];
  for (const [yaml, line, message] of errors) {
    it(`fails on line ${line}: ${message}`, () => {
      const error = errorFor(`---\n${yaml}\n---\nBody`);
      expect(error.line).to.equal(line);
      expect(error.message).to.match(new RegExp(`^front matter line ${line}: `));
      expect(error.message).to.contain(message);
    });
  }

  it('fails when the closing --- is missing', () => {
    const error = errorFor('---\ntitle: Open ended\n\nBody without an end marker');
    expect(error.line).to.equal(1);
    expect(error.message).to.equal('front matter line 1: no closing "---" line');
  });

  it('stays fast on hostile input', () => {
    const start = performance.now();
    const long = ' '.repeat(100_000);
    for (const yaml of [`a${long}b: c`, `a: b${long}c`, `a: ${' #'.repeat(50_000)}`, `a: [${'x, '.repeat(30_000)}]`]) {
      parseFrontMatter(`---\n${yaml}\n---\n`);
    }
    // Generous: a quadratic scan of these lines would take minutes, not seconds.
    expect(performance.now() - start).to.be.below(4000);
  });
});
