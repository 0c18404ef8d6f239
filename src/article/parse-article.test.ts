import { expect } from '@open-wc/testing';
import { ArticleError, parseArticle, type Article } from './index.js';

const base = 'https://news.example/science/comet.html';

const full = {
  title: '  A comet passes close to Earth  ',
  kicker: 'Science',
  dek: 'Amateur astronomers caught it before dawn.',
  authors: [{ name: 'Mei Tanaka', url: '/staff/mei' }, 'Jonas Berg'],
  published: '2026-06-01T04:30:00Z',
  updated: '2026-06-01T09:15:00+02:00',
  dateline: 'TROMSØ',
  image: { src: 'comet.jpg', alt: 'A green streak over a fjord', caption: 'Before dawn.', credit: 'M. Tanaka', width: 1600, height: 900 },
  tags: ['Space', ' Astronomy '],
  lang: 'en-gb',
  dir: 'ltr',
  url: '/science/comet',
  summary: ['A comet passed within 40 million km.', 'It was visible without a telescope.'],
  body: '\n\nThe comet rose above the horizon at 4 a.m.\n\n## How to see it\n\nLook north-east.\n\n',
  prev: { title: 'Solar eclipse dates for 2027', url: '/science/eclipse' },
  next: { title: 'A new moon for Saturn', url: 'https://other.example/saturn' },
  ignoredKey: 'anything',
};

const expected: Article = {
  title: 'A comet passes close to Earth',
  kicker: 'Science',
  dek: 'Amateur astronomers caught it before dawn.',
  authors: [{ name: 'Mei Tanaka', url: 'https://news.example/staff/mei' }, { name: 'Jonas Berg' }],
  published: new Date(Date.UTC(2026, 5, 1, 4, 30)),
  updated: new Date(Date.UTC(2026, 5, 1, 7, 15)),
  dateline: 'TROMSØ',
  image: {
    src: 'https://news.example/science/comet.jpg',
    alt: 'A green streak over a fjord',
    caption: 'Before dawn.',
    credit: 'M. Tanaka',
    width: 1600,
    height: 900,
  },
  tags: ['Space', 'Astronomy'],
  lang: 'en-GB',
  dir: 'ltr',
  url: 'https://news.example/science/comet',
  summary: ['A comet passed within 40 million km.', 'It was visible without a telescope.'],
  body: 'The comet rose above the horizon at 4 a.m.\n\n## How to see it\n\nLook north-east.',
  prev: { title: 'Solar eclipse dates for 2027', url: 'https://news.example/science/eclipse' },
  next: { title: 'A new moon for Saturn', url: 'https://other.example/saturn' },
};

const markdown = `---
title: A comet passes close to Earth
kicker: Science
dek: Amateur astronomers caught it before dawn.
authors:
  - name: Mei Tanaka
    url: /staff/mei
  - Jonas Berg
published: 2026-06-01T04:30:00Z
updated: 2026-06-01T09:15:00+02:00
dateline: TROMSØ
image:
  src: comet.jpg
  alt: A green streak over a fjord
  caption: Before dawn.
  credit: M. Tanaka
  width: 1600
  height: 900
tags: [Space, Astronomy]
lang: en-gb
dir: ltr
url: /science/comet
summary:
  - A comet passed within 40 million km.
  - It was visible without a telescope.
prev:
  title: Solar eclipse dates for 2027
  url: /science/eclipse
next:
  title: A new moon for Saturn
  url: https://other.example/saturn
---

The comet rose above the horizon at 4 a.m.

## How to see it

Look north-east.
`;

/** The error parseArticle throws for `input`. */
function errorFor(input: unknown, options: Parameters<typeof parseArticle>[1] = { base }): ArticleError {
  try {
    parseArticle(input, options);
  } catch (error) {
    expect(error).to.be.instanceOf(ArticleError);
    expect((error as Error).name).to.equal('ArticleError');
    return error as ArticleError;
  }
  throw new Error(`no error for ${JSON.stringify(input)}`);
}

