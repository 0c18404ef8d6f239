// The package is imported before the app mounts, so Svelte sees the elements' properties
// (`article`) and sets them as properties, not as attributes.
import 'news-article-elements';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app') });
