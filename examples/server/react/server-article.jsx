import { useEffect, useRef } from 'react';

/**
 * `<news-article>` in a React app rendered on the server.
 *
 * React 19 prints a custom element's attributes on the server but not its properties, and adds
 * no listeners to it until hydration (react#35446): `<news-article article={…}>` reaches the
 * reader empty. So the server prints the article itself, with `renderArticle()`, and React only
 * carries that HTML: hydration keeps the server's nodes, and as long as `html` stays the same
 * string React never writes it again. The element adopts the nodes when its module loads and
 * may change its own light DOM (reflected attributes such as `state`) before React hydrates:
 * `suppressHydrationWarning` tells React that the wrapper's content is not React's to compare
 * (it applies to this one element; the rest of the app is still checked). Listeners go on the
 * wrapper in an effect: the elements' events bubble and are composed.
 */
export function ServerArticle({ html, onSummaryToggle }) {
  const wrapper = useRef(null);
  useEffect(() => {
    const host = wrapper.current;
    if (!onSummaryToggle) return undefined;
    host.addEventListener('article-summary-toggle', onSummaryToggle);
    return () => host.removeEventListener('article-summary-toggle', onSummaryToggle);
  }, [onSummaryToggle]);
  return (
    <div ref={wrapper} className="article-slot" dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />
  );
}
