/** Fetching an article from `src`, with limits a host page can rely on. */

/** Largest response read, in bytes; reading stops (and fails) past it. */
export const MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
/** Settings a page (or a test) may change: `timeoutMs`, how long a fetch may take, headers and body together. */
export const fetchSettings = { timeoutMs: 15_000 };

export type SourceFormat = 'json' | 'markdown';

export interface FetchedSource {
  text: string;
  format: SourceFormat;
  /** The final URL, after redirects: relative URLs in the article resolve against it. */
  base: string;
}

/** Thrown for every failed fetch; the message names the URL and what went wrong. */
export class FetchError extends Error {
  override name = 'FetchError';
}

/** JSON or markdown: by Content-Type, then by file extension, then by first character. */
function detectFormat(type: string, url: string, text: string): SourceFormat {
  if (/[/+]json\b/.test(type)) return 'json';
  if (/markdown/.test(type)) return 'markdown';
  const path = new URL(url).pathname;
  if (/\.json$/i.test(path)) return 'json';
  if (/\.(md|markdown)$/i.test(path)) return 'markdown';
  return text.trimStart().startsWith('{') ? 'json' : 'markdown';
}

/** A decoder for the charset the Content-Type names (`text/plain; charset=iso-8859-1`), else UTF-8. */
function decoderFor(type: string, url: string): TextDecoder {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/.exec(type)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset);
  } catch {
    throw new FetchError(`${url} is in charset "${charset}", which this browser cannot decode.`);
  }
}

/** The body as text, decoded per its charset (a UTF-8 BOM is dropped); at most MAX_RESPONSE_BYTES. */
async function readLimited(response: Response, url: string, decoder: TextDecoder, request: AbortController): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  const tooLarge = () =>
    new FetchError(
      `${url} is larger than the ${MAX_RESPONSE_BYTES / 1024 / 1024} MB limit for an article.`,
    );
  if (declared > MAX_RESPONSE_BYTES) throw tooLarge();
  if (!response.body) return decoder.decode(await response.arrayBuffer());
  const reader = response.body.getReader();
  // An abort should fail the pending read, but WebKit sometimes leaves it waiting on a body that
  // never ends: cancel the reader ourselves (the caller then sees the signal aborted).
  const stop = () => reader.cancel().catch(() => {});
  request.signal.addEventListener('abort', stop, { once: true });
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > MAX_RESPONSE_BYTES) {
      request.abort(); // ends the download too: cancelling the reader alone did not always in WebKit
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** Fetches `src` (resolved against `base`); aborted by `signal` or after the timeout. */
export async function fetchSource(src: string, base: string, signal: AbortSignal): Promise<FetchedSource> {
  const url = new URL(src, base).href;
  const ms = fetchSettings.timeoutMs;
  const timeout = AbortSignal.timeout(ms);
  const request = new AbortController(); // the one signal the request and its reading follow
  const both = AbortSignal.any ? AbortSignal.any([signal, timeout]) : signal;
  both.addEventListener('abort', () => request.abort(both.reason), { once: true });
  // Timers can run late on a busy machine: an answer that arrives after the deadline is late too.
  const deadline = performance.now() + ms;
  const late = () => performance.now() > deadline;
  const timedOut = () => new FetchError(`${url} took longer than ${ms / 1000} s to load.`);
  try {
    const response = await fetch(url, {
      signal: request.signal,
      headers: { Accept: 'application/json, text/markdown;q=0.9, text/plain;q=0.5' },
    });
    if (!response.ok) {
      throw new FetchError(`Could not load ${url}: the server answered ${response.status} ${response.statusText}`.trim() + '.');
    }
    const type = (response.headers.get('content-type') ?? '').toLowerCase();
    if (/html|xml|image|audio|video|font/.test(type) && !/[/+]json\b/.test(type)) {
      throw new FetchError(`${url} is ${type.split(';')[0]}, expected JSON or markdown.`);
    }
    const text = await readLimited(response, url, decoderFor(type, url), request);
    both.throwIfAborted();
    if (late()) throw timedOut();
    if (!text.trim()) throw new FetchError(`${url} is empty, expected an article in JSON or markdown.`);
    return { text, format: detectFormat(type, response.url || url, text), base: response.url || url };
  } catch (error) {
    if (signal.aborted || error instanceof FetchError) throw error;
    if (timeout.aborted || late()) throw timedOut();
    throw new FetchError(`Could not load ${url}: network error (${(error as Error).message}).`);
  }
}
