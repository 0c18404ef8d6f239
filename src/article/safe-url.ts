/**
 * Resolves `value` against `base` and returns the absolute href if it is `http:`/`https:`
 * (or `mailto:` when allowed), else undefined.
 */
export function safeUrl(
  value: string,
  base: string,
  { allowMailto = false } = {},
): string | undefined {
  // The URL parser does what a browser does with an href: it strips leading/trailing control
  // characters and spaces, removes tabs and newlines anywhere and lower-cases the scheme, so
  // `\tJaVa\nscript:` is seen as `javascript:`: its protocol is what a click would run.
  // Entity-looking text (`&#106;avascript:`) is no scheme at all; it resolves as a path.
  try {
    const { protocol, href } = new URL(value, base);
    return protocol === 'https:' || protocol === 'http:' || (allowMailto && protocol === 'mailto:')
      ? href
      : undefined;
  } catch {
    return undefined; // unparsable, or relative with nothing to resolve against (about:blank)
  }
}
