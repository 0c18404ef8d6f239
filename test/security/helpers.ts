// Shared by the security, fault and CSP tests: which engine runs, traps for script execution,
// uncaught-error capture and the walk that looks for dangerous markup in every shadow root.
// The same walk and traps, as plain JS, are in scripts/check-xss.js (which runs the built bundle).

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine running the test. */
export function engine(): Engine {
  const ua = navigator.userAgent;
  return /Firefox\//.test(ua) ? 'firefox' : /Chrom(e|ium)\//.test(ua) ? 'chromium' : 'webkit';
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Replaces `alert`, `confirm`, `prompt` and `print` and defines the canary `window.__xss`; every
 * call is recorded in `hits`. `restore()` puts the originals back.
 */
export function installTraps() {
  const w = window as unknown as Record<string, unknown>;
  const names = ['alert', 'confirm', 'prompt', 'print', '__xss'];
  const saved = names.map((n) => w[n]);
  const hits: string[] = [];
  for (const name of names) {
    w[name] = (...args: unknown[]) => {
      hits.push(`${name}(${args.map(String).join(', ')})`);
      return name === 'confirm' ? false : null;
    };
  }
  return {
    hits,
    restore() {
      names.forEach((n, k) => (w[n] = saved[k]));
    },
  };
}

/**
 * Records uncaught errors and unhandled rejections from `before` to `after` of the calling
 * suite; `check()` (in afterEach) fails the test that caused one.
 */
export function trapUncaught() {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(`uncaught: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(`unhandled rejection: ${String(e.reason)}`);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return {
    seen,
    check() {
      const found = seen.splice(0);
      if (found.length) throw new Error(found.join('\n'));
    },
  };
}

/** Elements that must never be in a rendered article. */
export const DANGEROUS_TAGS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'style', 'base',
  'meta', 'link',
]);
/** Attributes a browser reads as a URL (to navigate, load or submit). */
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite',
  'srcset', 'lowsrc', 'dynsrc', 'codebase', 'longdesc', 'usemap', 'ping', 'manifest', 'icon',
  'classid', 'archive', 'to', 'from', 'values', 'by', 'imagesrcset',
]);
const IMAGE_TAGS = new Set(['img', 'image', 'video', 'audio', 'source', 'picture']);

// Read through the prototypes: hostile markup may clobber these names (<input name="attributes">).
const getter = (proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)!.get!;
const attributesOf = getter(Element.prototype, 'attributes') as (this: Element) => NamedNodeMap;
const localNameOf = getter(Element.prototype, 'localName') as (this: Element) => string;
const shadowRootOf = getter(Element.prototype, 'shadowRoot') as (this: Element) => ShadowRoot | null;
const idOf = (el: Element) => Element.prototype.getAttribute.call(el, 'id');

/** Why `el` is dangerous (empty when it is not): tag, event handler, script URL, srcdoc. */
export function dangerIn(el: Element): string[] {
  const found: string[] = [];
  const tag = localNameOf.call(el);
  const id = idOf(el);
  const at = () => `<${tag}${id ? `#${id}` : ''}>`;
  if (DANGEROUS_TAGS.has(tag)) found.push(`${at()} element`);
  for (const { name, value } of Array.from(attributesOf.call(el))) {
    const n = name.toLowerCase();
    // What the URL parser sees: control characters and spaces stripped or ignored.
    const squeezed = value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
    if (n.startsWith('on')) found.push(`${at()} event handler ${name}`);
    else if (n === 'srcdoc') found.push(`${at()} srcdoc`);
    else if (URL_ATTRIBUTES.has(n) || n.endsWith('href') || n.endsWith('src')) {
      if (/(^|,)(javascript|vbscript|livescript):/.test(squeezed)) found.push(`${at()} ${name}="${value}"`);
      // Media elements never run what a data: URL holds (an SVG image runs no script either).
      else if (/^data:/.test(squeezed) && !(IMAGE_TAGS.has(tag) && /src$/.test(n))) {
        found.push(`${at()} ${name}="${value.slice(0, 60)}"`);
      }
    } else if (n === 'style' && /javascript:|expression\(|url\(/.test(squeezed)) {
      found.push(`${at()} style="${value.slice(0, 60)}"`);
    }
  }
  return found;
}

/**
 * Dangerous markup inside the shadow roots under `root`, walking every shadow root (and template
 * content in them) recursively. Light DOM is the page's own and is not checked. Each finding
 * starts with the shadow hosts it is in (`news-article#id > article-summary`).
 */
export function findDanger(root: ParentNode = document.body): string[] {
  const found: string[] = [];
  const name = (el: Element) => `${localNameOf.call(el)}${idOf(el) ? `#${idOf(el)}` : ''}`;
  const all = (node: ParentNode) => DocumentFragment.prototype.querySelectorAll.call(node, '*');
  const visit = (node: ParentNode, path: string) => {
    const list = node instanceof Element ? Element.prototype.querySelectorAll.call(node, '*') : all(node);
    for (const el of Array.from(list)) {
      if (path) found.push(...dangerIn(el).map((d) => `${path}: ${d}`));
      const shadow = shadowRootOf.call(el);
      if (shadow) visit(shadow, path ? `${path} > ${name(el)}` : name(el));
      if (path && el instanceof HTMLTemplateElement) visit(el.content, `${path} > template`);
    }
  };
  if (root instanceof ShadowRoot) visit(root, name(root.host));
  else if (root instanceof Element && shadowRootOf.call(root)) visit(shadowRootOf.call(root)!, name(root));
  visit(root, '');
  return found;
}

/** Every shadow root under `root`, recursively. */
export function shadowRoots(root: ParentNode = document.body): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const shadow = shadowRootOf.call(el);
    if (shadow) roots.push(shadow, ...shadowRoots(shadow));
  }
  return roots;
}

/** Test-api store: the body served at the returned URL with the given Content-Type. */
export async function serve(body: string, type: string): Promise<string> {
  const key = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const res = await fetch(`/test-api/store?key=${key}`, { method: 'POST', body });
  if (!res.ok) throw new Error(`test-api store failed: ${res.status}`);
  return `/test-api/stored?key=${key}&type=${encodeURIComponent(type)}`;
}
