// A page with a strict Content-Security-Policy (no inline script or style, Trusted Types enforced
// where the engine has them) renders articles from `src` (JSON and markdown) and inline JSON, the
// summaries and the nav, with no violation reported: neither through `securitypolicyviolation`
// in the page nor to its report-uri. Runs the elements from source and, when it has been built,
// the shipped bundle.
import { expect } from '@open-wc/testing';
import { engine, sleep } from '../security/helpers.js';

/** The Trusted Types policies the elements create: Lit's and DOMPurify's. */
const POLICIES = ['lit-html', 'dompurify'];
const strict = (policies = POLICIES) =>
  "default-src 'self'; script-src 'self'; style-src 'self'; " +
  `require-trusted-types-for 'script'; trusted-types ${policies.join(' ')}`;

interface Outcome {
  result?: {
    articles: { id: string; state: string; headline: string | null; bodyElements: number; display: string; sheets: number }[];
    summaries: { open: boolean; text: string; display: string }[];
    nav: { links: string[]; display: string };
  };
  failure?: string;
  violations: { directive: string; blocked: string; sample: string; at: string }[];
  errors: string[];
  warnings: string[];
  trustedTypes: boolean;
  reports: unknown[];
}

/** Opens the strict page in an iframe and returns what it reported, plus the report-uri reports. */
async function openStrictPage(csp: string, bundle: 'src' | 'dist'): Promise<Outcome> {
  const key = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 900px; height: 700px; border: 0';
  iframe.src = `/test-api/csp-page?csp=${encodeURIComponent(csp)}&bundle=${bundle}&report=${key}`;
  const outcome = await new Promise<Omit<Outcome, 'reports'>>((resolve) => {
    const timer = setTimeout(
      () => resolve({ failure: 'the page sent no result in 20 s', violations: [], errors: [], warnings: [], trustedTypes: false }),
      20_000,
    );
    addEventListener('message', function onMessage(e: MessageEvent) {
      if (e.source !== iframe.contentWindow || e.data?.type !== 'csp-result') return;
      removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(e.data);
    });
    document.body.append(iframe);
  });
  await sleep(300); // report-uri reports are sent asynchronously
  const reports = await (await fetch(`/test-api/csp-reports?key=${key}`)).json();
  iframe.remove();
  return { ...outcome, reports };
}

describe('a page with a strict CSP and Trusted Types', function () {
  this.timeout(60_000);

  const bundles: ('src' | 'dist')[] = ['src', 'dist'];
  for (const bundle of bundles) {
    it(`renders articles, summaries and nav with no violation (${bundle})`, async function () {
      if (bundle === 'dist' && !(await fetch('/dist/news-article.js', { method: 'HEAD' })).ok) {
        this.skip(); // not built: `npm test` builds first
      }
      const outcome = await openStrictPage(strict(), bundle);
      console.log(`[csp] ${engine()} ${bundle}: Trusted Types ${outcome.trustedTypes ? 'enforced' : 'not supported'}`);
      expect(outcome.failure, outcome.failure).to.equal(undefined);
      expect(outcome.violations, 'securitypolicyviolation events').to.deep.equal([]);
      expect(outcome.reports, 'report-uri reports').to.deep.equal([]);
      expect(outcome.errors).to.deep.equal([]);
      expect(outcome.warnings.filter((w) => /trusted|policy|content security/i.test(w))).to.deep.equal([]);
      const { articles, summaries, nav } = outcome.result!;
      expect(articles.map((a) => [a.id, a.state])).to.deep.equal([
        ['from-src', 'ready'],
        ['from-markdown', 'ready'],
        ['inline', 'ready'],
      ]);
      for (const a of articles) {
        expect(a.headline, a.id).to.be.a('string').and.not.equal('');
        expect(a.bodyElements, a.id).to.be.above(0);
        expect(a.display, `${a.id}: Lit styles applied`).to.equal('block');
      }
      expect(summaries).to.have.length(4);
      for (const s of summaries) expect(s.text, 'summary panel').to.not.equal('');
      expect(summaries.some((s) => s.text.includes('provided summary'))).to.equal(true);
      expect(nav.links).to.have.length(2);
      expect(nav.display).to.equal('grid');
    });
  }

  it('reports a violation when a required policy is not allowed (the check works)', async function () {
    const outcome = await openStrictPage(strict(['lit-html']), 'src');
    if (!outcome.trustedTypes) this.skip(); // nothing to enforce in this engine
    const directives = [...outcome.violations.map((v) => v.directive)];
    expect(directives.join(' ')).to.match(/trusted-types/);
  });

  it('reports a violation for an inline style (the check works)', async () => {
    // The page's elements are fine; an inline <style> added by the test is not.
    const outcome = await openStrictPage(strict(), 'src');
    expect(outcome.violations).to.deep.equal([]);
    const key = `${Date.now()}-inline`;
    const iframe = document.createElement('iframe');
    iframe.src = `/test-api/csp-page?csp=${encodeURIComponent(strict())}&bundle=src&report=${key}`;
    document.body.append(iframe);
    await new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    const doc = iframe.contentDocument!;
    const seen: string[] = [];
    doc.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
    const style = doc.createElement('style');
    style.textContent = 'body { color: red }';
    doc.head.append(style);
    await sleep(300);
    iframe.remove();
    expect(seen.join(' ')).to.match(/style-src/);
  });
});
