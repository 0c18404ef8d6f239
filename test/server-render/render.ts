// The server entry as the browser tests reach it: renderArticle run in Node by the test server
// (test/server/server-render.js), its output parsed here into an inert document.

export type Rendered = { html: string; error?: undefined } | { html?: undefined; error: { name: string; message: string } };

/** renderArticle(input, options) for each input, in Node; an error comes back as its name and message. */
export async function renderOnServer(inputs: unknown[], options: Record<string, unknown> = {}): Promise<Rendered[]> {
  const res = await fetch('/test-api/render-article', { method: 'POST', body: JSON.stringify({ inputs, options }) });
  if (!res.ok) throw new Error(`render-article failed: ${res.status}`);
  return res.json();
}

/** The HTML parsed as a page body, in a document that runs nothing and loads nothing. */
export const parsePage = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
