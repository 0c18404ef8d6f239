/**
 * Enhancing an article a server printed inside `<news-article>` (the structure is in the README,
 * "Enhancing server-printed HTML"). The server's nodes stay where they are: this only adds what
 * scripting brings, the summary toggles and the previous / next cards.
 */

import { hasToggle, type SummaryPosition } from '../internal/summary-position.js';

/** The printed `<article>`, a direct child of `host`, if there is one. */
export const printedArticle = (host: Element) => host.querySelector<HTMLElement>(':scope > article');

/**
 * Adds the missing summary toggles around `.body` (a toggle printed right before or after it is
 * kept) and turns a bare `<nav>` of `rel` links into an `<article-nav>` holding the same links.
 */
export function adoptPrinted(article: HTMLElement, position: SummaryPosition = 'both') {
  const body = article.querySelector(':scope > .body');
  const toggle = (where: string) =>
    Object.assign(document.createElement('article-summary'), { className: `summary summary-${where}` });
  if (body) {
    if (hasToggle(position, 'top') && body.previousElementSibling?.localName !== 'article-summary') {
      body.before(toggle('top'));
    }
    if (hasToggle(position, 'bottom') && body.nextElementSibling?.localName !== 'article-summary') {
      body.after(toggle('bottom'));
    }
  }
  const nav = article.querySelector(':scope > nav');
  if (nav) {
    const cards = Object.assign(document.createElement('article-nav'), { className: 'nav' });
    cards.append(...nav.childNodes);
    nav.replaceWith(cards);
  }
}
