// The dependencies alone, used the way src/ uses them (same Lit, marked and DOMPurify APIs), so
// bench/suites/size.js can tell how much of dist/news-article.js is ours. Built with the
// project's own vite config; the decorators are called as functions, as compiled TS calls them.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { Marked } from 'marked';
import createDOMPurify from 'dompurify';

class DepsOnly extends LitElement {
  static styles = css`:host{display:block}`;
  render() {
    return html`${keyed(this.a, html`<p>${this.b ?? nothing}</p>`)}`;
  }
}
property({ reflect: true })(DepsOnly.prototype, 'a');
state()(DepsOnly.prototype, 'b');
customElement('deps-only')(DepsOnly);

export function sanitize(markdown) {
  const purifier = createDOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', () => {});
  const marked = new Marked({ gfm: true, async: false, walkTokens() {} });
  return purifier.sanitize(marked.parse(markdown), { RETURN_DOM_FRAGMENT: true });
}
export { DepsOnly };
