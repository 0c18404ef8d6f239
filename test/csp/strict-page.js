// The only script of /test-api/csp-page, a page served with a strict Content-Security-Policy
// (see test/server/test-api.js). It records CSP violations, loads the elements (from src through
// the dev server, or the built dist/news-article.js), waits for every article to render, opens the
// summaries, and posts what it saw to the parent frame (test/csp/strict-csp.test.ts).
const violations = [];
document.addEventListener(
  'securitypolicyviolation',
  (e) =>
    violations.push({
      directive: e.effectiveDirective || e.violatedDirective,
      blocked: e.blockedURI,
      sample: e.sample,
      at: `${e.sourceFile}:${e.lineNumber}`,
    }),
  true,
);
const errors = [];
addEventListener('error', (e) => errors.push(`error: ${e.message}`));
addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${e.reason}`));
const warnings = [];
for (const level of ['warn', 'error']) {
  const original = console[level];
  console[level] = (...args) => {
    warnings.push(`${level}: ${args.map(String).join(' ')}`);
    original.apply(console, args);
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function run() {
  const bundle = new URL(import.meta.url).searchParams.get('bundle');
  await import(bundle === 'dist' ? '/dist/news-article.js' : '/src/index.ts');
  await Promise.all(['news-article', 'article-summary', 'article-nav'].map((t) => customElements.whenDefined(t)));
  const articles = [...document.querySelectorAll('news-article')];
  const deadline = Date.now() + 10_000;
  while (articles.some((a) => a.state === 'loading') && Date.now() < deadline) await sleep(20);
  await Promise.all(articles.map((a) => a.updateComplete));
  const summaries = [
    ...document.querySelectorAll('article-summary'),
    ...articles.map((a) => a.shadowRoot.querySelector('article-summary')).filter(Boolean),
  ];
  for (const s of summaries) s.open = true;
  await Promise.all(summaries.map((s) => s.updateComplete));
  await sleep(500); // images, late violations
  const nav = document.getElementById('standalone-nav');
  return {
    articles: articles.map((a) => ({
      id: a.id,
      state: a.state,
      headline: a.shadowRoot.querySelector('[part~="headline"]')?.textContent ?? null,
      bodyElements: a.shadowRoot.querySelector('[part~="body"]')?.querySelectorAll('*').length ?? 0,
      // Lit's adopted stylesheets applied (custom elements are inline by default).
      display: getComputedStyle(a).display,
      sheets: a.shadowRoot.adoptedStyleSheets?.length ?? 0,
    })),
    summaries: summaries.map((s) => ({
      open: s.open,
      text: s.shadowRoot.querySelector('[part~="panel"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      display: getComputedStyle(s).display,
    })),
    nav: {
      links: [...nav.shadowRoot.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      display: getComputedStyle(nav.shadowRoot.querySelector('nav')).display,
    },
  };
}

run().then(
  (result) => ({ result }),
  (error) => ({ failure: String(error?.stack ?? error) }),
).then((outcome) => {
  parent.postMessage(
    {
      type: 'csp-result',
      ...outcome,
      violations,
      errors,
      warnings,
      trustedTypes: typeof window.trustedTypes?.createPolicy === 'function',
    },
    '*',
  );
});
