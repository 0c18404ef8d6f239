// Text fields from a CMS arrive as HTML fragments ("City&#8217;s"). They become text here, never
// through innerHTML, and in Node too (parseArticle runs there).

// The named entities CMSs put in titles, names and excerpts; any other name is left as written.
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '…', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', euro: '€', pound: '£',
};

/** `&#8217;`, `&#x2019;` and the common named entities as characters. */
export function decodeEntities(html: string): string {
  return html.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+\d?));/gi, (entity, dec?: string, hex?: string, name?: string) => {
    if (name) return Object.hasOwn(NAMED, name) ? NAMED[name]! : entity;
    const code = dec ? +dec : parseInt(hex!, 16);
    // NUL, surrogates and numbers past Unicode are what the HTML parser makes of them: U+FFFD.
    return code && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** An HTML fragment as plain text: tags dropped, entities decoded, white space collapsed. */
export const htmlToText = (html: string): string =>
  decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();

/** Plain text as HTML: special characters escaped, blank lines separating paragraphs. */
export const textToHtml = (text: string): string =>
  text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</p>`)
    .join('\n');
