import { defineComponent, h, onMounted, ref } from 'vue';
import { ServerArticle } from './server-article.js';

/** A page that shows a server-rendered article and counts how often its summary was opened. */
export const App = defineComponent({
  name: 'App',
  props: { articleHtml: { type: String, required: true } },
  setup(props) {
    const opened = ref(0);
    const hydrated = ref(false);
    onMounted(() => (hydrated.value = true));
    return () =>
      h('main', { 'data-hydrated': hydrated.value ? '' : undefined }, [
        h('p', { class: 'status' }, `Summary opened ${opened.value} times`),
        h(ServerArticle, {
          html: props.articleHtml,
          onSummaryToggle: (event) => {
            if (event.open) opened.value++;
          },
        }),
      ]);
  },
});
