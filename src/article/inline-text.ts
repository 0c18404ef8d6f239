/**
 * Article text as a template prints it inside `<script type="text/markdown">` (or JSON): without
 * a BOM, with `\n` line breaks, without the blank lines before it and after it, and without the
 * indentation every line shares (the template's, as md-block removes it).
 */
export function inlineText(text: string): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  while (lines.length && !lines[0]!.trim()) lines.shift();
  while (lines.length && !lines.at(-1)!.trim()) lines.pop();
  // The longest run of leading spaces and tabs that every line with text starts with.
  let common: string | undefined;
  for (const line of lines) {
    if (!line.trim()) continue;
    const indent = /^[ \t]*/.exec(line)![0];
    common = common == null ? indent : commonStart(common, indent);
  }
  const indent = common ?? '';
  return lines.map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart())).join('\n');
}

const commonStart = (a: string, b: string) => {
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  return a.slice(0, k);
};
