import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    margin-block: 1.5em;
    border-radius: var(--_radius);
  }
  .box {
    padding: 0.75em 1em;
    background: var(--article-summary-background, var(--_surface));
    border: 1px solid var(--article-summary-border-color, var(--_border));
    border-block-start: 3px solid var(--article-summary-accent, var(--_accent));
    border-radius: var(--_radius);
  }
  /* Labels take their direction from their own text: an English "No time to read?" on a Hebrew
     page keeps its "?" at the end, an Arabic one on a left-to-right page reads right to left. */
  [part='prompt'],
  [part='disclosure'],
  .loading {
    unicode-bidi: plaintext;
  }
  [part='prompt'] {
    font-family: var(--_font-headline);
    font-weight: 700;
    margin-inline-end: 0.5em;
  }
  button {
    font: inherit;
    font-size: 0.9em;
    color: var(--article-summary-button-color, var(--_link));
    background: none;
    border: 1px solid currentColor;
    border-radius: 2em;
    padding: 0.15em 0.9em;
    cursor: pointer;
  }
  button:hover {
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
  [part='panel'] {
    margin-block-start: 0.75em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--article-summary-border-color, var(--_border));
  }
  [part='panel'] :is(p, ul, ol, h2, h3, h4, h5, h6) {
    margin-block: 0 0.5em;
  }
  ul {
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-block-start: 0.35em;
  }
  [part='disclosure'] {
    margin-block-end: 0;
    font-size: 0.8em;
    font-style: italic;
    color: var(--_muted);
  }
  .loading {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    color: var(--_muted);
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-style: dotted;
    }
  }
`;
