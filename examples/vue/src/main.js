// The package is imported before the app mounts, so Vue sees the elements' properties
// (`article`) and sets them as properties. (Without that, write `:article.prop`.)
import 'news-article-elements';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
