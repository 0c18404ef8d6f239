import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    margin-block: 2em;
  }
  nav {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: var(--article-nav-gap, 1em);
  }
  a {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    padding: 0.75em 1em;
    background: var(--article-nav-background, var(--_surface));
    border: 1px solid var(--article-nav-border-color, var(--_border));
    border-radius: var(--_radius);
    color: inherit;
    text-decoration: none;
  }
  a:hover {
    border-color: var(--_link);
  }
  .next {
    grid-column: 2;
    text-align: end;
  }
  [part='label'] {
    font-size: 0.8em;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  [part='title'] {
    font-family: var(--_font-headline);
    font-weight: 700;
    color: var(--_link);
  }
  a:hover [part='title'] {
    text-decoration: underline;
  }
  .arrow {
    display: inline-block;
  }
  :host(:dir(rtl)) .arrow {
    transform: scaleX(-1);
  }
  @container (width < 30em) {
    nav {
      grid-template-columns: 1fr;
    }
    .next {
      grid-column: 1;
    }
  }
`;
