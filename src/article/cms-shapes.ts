import { ArticleError } from './errors.js';
import { htmlToText, textToHtml } from './html-text.js';
import { typeOf } from './validate.js';

// Article data from the JSON a CMS serves, recognised by its shape: a WordPress REST post
// (`/wp-json/wp/v2/posts/ID?_embed`), a JSON Feed 1.1 item, a Ghost Content API post (alone or
// in its `{posts: […]}` envelope). Text fields that arrive as HTML (WordPress titles, names,
// excerpts) become text; the HTML body stays HTML (`bodyFormat: 'html'`) for the sanitizer.

type Obj = Record<string, any>;

const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** The string at `path` (`title.rendered`, `_embedded.author.0.name`) in `o`, or undefined; any other value is an error naming the path. */
function str(o: unknown, path: string): string | undefined {
  const v = path.split('.').reduce((at: any, key) => at?.[key], o);
  if (v == null || v === '') return;
  if (typeof v != 'string') throw new ArticleError(`${path}: expected a string, got ${typeOf(v)}`, { path });
  return v;
}

/** The HTML text at `path` (a WordPress title, name or excerpt) as plain text. */
const text = (o: unknown, path: string) => {
  const html = str(o, path);
  return html && htmlToText(html);
};

const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);

/** `/wp-json/wp/v2/posts/ID?_embed`: HTML in `*.rendered`; author, image and tags under `_embedded`. */
function fromWordPress(post: Obj) {
  const media = list(post._embedded?.['wp:featuredmedia'])[0];
  const tags = list(post._embedded?.['wp:term']?.flat()).filter((t) => t.taxonomy == 'post_tag');
  // WordPress makes an excerpt from the body's start, ending in "[…]": a dek only when written.
  const excerpt = text(post, 'excerpt.rendered');
  // `date_gmt` is UTC without saying so.
  const gmt = (path: string) => str(post, path)?.replace(/T[\d:.]+$/, '$&Z');
  return {
    title: text(post, 'title.rendered'),
    body: str(post, 'content.rendered'),
    bodyFormat: 'html',
    dek: excerpt?.endsWith('[…]') ? undefined : excerpt,
    authors: list(post._embedded?.author).map((a, k) => ({ name: text(post, `_embedded.author.${k}.name`), url: a.link })),
    published: gmt('date_gmt'),
    updated: gmt('modified_gmt'),
    image: media?.source_url && { src: media.source_url, alt: media.alt_text },
    tags: tags.map((t) => text(t, 'name')),
    url: post.link,
  };
}

/** A JSON Feed 1.1 item; `content_text` becomes escaped paragraphs. */
function fromJsonFeed(item: Obj) {
  const plain = str(item, 'content_text');
  return {
    title: item.title,
    body: str(item, 'content_html') ?? (plain && textToHtml(plain)),
    bodyFormat: 'html',
    dek: item.summary,
    // An author may have only a URL or an avatar: a byline needs a name.
    authors: list(item.authors).filter((a) => a.name != null),
    published: item.date_published,
    updated: item.date_modified,
    image: item.image && { src: item.image },
    tags: item.tags,
    lang: item.language,
    url: item.url,
  };
}

/** A Ghost Content API post; `custom_excerpt` is a standfirst someone wrote (`excerpt` repeats the body). */
function fromGhost(post: Obj) {
  return {
    title: post.title,
    body: post.html,
    bodyFormat: 'html',
    dek: post.custom_excerpt,
    authors: post.authors ?? (post.primary_author && [post.primary_author]),
    published: post.published_at,
    updated: post.updated_at,
    image: post.feature_image && { src: post.feature_image, alt: post.feature_image_alt },
    // Internal tags (`#newsletter`) organise the site; they are not for readers.
    tags: list(post.tags).filter((t) => t.visibility != 'internal').map((t) => t.name),
    url: post.url,
  };
}

/**
 * `data` as article data: a CMS shape is converted, anything else (this project's own format,
 * which has a `body`) is returned as it is.
 */
export function fromCmsShape(data: unknown): unknown {
  if (!isObj(data) || 'body' in data) return data;
  if (isObj(data.title) && isObj(data.content)) return fromWordPress(data);
  if (Array.isArray(data.posts)) {
    if (data.posts.length != 1) throw new ArticleError(`posts: expected one Ghost post, got ${data.posts.length}`, { path: 'posts' });
    return fromCmsShape(data.posts[0]);
  }
  if (typeof data.html == 'string' && ('uuid' in data || 'published_at' in data)) return fromGhost(data);
  if ('content_html' in data || 'content_text' in data) return fromJsonFeed(data);
  if (Array.isArray(data.items) && /jsonfeed\.org/.test(data.version)) {
    throw new ArticleError(`expected one article, got a JSON Feed of ${data.items.length} items: point src at one item`);
  }
  return data;
}
