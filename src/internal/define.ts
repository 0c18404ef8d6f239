/**
 * Registers a custom element without ever breaking the page. A second copy of this package (the
 * bundle loaded from two URLs, or beside the npm entry), or another library that already took
 * one of our tag names, must not stop the other elements from being defined.
 */
const warned = new Set<string>();

/**
 * Defines `tag` as `element` if the tag is free. If another class already has it, warns once for
 * that tag and leaves it be. Where there is no `customElements` (Node without a DOM shim), does nothing.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing === element) return;
  if (existing) {
    warnOnce(tag, `<${tag}> is already defined by another class (${existing.name || 'anonymous'}), kept as it is; a second copy of news-article-elements, or another library using the same tag name?`);
    return;
  }
  try {
    registry.define(tag, element);
  } catch (error) {
    warnOnce(tag, `<${tag}> could not be defined: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function warnOnce(tag: string, message: string) {
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(`news-article-elements: ${message}`);
}
