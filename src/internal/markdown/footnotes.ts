import type { MarkedExtension, Token, Tokens, TokensList } from 'marked';

/**
 * GFM footnotes: `text[^1]` and, anywhere, `[^1]: the note` (continued on lines indented by
 * 4 spaces). Notes are numbered in the order they are first referred to and listed at the end in
 * `<section class="footnotes" data-footnotes>`; a reference is `<sup><a data-footnote-ref>`.
 * A reference to a note that is not defined stays text, as on GitHub.
 */

interface Note {
  type: 'footnote';
  raw: string;
  tokens: Token[];
  /** Its number, given at its first reference. */
  number?: number;
}

/** The ids we give notes and references; the sanitizer keeps these ids and no others. */
export const FOOTNOTE_ID = /^footnote-(?:ref-)?\d+$/;

const DEFINITION = /^\[\^([^\]\s]+)\]:[ \t]*([^\n]*(?:\n+(?: {4}|\t)[^\n]*)*)/;
const REFERENCE = /^\[\^([^\]\s]+)\]/;

/** The notes of one document, keyed by the token list marked is building for it. */
const notesOf = new WeakMap<TokensList, { byLabel: Map<string, Note>; used: Note[] }>();

function notes(tokens: TokensList) {
  let found = notesOf.get(tokens);
  if (!found) notesOf.set(tokens, (found = { byLabel: new Map(), used: [] }));
  return found;
}

export const footnotes: MarkedExtension = {
  extensions: [
    {
      name: 'footnote',
      level: 'block',
      tokenizer(src) {
        // Checked first: WebKit would try the pattern at every position of the rest.
        const match = src.startsWith('[^') && DEFINITION.exec(src);
        if (!match) return undefined;
        const { byLabel } = notes(this.lexer.tokens);
        const [raw, label = '', text = ''] = match;
        const note: Note = { type: 'footnote', raw, tokens: [] };
        note.tokens = this.lexer.blockTokens(text.replace(/^(?: {4}|\t)/gm, ''));
        if (!byLabel.has(label)) byLabel.set(label, note);
        return note;
      },
      // Rendered at the end, with the others.
      renderer: () => '',
    },
    {
      name: 'footnoteRef',
      level: 'inline',
      tokenizer(src) {
        const match = src.startsWith('[^') && REFERENCE.exec(src);
        if (!match) return undefined;
        const { byLabel, used } = notes(this.lexer.tokens);
        const note = byLabel.get(match[1]!);
        if (!note) return undefined;
        const first = !note.number;
        note.number ??= used.push(note);
        return { type: 'footnoteRef', raw: match[0], number: note.number, first };
      },
      // Only the first reference to a note has an id: the note links back to it.
      renderer: ({ number, first }) =>
        `<sup><a href="#footnote-${number}"${first ? ` id="footnote-ref-${number}"` : ''} data-footnote-ref>${number}</a></sup>`,
    },
    {
      name: 'footnotes',
      renderer({ notes }) {
        const items = (notes as Note[]).map(({ number, tokens }) => {
          const html = this.parser.parse(tokens).trimEnd();
          const back = ` <a href="#footnote-ref-${number}" data-footnote-backref>↩︎</a>`;
          // The link back goes inside the note's last paragraph, as on GitHub.
          return `<li id="footnote-${number}" tabindex="-1">${html.replace(/(<\/p>)?$/, `${back}$1`)}</li>\n`;
        });
        return `<section class="footnotes" data-footnotes><ol>\n${items.join('')}</ol></section>\n`;
      },
    },
  ],
  hooks: {
    // The notes go after everything else, numbered in the order they were first referred to.
    processAllTokens(tokens) {
      const used = notesOf.get(tokens as TokensList)?.used;
      if (used?.length) tokens.push({ type: 'footnotes', raw: '', notes: used } as Tokens.Generic);
      return tokens;
    },
  },
};

/**
 * Makes footnote links work where the article is rendered: a link to `#footnote-1` inside a
 * shadow root would look for the id in the page, and find nothing. Focus moves to the target
 * (the note itself has `tabindex=-1`).
 */
export function followFootnoteLinks(fragment: DocumentFragment) {
  for (const link of fragment.querySelectorAll<HTMLAnchorElement>('[data-footnote-ref],[data-footnote-backref]')) {
    link.addEventListener('click', (event) => {
      const root = link.getRootNode() as Document | ShadowRoot;
      const target = root.getElementById(link.getAttribute('href')!.slice(1));
      if (!target) return;
      event.preventDefault();
      target.focus();
    });
  }
}
