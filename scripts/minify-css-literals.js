// Vite plugin: minifies the CSS inside Lit `css` tagged templates of our own sources.
// Bundlers leave template text alone, and our styles are a visible share of the bundle.
export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(/css`([^`]*)`/g, (_, body) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}
