import type { Renderer, Tokens } from 'marked';

/**
 * An image alone in its paragraph with a title, `![alt](src "Caption")`, becomes a figure: the
 * title is its caption (text, escaped as marked escapes it; not markdown), not a tooltip.
 */
export function figure(this: Renderer, { tokens }: Tokens.Paragraph): string | false {
  const [image] = tokens;
  if (tokens.length !== 1 || image?.type !== 'image' || !image.title) return false;
  const img = this.image({ ...(image as Tokens.Image), title: null });
  const caption = this.text({ text: image.title } as Tokens.Text);
  return `<figure>${img}<figcaption>${caption}</figcaption></figure>\n`;
}
