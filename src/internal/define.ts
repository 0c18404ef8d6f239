/**
 * Registers a custom element without ever breaking the page: a second copy of this package
 * (the bundle loaded from two URLs, or beside the npm entry), or another library that took one
 * of our tag names, must not stop the other elements from being defined.
 */
const warned = new Set<string>();

/**
 * Defines `tag` as `element` if the tag is free; if another class has it, warns once for that tag
 * and leaves it. Does nothing where there is no `customElements` (Node without a DOM shim).
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  const existing = registry?.get(tag);
  if (!registry || existing === element) return;
  try {
    if (existing) throw new Error(`is already defined by another class (${existing.name}); left as it is`);
    registry.define(tag, element);
  } catch (error) {
    if (!warned.has(tag)) console.warn(`news-article-elements: <${tag}> ${(error as Error).message}`);
    warned.add(tag);
  }
}
