// The parts and slots custom-elements.json lists against the ones the elements render: each
// element is shown in the states that reveal all of its parts (a full article, a failed one, an
// open machine-made summary, both nav links). Needs the build (dist/custom-elements.json).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';

interface Declaration {
  tagName?: string;
  cssParts?: { name: string }[];
  slots?: { name: string }[];
}

async function manifestOf(tag: string): Promise<Declaration | undefined> {
  const response = await fetch('/dist/custom-elements.json');
  if (!response.ok) return undefined;
  const manifest = (await response.json()) as { modules: { declarations?: Declaration[] }[] };
  return manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
}

/** Every part name and slot name in the shadow roots of `elements` (not of elements inside them). */
function rendered(elements: Element[]) {
  const parts = new Set<string>();
  const slots = new Set<string>();
  for (const el of elements) {
    for (const node of el.shadowRoot!.querySelectorAll('[part]')) node.getAttribute('part')!.split(/\s+/).forEach((p) => parts.add(p));
    for (const slot of el.shadowRoot!.querySelectorAll('slot')) slots.add(slot.name);
  }
  return { parts: [...parts].sort(), slots: [...slots].sort() };
}

function listed(declaration: Declaration) {
  return {
    parts: (declaration.cssParts ?? []).map((p) => p.name).sort(),
    slots: (declaration.slots ?? []).map((s) => s.name).sort(),
  };
}

const fullArticle = {
  title: 'Tram line extension opens to the harbour',
  kicker: 'Transport',
  dek: 'Four new stops, and trams every eight minutes at peak times.',
  authors: [{ name: 'Mira Solberg' }],
  published: '2026-04-02T08:00:00Z',
  updated: '2026-04-02T12:30:00Z',
  dateline: 'BERGEN',
  image: { src: 'https://example.org/tram.jpg', alt: 'A tram at the new harbour stop', caption: 'The first tram at the harbour.', credit: 'City of Bergen', width: 1200, height: 800 },
  tags: ['transport', 'city'],
  body: 'The extension opened on Thursday morning. The first tram left at six.\n\nThe city expects ten thousand riders a day.',
  prev: { title: 'Bus fares frozen', url: 'https://example.org/bus' },
  next: { title: 'Cycle lanes widened', url: 'https://example.org/cycle' },
};

type Loading = HTMLElement & { state: string; updateComplete: Promise<boolean> };
const settled = async (el: Loading) => {
  await waitUntil(() => el.state !== 'loading', 'article did not finish loading', { timeout: 5000 });
  await el.updateComplete;
  return el;
};

describe('custom-elements.json against the rendered elements', () => {
  it('<news-article>: lists the parts and slots a full article, a failed one and a loading one render', async function () {
    const declaration = await manifestOf('news-article');
    if (!declaration) this.skip(); // not built: `npm test` builds first
    const loading = await fixture<Loading>(html`<news-article></news-article>`);
    const full = await settled(await fixture<Loading>(html`<news-article .article=${fullArticle}></news-article>`));
    const failed = await settled(await fixture<Loading>(html`<news-article .article=${{ title: 'No body' } as never}></news-article>`));
    expect(full.state).to.equal('ready');
    expect(failed.state).to.equal('error');
    expect(listed(declaration!)).to.deep.equal(rendered([loading, full, failed]));
  });

  it('<article-summary>: lists the parts and slots an open machine-made summary renders', async function () {
    const declaration = await manifestOf('article-summary');
    if (!declaration) this.skip();
    const host = await fixture(html`<article>
      <p>The council approved the harbour tram on Monday after a long debate.</p>
      <p>Work starts in May. The line is due to open in two years.</p>
      <article-summary></article-summary>
    </article>`);
    const summary = host.querySelector('article-summary')!;
    summary.open = true;
    await waitUntil(() => summary.shadowRoot!.querySelector('[part~="disclosure"]'), 'no machine-made summary', { timeout: 5000 });
    expect(listed(declaration!)).to.deep.equal(rendered([summary]));
  });

  it('<article-nav>: lists the parts both links render', async function () {
    const declaration = await manifestOf('article-nav');
    if (!declaration) this.skip();
    const nav = await fixture(html`<article-nav .prev=${fullArticle.prev} .next=${fullArticle.next}></article-nav>`);
    await (nav as Loading).updateComplete;
    expect(listed(declaration!)).to.deep.equal(rendered([nav]));
  });
});
