import { expect } from '@open-wc/testing';
import { safeUrl } from './safe-url.js';

const BASE = 'https://news.example/world/story.html';

describe('safeUrl', () => {
  it('resolves relative URLs against the base', () => {
    expect(safeUrl('/sport/match', BASE)).to.equal('https://news.example/sport/match');
    expect(safeUrl('photo.jpg', BASE)).to.equal('https://news.example/world/photo.jpg');
    expect(safeUrl('../about?x=1#team', BASE)).to.equal('https://news.example/about?x=1#team');
    expect(safeUrl('//cdn.example/a.png', BASE)).to.equal('https://cdn.example/a.png');
  });

  it('keeps absolute http and https URLs', () => {
    expect(safeUrl('http://example.org/a b', BASE)).to.equal('http://example.org/a%20b');
    expect(safeUrl('  HTTPS://Example.org/Path  ', BASE)).to.equal('https://example.org/Path');
  });

  it('allows mailto only when asked', () => {
    expect(safeUrl('mailto:desk@news.example', BASE)).to.equal(undefined);
    expect(safeUrl('mailto:desk@news.example', BASE, { allowMailto: true })).to.equal(
      'mailto:desk@news.example',
    );
  });

  it('drops other schemes', () => {
    for (const url of [
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org/',
      'blob:https://news.example/1234',
      'tel:+123',
    ]) {
      expect(safeUrl(url, BASE, { allowMailto: true }), url).to.equal(undefined);
    }
  });

  it('drops javascript: in every disguise', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      '\x00javascript:alert(1)',
      '\x01\x1fjavascript:alert(1)',
      '\n\tjavascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      'javascript\t:alert(1)',
      'javascript://news.example/%0Aalert(1)',
      'javascript:alert(1)//https://news.example/',
    ]) {
      expect(safeUrl(url, BASE, { allowMailto: true }), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('reads entity-looking text as a path, never as a scheme', () => {
    for (const url of [
      '&#106;avascript:alert(1)',
      'javascript&colon;alert(1)',
      'jav&#x09;ascript:alert(1)',
      '&#x6A;&#x61;vascript:alert(1)',
      '\u00a0javascript:alert(1)',
    ]) {
      const href = safeUrl(url, BASE);
      expect(href, url).to.be.a('string');
      expect(href!.startsWith('https://news.example/world/'), href).to.equal(true);
    }
  });

  it('drops relative URLs when there is no base to resolve them against', () => {
    expect(safeUrl('/sport', 'about:blank')).to.equal(undefined);
    expect(safeUrl('https://example.org/', 'about:blank')).to.equal('https://example.org/');
    expect(safeUrl('http://[bad', BASE)).to.equal(undefined);
  });
});
