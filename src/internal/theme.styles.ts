import { css } from 'lit';

/**
 * Shared design tokens. Every element reads the public `--article-*` properties with a
 * fallback, so a page can theme all three from `:root`; the private `--_*` names are what
 * the element styles use. Dark values apply with `theme="dark"`, or with `prefers-color-scheme`
 * unless `theme="light"`. `<news-article>` passes its `theme` on to the elements it renders.
 */
const darkTokens = css`
  --_text: var(--article-color-text, #ecebe8);
  --_muted: var(--article-color-muted, #b4b1aa);
  --_accent: var(--article-color-accent, #ff8a80);
  --_link: var(--article-color-link, #8ab4f8);
  --_surface: var(--article-color-surface, #26262a);
  --_border: var(--article-color-border, #45454b);
  --_focus: var(--article-color-focus, #8ab4f8);
`;

export const themeStyles = css`
  :host {
    --_text: var(--article-color-text, #1b1b1b);
    --_muted: var(--article-color-muted, #5c5c5c);
    --_accent: var(--article-color-accent, #b3261e);
    --_link: var(--article-color-link, #0b57d0);
    --_surface: var(--article-color-surface, #f6f4ef);
    --_border: var(--article-color-border, #d9d6cf);
    --_focus: var(--article-color-focus, #0b57d0);
    --_radius: var(--article-radius, 6px);
    --_font-headline: var(--article-font-headline, inherit);
    color: var(--_text);
  }
  :host([theme='light']) {
    background: var(--article-color-background, #fff);
  }
  :host([theme='dark']) {
    ${darkTokens}
    background: var(--article-color-background, #17171a);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  :host([hidden]) {
    display: none;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  /* In forced-colors mode the browser swaps this colour for a system one by itself. */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
`;
