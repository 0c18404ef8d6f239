// Smoke test for web-test-runner.all.config.js: proves each engine (Chromium, Firefox, WebKit)
// loads ES modules through the dev server, runs mocha, and has the platform features the
// elements rely on. Plain JS on purpose: it must not depend on the TypeScript pipeline.
import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html, css } from 'lit';

class EngineSmokePlain extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<style>:host { display: block; width: 120px; } p { margin: 0; height: 10px; }</style><p part="text"><slot></slot></p>';
  }
}
customElements.define('engine-smoke-plain', EngineSmokePlain);

class EngineSmokeLit extends LitElement {
  static properties = { count: { type: Number } };
  static styles = css`
    :host { display: block; container-type: inline-size; }
    button { color: rgb(1, 2, 3); }
  `;
  constructor() {
    super();
    this.count = 0;
  }
  render() {
    return html`<button @click=${() => this.count++}>clicked ${this.count}</button>`;
  }
}
customElements.define('engine-smoke-lit', EngineSmokeLit);

const nextFrame = () =>
  new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('requestAnimationFrame did not fire within 2s (throttled page?)')), 2000);
    requestAnimationFrame(() => {
      clearTimeout(t);
      resolve();
    });
  });

describe('engine smoke', () => {
  before(() => {
    // Shows up in the runner output, so a log says which engine/version actually ran.
    console.log(`engine-smoke: ${navigator.userAgent}`);
  });

  it('renders a vanilla custom element with shadow DOM and slots', async () => {
    const el = await fixture(testHtml`<engine-smoke-plain>hello</engine-smoke-plain>`);
    expect(el.shadowRoot).to.exist;
    const p = el.shadowRoot.querySelector('p');
    expect(p.assignedSlot).to.equal(null);
    expect(el.shadowRoot.querySelector('slot').assignedNodes()[0].textContent).to.equal('hello');
    expect(el.getBoundingClientRect().width).to.equal(120);
  });

  it('renders and updates a Lit element (adopted styles, events)', async () => {
    const el = await fixture(testHtml`<engine-smoke-lit></engine-smoke-lit>`);
    const button = el.shadowRoot.querySelector('button');
    expect(button.textContent).to.equal('clicked 0');
    expect(getComputedStyle(button).color).to.equal('rgb(1, 2, 3)');
    button.click();
    await el.updateComplete;
    expect(button.textContent).to.equal('clicked 1');
  });

  it('has Intl.Segmenter with word granularity', () => {
    expect(Intl.Segmenter, 'Intl.Segmenter').to.be.a('function');
    const words = [...new Intl.Segmenter('en', { granularity: 'word' }).segment('Tidal power, at scale.')]
      .filter((s) => s.isWordLike)
      .map((s) => s.segment);
    expect(words).to.deep.equal(['Tidal', 'power', 'at', 'scale']);
    const sentences = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment('One. Two!')];
    expect(sentences).to.have.length(2);
  });

  it('has the other Intl and abort APIs the elements use', () => {
    expect(new Intl.ListFormat('en', { type: 'conjunction' }).format(['a', 'b', 'c'])).to.equal('a, b, and c');
    expect(new Intl.NumberFormat('en').format(1234.5)).to.equal('1,234.5');
    expect(new Intl.DateTimeFormat('en', { timeZone: 'UTC', year: 'numeric' }).format(0)).to.equal('1970');
    expect(AbortSignal.timeout, 'AbortSignal.timeout').to.be.a('function');
    expect(AbortSignal.any, 'AbortSignal.any').to.be.a('function');
  });

  it('fetches from the dev server, including the test-api middleware', async () => {
    const res = await fetch('/test-api/respond?status=418&type=text/plain&body=teapot');
    expect(res.status).to.equal(418);
    expect(await res.text()).to.equal('teapot');
  });

  it('runs in a visible page where requestAnimationFrame fires', async () => {
    expect(document.visibilityState).to.equal('visible');
    await nextFrame();
    await nextFrame();
  });
});