/** Runs `fn` with console.warn captured. */
function warnings(fn: () => void): string[] {
  const seen: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    fn();
  } finally {
    console.warn = warn;
  }
  return seen;
}

describe('parseArticle', () => {
  describe('good input', () => {
    it('validates an object with every field', () => {
      expect(parseArticle(full, { base })).to.deep.equal(expected);
    });

    it('reads the same article from JSON text', () => {
      expect(parseArticle(`  \n${JSON.stringify(full, null, 2)}`, { base })).to.deep.equal(expected);
    });

    it('reads the same article from markdown with full front matter', () => {
      expect(parseArticle(markdown, { base })).to.deep.equal(expected);
    });

    it('needs only a title and a body', () => {
      expect(parseArticle({ title: 'Short', body: 'Text.' })).to.deep.equal({
        title: 'Short',
        body: 'Text.',
        authors: [],
        tags: [],
      });
    });

    it('accepts its own output again', () => {
      const article = parseArticle(full, { base });
      expect(parseArticle(article, { base })).to.deep.equal(article);
    });

    it('takes the title from the first # heading and removes it from the body', () => {
      const article = parseArticle('Intro line.\n\n# Bees return to the city park #\n\nHives were counted.');
      expect(article.title).to.equal('Bees return to the city park');
      expect(article.body).to.equal('Intro line.\n\n\nHives were counted.');
    });

    it('takes the # heading after front matter without a title', () => {
      const article = parseArticle('---\nkicker: Nature\n---\n# Bees return\n\nHives.', { base });
      expect(article).to.include({ title: 'Bees return', kicker: 'Nature', body: 'Hives.' });
    });

    it('skips # lines in fenced code and deeper headings when looking for the title', () => {
      const body = '## Setup\n\n```sh\n# install the tool\n```\n\n~~~\n# also code\n~~~\n\n# Real title\n\nText.';
      expect(parseArticle(body).title).to.equal('Real title');
    });

    it('keeps the # heading in the body when front matter has a title', () => {
      const article = parseArticle('---\ntitle: From front matter\n---\n# In the body\n\nText.');
      expect(article.title).to.equal('From front matter');
      expect(article.body).to.equal('# In the body\n\nText.');
    });

    it('reads markdown when told to, even if it starts with {', () => {
      const article = parseArticle('{braces} in the first line\n\n# Title', { format: 'markdown' });
      expect(article).to.include({ title: 'Title', body: '{braces} in the first line' });
    });

    it('reads author as shorthand for one author, and mailto author links', () => {
      expect(parseArticle({ title: 't', body: 'b', author: ' Rosa Lind ' }).authors).to.deep.equal([
        { name: 'Rosa Lind' },
      ]);
      const authors = [{ name: 'Desk', url: 'mailto:desk@news.example' }];
      expect(parseArticle({ title: 't', body: 'b', authors }).authors).to.deep.equal(authors);
    });

    it('reads a date without a time as that day at local midnight', () => {
      const { published } = parseArticle({ title: 't', body: 'b', published: '2026-02-28' });
      expect([published!.getFullYear(), published!.getMonth(), published!.getDate(), published!.getHours()]).to.deep.equal([2026, 1, 28, 0]);
    });

    it('takes a summary as a markdown string', () => {
      const article = parseArticle({ title: 't', body: 'b', summary: '\n  - one\n  - two\n' });
      expect(article.summary).to.equal('  - one\n  - two');
    });

    it('reads folded summary text from front matter', () => {
      const article = parseArticle('---\nsummary: >\n  The comet was\n  bright.\n---\n# T\n\nBody');
      expect(article.summary).to.equal('The comet was bright.');
    });

    it('resolves relative URLs against the page by default', () => {
      const article = parseArticle({ title: 't', body: 'b', url: 'next-story' });
      expect(article.url).to.equal(new URL('next-story', location.href).href);
    });

    it('defaults image alt to the empty string', () => {
      const article = parseArticle({ title: 't', body: 'b', image: { src: 'https://img.example/a.png' } });
      expect(article.image).to.deep.equal({ src: 'https://img.example/a.png', alt: '' });
    });

    it('drops unsafe URLs with one warning naming the field', () => {
      let article: Article | undefined;
      const seen = warnings(() => {
        article = parseArticle(
          {
            title: 't',
            body: 'b',
            url: 'javascript:alert(1)',
            authors: [{ name: 'Ana', url: ' JAVA\tSCRIPT:alert(1)' }],
            prev: { title: 'Earlier', url: 'data:text/html,hi' },
            image: { src: 'vbscript:x', alt: 'gone' },
          },
          { base },
        );
      });
      expect(article).to.deep.equal({
        title: 't',
        body: 'b',
        authors: [{ name: 'Ana' }],
        tags: [],
        prev: { title: 'Earlier' },
      });
      expect(seen).to.have.length(4);
      for (const path of ['url', 'authors[0].url', 'prev.url', 'image.src']) {
        expect(seen.some((w) => w.includes(` ${path} `)), path).to.equal(true);
      }
    });

    it('drops relative URLs when there is no base', () => {
      const seen = warnings(() => {
        const article = parseArticle({ title: 't', body: 'b', url: '/x' }, { base: 'about:blank' });
        expect(article.url).to.equal(undefined);
      });
      expect(seen).to.have.length(1);
    });
  });

  describe('bad input', () => {
    const cases: [string, unknown, string | undefined, string][] = [
      ['a missing title', { body: 'b' }, 'title', 'title: expected a non-empty string, got nothing'],
      ['a blank title', { title: '  ', body: 'b' }, 'title', 'title: expected a non-empty string, got "  "'],
      ['a numeric title', { title: 7, body: 'b' }, 'title', 'title: expected a string, got number'],
      ['a missing body', { title: 't' }, 'body', 'body: expected a non-empty string, got nothing'],
      ['a non-string kicker', { title: 't', body: 'b', kicker: ['x'] }, 'kicker', 'kicker: expected a string, got array'],
      ['author and authors', { title: 't', body: 'b', author: 'A', authors: ['B'] }, 'author', 'author: expected either author or authors, got both'],
      ['authors as a string', { title: 't', body: 'b', authors: 'Ana' }, 'authors', 'authors: expected a list, got "Ana"'],
      ['an author without a name', { title: 't', body: 'b', authors: ['Ana', { url: '/x' }] }, 'authors[1].name', 'authors[1].name: expected a non-empty string, got nothing'],
      ['an author as a number', { title: 't', body: 'b', authors: [3] }, 'authors[0]', 'authors[0]: expected a name or {name, url}, got number'],
      ['a free-form date', { title: 't', body: 'b', published: 'next tuesday' }, 'published', 'published: expected an ISO 8601 date, got "next tuesday"'],
      ['a day the month lacks', { title: 't', body: 'b', updated: '2026-02-30' }, 'updated', 'updated: expected an ISO 8601 date, got "2026-02-30"'],
      ['a month out of range', { title: 't', body: 'b', updated: '2026-13-01T10:00Z' }, 'updated', 'updated: expected an ISO 8601 date, got "2026-13-01T10:00Z"'],
      ['a timestamp number', { title: 't', body: 'b', published: 1770000000 }, 'published', 'published: expected an ISO 8601 date, got number'],
      ['an image without src', { title: 't', body: 'b', image: { alt: 'x' } }, 'image.src', 'image.src: expected a non-empty string, got nothing'],
      ['an image as a string', { title: 't', body: 'b', image: 'a.jpg' }, 'image', 'image: expected an object with src, got string'],
      ['a negative width', { title: 't', body: 'b', image: { src: 'a.jpg', width: -3 } }, 'image.width', 'image.width: expected a positive number, got -3'],
      ['a width as text', { title: 't', body: 'b', image: { src: 'a.jpg', height: '900' } }, 'image.height', 'image.height: expected a positive number, got "900"'],
      ['tags as a string', { title: 't', body: 'b', tags: 'news' }, 'tags', 'tags: expected a list of strings, got "news"'],
      ['a tag as a number', { title: 't', body: 'b', tags: ['a', 2] }, 'tags[1]', 'tags[1]: expected a string, got number'],
      ['an unknown dir', { title: 't', body: 'b', dir: 'up' }, 'dir', 'dir: expected ltr, rtl or auto, got "up"'],
      ['an impossible lang', { title: 't', body: 'b', lang: 'en_US!' }, 'lang', 'lang: expected a BCP 47 language tag, got "en_US!"'],
      ['a title longer than any headline', { title: 'T'.repeat(100_001), body: 'b' }, 'title', 'title: expected at most 100000 characters, got 100001'],
      ['a tag longer than any tag', { title: 't', body: 'b', tags: ['ok', 'x'.repeat(200_000)] }, 'tags[1]', 'tags[1]: expected at most 100000 characters, got 200000'],
      ['a summary as a number', { title: 't', body: 'b', summary: 3 }, 'summary', 'summary: expected a string, got number'],
      ['a prev URL as a number', { title: 't', body: 'b', prev: { title: 'P', url: 42 } }, 'prev.url', 'prev.url: expected a string, got number'],
      ['a next without title', { title: 't', body: 'b', next: { url: '/n' } }, 'next.title', 'next.title: expected a non-empty string, got nothing'],
      ['a prev as a string', { title: 't', body: 'b', prev: '/p' }, 'prev', 'prev: expected an object with title and url, got string'],
      ['an array', [], undefined, 'expected an article object, got array'],
      ['null', null, undefined, 'expected an article object, got null'],
    ];
    for (const [name, input, path, message] of cases) {
      it(`rejects ${name}`, () => {
        const error = errorFor(input);
        expect(error.message).to.equal(message);
        expect(error.path).to.equal(path);
      });
    }

    it('reads lang "en_US" as en-US', () => {
      expect(parseArticle({ title: 't', body: 'b', lang: 'en_US' }).lang).to.equal('en-US');
    });

    it('rejects markdown with no title anywhere', () => {
      expect(errorFor('Just a paragraph.\n\n## Not level one').message).to.equal(
        'title: expected a non-empty string, got nothing',
      );
    });

    it('passes front matter errors on with their line', () => {
      const error = errorFor('---\ntitle: Ok\nsummary: *short\n---\nBody');
      expect(error.line).to.equal(3);
      expect(error.message).to.equal('front matter line 3: aliases (*) are not supported');
    });

    it('rejects malformed JSON with a message that says so', () => {
      const error = errorFor('{\n  "title": "t",\n  "body": }');
      expect(error.message).to.match(/^invalid JSON/);
      expect(errorFor('not json', { format: 'json' }).message).to.match(/^invalid JSON/);
    });

    describe('JSON error positions, however the engine words them', () => {
      const parse = JSON.parse;
      afterEach(() => {
        JSON.parse = parse;
      });
      const failWith = (message: string) => {
        JSON.parse = () => {
          throw new SyntaxError(message);
        };
      };
      const text = '{\n  "title": "t",\n  "body" "b"\n}';

      it('turns "position N" (Chromium) into line and column', () => {
        failWith("Expected ':' after property name in JSON at position 27");
        const error = errorFor(text);
        expect(error.message).to.equal("invalid JSON at line 3, column 10: Expected ':' after property name");
        expect(error.line).to.equal(3);
      });

      it('uses "line L column C" (Firefox, newer Chromium) as given', () => {
        failWith("JSON.parse: expected ':' after property name in object at line 3 column 10 of the JSON data");
        const error = errorFor(text);
        expect(error.message).to.equal("invalid JSON at line 3, column 10: expected ':' after property name in object");
        expect(error.line).to.equal(3);
        failWith("Expected ':' after property name in JSON at position 28 (line 3 column 10)");
        expect(errorFor(text).message).to.equal("invalid JSON at line 3, column 10: Expected ':' after property name");
      });

      it('finds the place itself when the message names none (WebKit)', () => {
        failWith("JSON Parse error: Expected ':' before value in object property definition");
        const error = errorFor(text);
        expect(error.message).to.equal(
          "invalid JSON at line 3, column 10: JSON Parse error: Expected ':' before value in object property definition",
        );
        expect(error.line).to.equal(3);
      });
    });
  });
  describe('text as it arrives: BOM, CRLF, duplicate keys, the wrong kind of text', () => {
    it('reads JSON and markdown that start with a byte order mark', () => {
      expect(parseArticle('\uFEFF{"title": "Tide tables", "body": "High water at noon."}').title).to.equal('Tide tables');
      expect(parseArticle('\uFEFF---\ntitle: Tide tables\n---\nHigh water.').title).to.equal('Tide tables');
      expect(parseArticle('\uFEFF# Tide tables\n\nHigh water.').title).to.equal('Tide tables');
    });

    it('reads CRLF line breaks in JSON and markdown alike', () => {
      expect(parseArticle('{\r\n"title": "Tide tables",\r\n"body": "High water."\r\n}').body).to.equal('High water.');
      const article = parseArticle('---\r\ntitle: Tide tables\r\n---\r\nHigh water.\r\n\r\nLow water.\r\n');
      expect(article.body).to.equal('High water.\n\nLow water.');
    });

    it('refuses a JSON key given twice, naming the key, its path and its line', () => {
      const cases: [string, string, number][] = [
        ['{"title": "A",\n "body": "B",\n "title": "C"}', 'title', 3],
        ['{"title": "A", "body": "B",\n "prev": {"title": "P", "url": "/a",\n  "url": "/b"}}', 'prev.url', 3],
        ['{"title": "A", "body": "B", "authors": [{"name": "X"},\n {"name": "Y", "name": "Z"}]}', 'authors[1].name', 2],
      ];
      for (const [text, path, line] of cases) {
        const error = errorFor(text);
        expect(error.message).to.match(new RegExp(`^invalid JSON at line ${line}, column \\d+: duplicate key "${path.replace(/[[\]]/g, '\\$&')}"$`));
        expect(error).to.include({ path, line });
      }
    });

    it('allows the same key in different objects, and keys that only look alike', () => {
      const text = '{"title": "A", "body": "B", "prev": {"title": "P"}, "next": {"title": "N"}, "tags": ["title", "title"], "x\\"": 1, "x": 2}';
      expect(parseArticle(text).prev).to.deep.equal({ title: 'P' });
    });

    it('says what JSON text that is not an article object holds', () => {
      expect(errorFor('["Tide tables", "High water"]').message).to.equal('expected an article object, got array');
      expect(errorFor('null').message).to.equal('expected an article object, got null');
      expect(errorFor(' 42 ').message).to.equal('expected an article object, got number');
      expect(errorFor('{"title": "T", "body": "B"}', { format: 'markdown' }).message).to.equal(
        'expected markdown, got JSON text (an object)',
      );
    });

    it('says so when front matter comes after blank lines or is indented', () => {
      const late = errorFor('\n\n---\ntitle: Tide tables\n---\nHigh water.');
      expect(late.message).to.equal(
        'front matter line 3: the opening "---" comes after blank lines; front matter must start on the first line',
      );
      expect(late.line).to.equal(3);
      expect(errorFor('  ---\n  title: Tide tables\n  ---\n  High water.').message).to.contain('the opening "---" is indented');
    });

    it('still reads a thematic break (---) at the start of a body', () => {
      expect(parseArticle('\n---\n\n# Tide tables\n\nHigh water.').title).to.equal('Tide tables');
    });
  });
});
