import { defineComponent, h } from 'vue';

/**
 * `<news-article>` in a Vue app rendered on the server (`createSSRApp` + `renderToString`).
 *
 * Vue's server renderer prints a custom element's attributes but not object properties, so the
 * server prints the article itself with `renderArticle()` and Vue carries that HTML in `innerHTML`
 * (`v-html`): hydration keeps the server's nodes and the element adopts them. The summary's
 * `article-summary-toggle` event bubbles to the wrapper, where Vue attaches the listener at
 * hydration (`onArticleSummaryToggle` is `@article-summary-toggle`).
 */
export const ServerArticle = defineComponent({
  name: 'ServerArticle',
  props: { html: { type: String, required: true } },
  emits: ['summary-toggle'],
  setup(props, { emit }) {
    return () =>
      h('div', {
        class: 'article-slot',
        innerHTML: props.html,
        onArticleSummaryToggle: (event) => emit('summary-toggle', event),
      });
  },
});
