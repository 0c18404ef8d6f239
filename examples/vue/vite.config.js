import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// Vue must leave our tags to the browser instead of looking for Vue components of that name.
const isCustomElement = (tag) => ['news-article', 'article-summary', 'article-nav'].includes(tag);

export default defineConfig({
  root: import.meta.dirname,
  plugins: [vue({ template: { compilerOptions: { isCustomElement } } })],
});
