/**
 * Embedded players and posts (`<iframe>`: YouTube, Vimeo, maps…) run third-party code and track
 * readers, so they are not rendered. Each becomes a link to what it embedded, so the reader
 * still finds it: `<div class="embed"><a href="…">its title, or its host</a></div>`.
 */

/** Puts a link to the iframe's URL in its place; an iframe with no http(s) URL is left to be removed. */
export function replaceEmbed(iframe: Element) {
  const src = iframe.getAttribute('src');
  const doc = iframe.ownerDocument;
  const link = doc.createElement('a');
  // Resolved against the page, as the iframe's URL would be.
  link.href = src ?? '';
  if (!src || !/^https?:$/.test(link.protocol)) return;
  const box = doc.createElement('div');
  box.className = 'embed';
  link.textContent = iframe.getAttribute('title')?.trim() || link.hostname;
  box.append(link);
  // The sanitizer goes on to check what replaced the iframe, like everything else.
  iframe.replaceWith(box);
}
