/**
 * Article text as a template prints it inside `<script type="text/markdown">` (or JSON): without
 * a BOM, with `\n` line breaks, without the blank lines before and after it, and without the
 * indentation all its lines share (the template's; md-block removes it the same way).
 */
export function inlineText(text: string): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  while (lines.length && !lines[0]!.trim()) lines.shift();
  while (lines.length && !lines.at(-1)!.trim()) lines.pop();
  const indent = lines.reduce((least, line) => (line.trim() ? Math.min(least, line.search(/\S/)) : least), Infinity);
  return lines.map((line) => line.slice(indent)).join('\n');
}
