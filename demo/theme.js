// The demo's light / dark / auto switcher.
//
// The choice is kept in localStorage and applied in two places: `data-theme` on <html> for the
// site's own CSS (demo.css), and the `theme` attribute on every news-article, article-summary
// and article-nav on the page, including ones added later. <news-article> passes its theme on
// to the summary and navigation it renders itself.

const STORAGE_KEY = 'news-article-demo:theme';
const THEMES = ['auto', 'light', 'dark'];
const ELEMENTS = 'news-article, article-summary, article-nav';

function readStoredTheme() {
  try {
    const theme = localStorage.getItem(STORAGE_KEY);
    return THEMES.includes(theme) ? theme : 'auto';
  } catch {
    return 'auto'; // storage can be blocked (private mode, sandboxed frames)
  }
}

function storeTheme(theme) {
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    /* the choice then lasts for this page only */
  }
}

let current = readStoredTheme();

/** The theme in force: `auto`, `light` or `dark`. */
export function currentTheme() {
  return current;
}

/** Applies a theme to the page and to every article element on it. */
export function applyTheme(theme) {
  current = THEMES.includes(theme) ? theme : 'auto';
  document.documentElement.dataset.theme = current;
  for (const el of document.querySelectorAll(ELEMENTS)) el.setAttribute('theme', current);
  for (const input of document.querySelectorAll('.theme-switcher input[name="theme"]')) {
    input.checked = input.value === current;
  }
}

applyTheme(current);

for (const input of document.querySelectorAll('.theme-switcher input[name="theme"]')) {
  input.addEventListener('change', () => {
    if (!input.checked) return;
    storeTheme(input.value);
    applyTheme(input.value);
  });
}

// Elements created later (e.g. from script) get the current theme too.
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (!(node instanceof Element)) continue;
      if (node.matches(ELEMENTS)) node.setAttribute('theme', current);
      for (const el of node.querySelectorAll(ELEMENTS)) el.setAttribute('theme', current);
    }
  }
}).observe(document.body, { childList: true, subtree: true });

// Another tab changed the theme.
window.addEventListener('storage', (event) => {
  if (event.key === STORAGE_KEY) applyTheme(readStoredTheme());
});
