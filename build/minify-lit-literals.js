// Vite plugin: minifies the text of Lit `css` and `html` tagged templates in our own sources.
// Bundlers leave template text alone, and our styles and templates are a visible share of the bundle.
import ts from 'typescript';

export function minifyLitLiterals() {
  return {
    name: 'minify-lit-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      return { code: minifyLiterals(code), map: null };
    },
  };
}

/** Rewrites the static text of every `css` and `html` tagged template in `code`. */
export function minifyLiterals(code) {
  const source = ts.createSourceFile('module.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && /^(css|html)$/.test(node.tag.text)) {
      const minify = node.tag.text === 'css' ? minifyCss : minifyHtml;
      const template = node.template;
      const pieces = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      pieces.forEach((piece, i) => {
        // The raw text sits between the delimiters: ` or } before it, ` or ${ after it.
        const start = piece.getStart(source) + 1;
        const end = piece.getEnd() - (ts.isTemplateHead(piece) || ts.isTemplateMiddle(piece) ? 2 : 1);
        let text = minify(code.slice(start, end));
        // CSS is trimmed at the ends of the whole template only: a space before `${…}` may be a
        // combinator. HTML is not trimmed: a template's edge spaces may separate inline text.
        if (minify === minifyCss && i === 0) text = text.trimStart();
        if (minify === minifyCss && i === pieces.length - 1) text = text.trimEnd();
        edits.push([start, end, text]);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    // `[part='x']` → `[part=x]`, `0.5em` → `.5em`
    .replace(/\[([\w-]+[~|]?=)'([a-z][\w-]*)'\]/gi, '[$1$2]')
    .replace(/([\s:,(-])0\.(\d)/g, '$1.$2');
}

/**
 * Indentation inside `html` templates goes: a run of white space is one space to the HTML parser.
 * Line breaks stay (a byte each, like a space) so that source maps still find every line.
 * Quotes go around static attribute values that are one word (`part="dek"` → `part=dek`), as
 * HTML allows; values with spaces or bindings keep theirs. (Our template text has no `a="b"`.)
 */
export function minifyHtml(text) {
  return text
    .replace(/[^\S\n]*\n\s*/g, (space) => space.replace(/[^\n]/g, ''))
    .replace(/(\s[a-z-]+)="([\w-]+)"/g, '$1=$2');
}
