// Demo only: dist-page.html loads /dist/news-article.js, which exists only after
// `npm run build`. Module scripts run before the window `load` event, so if the elements are
// still undefined by then, the bundle did not load: show the note that says how to build it.
window.addEventListener('load', () => {
  const loaded = ['news-article', 'article-summary', 'article-nav'].every((tag) =>
    customElements.get(tag),
  );
  if (!loaded) document.getElementById('bundle-missing').hidden = false;
});
