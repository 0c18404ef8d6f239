import { css } from 'lit';

/**
 * Shared design tokens. Every element reads the public `--article-*` properties with a
 * fallback, so a page can theme all three from `:root`; the private `--_*` names are what
 * the element styles use.
 *
 * Each default is `light-dark(light, dark)`, resolved against the `color-scheme` the element
 * inherits from the page. So `theme="auto"` follows the page, not the OS: a page that declares
 * no `color-scheme` stays light on a dark OS (its background is light), `color-scheme: light dark`
 * follows the reader's setting, and `color-scheme: dark` is dark. `theme="light"` / `"dark"` set
 * the scheme on the element and paint its own background. `<news-article>` passes its `theme`
 * on to the elements it renders.
 */
export const themeStyles = css`
  :host {
    --_text: var(--article-color-text, light-dark(#1b1b1b, #ecebe8));
    --_muted: var(--article-color-muted, light-dark(#5c5c5c, #b4b1aa));
    --_accent: var(--article-color-accent, light-dark(#b3261e, #ff8a80));
    --_link: var(--article-color-link, light-dark(#0b57d0, #8ab4f8));
    --_surface: var(--article-color-surface, light-dark(#f6f4ef, #26262a));
    --_border: var(--article-color-border, light-dark(#d9d6cf, #45454b));
    --_focus: var(--article-color-focus, light-dark(#0b57d0, #8ab4f8));
    --_radius: var(--article-radius, 6px);
    --_font-headline: var(--article-font-headline, inherit);
    color: var(--_text);
  }
  :host([theme='light']) {
    color-scheme: light;
    background: var(--article-color-background, #fff);
  }
  :host([theme='dark']) {
    color-scheme: dark;
    background: var(--article-color-background, #17171a);
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
