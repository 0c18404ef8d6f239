import { css } from 'lit';
import { themeStyles } from '../internal/theme.styles.js';

export const styles = [
  themeStyles,
  css`
    :host {
      display: block;
      max-width: var(--news-article-max-width, 42rem);
      margin-inline: auto;
      line-height: 1.6;
      overflow-wrap: break-word;
    }
    /* Reserve a viewport while loading: what follows stays below the fold, so it does not jump
       when the article arrives (a shift counts only for content that was visible). */
    :host([state='loading']) {
      min-height: var(--news-article-loading-height, 100vh);
    }
    header,
    figure {
      margin: 0 0 1.5rem;
    }
    [part='kicker'] {
      margin: 0 0 0.5rem;
      color: var(--_accent);
      font-size: 0.8em;
      font-weight: 700;
      letter-spacing: 0.08em;
      text-transform: uppercase;
    }
    [part='headline'] {
      margin: 0 0 0.75rem;
      font-family: var(--_font-headline);
      font-size: var(--news-article-headline-size, clamp(1.75rem, 1.2rem + 2.4vw, 2.75rem));
      line-height: 1.15;
      letter-spacing: -0.01em;
      text-wrap: balance;
    }
    [part='dek'] {
      margin: 0 0 1rem;
      color: var(--_muted);
      font-size: 1.2em;
      line-height: 1.45;
    }
    [part='byline'] {
      margin: 0;
      font-weight: 600;
      min-block-size: var(--_byline-room);
    }
    [part='meta'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      margin: 0.25rem 0 0;
      color: var(--_muted);
      font-size: 0.875em;
      min-block-size: var(--_meta-room);
      /* Lines at the top of the room kept for them, not spread over it. */
      align-content: flex-start;
    }
    [part='dateline'] {
      font-weight: 700;
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    img {
      display: block;
      max-width: 100%;
      height: auto;
    }
    [part='image'] {
      width: 100%;
      background: var(--_surface);
    }
    figcaption {
      margin-block-start: 0.5rem;
      color: var(--_muted);
      font-size: 0.85em;
    }
    [part='credit'] {
      font-size: 0.9em;
      text-transform: uppercase;
      letter-spacing: 0.03em;
    }
    [part='body'] {
      font-size: 1.05em;
    }
    [part='body'] :is(h2, h3, h4, h5, h6) {
      margin: 2rem 0 0.5rem;
      font-family: var(--_font-headline);
      line-height: 1.25;
    }
    [part='body'] blockquote {
      margin: 1.5rem 0;
      padding-inline-start: 1rem;
      border-inline-start: 3px solid var(--_accent);
      color: var(--_muted);
      font-style: italic;
    }
    [part='body'] pre {
      overflow-x: auto;
      padding: 0.75rem;
      background: var(--_surface);
      border-radius: var(--_radius);
    }
    [part='body'] table {
      border-collapse: collapse;
      display: block;
      overflow-x: auto;
    }
    [part='body'] :is(th, td) {
      padding: 0.25rem 0.5rem;
      border: 1px solid var(--_border);
    }
    [part='tags'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 2rem 0 0;
      padding: 0;
      list-style: none;
      font-size: 0.8em;
    }
    [part='tags'] li {
      padding: 0.15rem 0.6rem;
      border: 1px solid var(--_border);
      border-radius: 999px;
      color: var(--_muted);
    }
    /* The first paint's stand-ins (see PaintFirstController): laid out, not shown. */
    .held :is([part='byline'], [part='meta']) {
      visibility: hidden;
    }
    /* Wider than the longest date (with its time) in the built-in languages, in serif and
       sans-serif fonts in Chromium, Firefox and WebKit: at most 22.4em (Hindi, Firefox). */
    .held time {
      display: inline-block;
      flex-shrink: 0;
      inline-size: 23em;
    }
    /* A line's height, as the real date has, also alone on a line. */
    .held time::before {
      content: '\\a0';
    }
    /* At most 13.3em (Spanish, Firefox and WebKit). */
    .held .day {
      inline-size: 14em;
    }
    /* A closed toggle's geometry (article-summary.styles.ts): box, prompt, button. */
    .held-summary {
      margin-block: 1.5em;
      padding: 0.75em 1em;
      border: 1px solid;
      border-block-start-width: 3px;
      visibility: hidden;
    }
    .held-summary b {
      font-family: var(--_font-headline);
      margin-inline-end: 0.5em;
    }
    .held-summary span {
      display: inline-block;
      font-size: 0.9em;
      padding: 0.15em 0.9em;
      border: 1px solid;
    }
    [part='error'] {
      padding: 0.75rem 1rem;
      border-inline-start: 4px solid var(--_accent);
      background: var(--_surface);
    }
  `,
];
