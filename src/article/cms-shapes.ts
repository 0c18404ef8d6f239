import { ArticleError } from './errors.js';
import { htmlToText, textToHtml } from './html-text.js';

// Article data from the JSON a CMS serves, recognised by its shape: a WordPress REST post
// (`/wp-json/wp/v2/posts/ID?_embed`), a JSON Feed 1.1 item, a Ghost Content API post (alone or
// in its `{posts: […]}` envelope). Text fields (title, names, excerpt) arrive as HTML and become
// text; the HTML body stays HTML (`bodyFormat: 'html'`) for the sanitizer.

type Obj = Record<string, any>;

const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** A string field at `path`, or undefined; anything else is an error naming the CMS's own field. */
function str(v: unknown, path: string): string | undefined {
  if (v == null || v === '') return;
  if (typeof v !== 'string') throw new ArticleError(`${path}: expected a string, got ${Array.isArray(v) ? 'array' : typeof v}`, { path });
  return v;
}

/** An HTML text field (a title, a name, an excerpt) as text. */
const text = (v: unknown, path: string) => {
  const html = str(v, path);
  return html && htmlToText(html);
};

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The objects of a list of `{name, url}` (authors), as names and URLs. */
const people = (v: unknown, path: string) =>
  list(v)
    .filter(isObj)
    .map((p, k) => ({ name: text(p.name, `${path}[${k}].name`), url: str(p.url ?? p.link, `${path}[${k}].url`) }))
    .filter((p) => p.name);

/** `/wp-json/wp/v2/posts/ID?_embed`: rendered HTML fields; author, image and terms under `_embedded`. */
function fromWordPress(post: Obj) {
  const embedded = isObj(post._embedded) ? post._embedded : {};
  const media = list(embedded['wp:featuredmedia'])[0];
  const terms = list(embedded['wp:term']).flat().filter(isObj);
  const termNames = (taxonomy: string) =>
    terms.filter((t) => t.taxonomy === taxonomy).map((t, k) => text(t.name, `_embedded.wp:term.${taxonomy}[${k}]`));
  const excerpt = text(post.excerpt?.rendered, 'excerpt.rendered');
  // WordPress's own excerpt is the start of the body ending in "[…]": a dek only when written.
  // `date_gmt` is UTC without saying so.
  const gmt = (v: unknown, path: string) => str(v, path)?.replace(/T[\d:.]+$/, '$&Z');
  return {
    title: text(post.title.rendered, 'title.rendered'),
    body: str(post.content.rendered, 'content.rendered'),
    bodyFormat: 'html',
    kicker: termNames('category').find((name) => name !== 'Uncategorized'),
    dek: excerpt && !/\[…\]$/.test(excerpt) ? excerpt : undefined,
    authors: people(embedded.author, '_embedded.author'),
    published: gmt(post.date_gmt, 'date_gmt'),
    updated: gmt(post.modified_gmt, 'modified_gmt'),
    image: isObj(media) && media.source_url
      ? {
          src: media.source_url,
          alt: str(media.alt_text, '_embedded.wp:featuredmedia[0].alt_text'),
          caption: text(media.caption?.rendered, '_embedded.wp:featuredmedia[0].caption.rendered'),
          width: media.media_details?.width,
          height: media.media_details?.height,
        }
      : undefined,
    tags: termNames('post_tag'),
    url: post.link,
  };
}

/** A JSON Feed 1.1 item (1.0's single `author` too); `content_text` becomes escaped HTML paragraphs. */
function fromJsonFeed(item: Obj) {
  const html = str(item.content_html, 'content_html');
  const plain = str(item.content_text, 'content_text');
  return {
    title: str(item.title, 'title'),
    body: html ?? (plain && textToHtml(plain)),
    bodyFormat: 'html',
    dek: str(item.summary, 'summary'),
    authors: people(item.authors ?? (item.author && [item.author]), 'authors'),
    published: item.date_published,
    updated: item.date_modified,
    image: item.image || item.banner_image ? { src: item.image ?? item.banner_image } : undefined,
    tags: item.tags,
    lang: item.language,
    url: item.url,
  };
}

/** A Ghost Content API post; `custom_excerpt` is the standfirst a writer wrote (`excerpt` repeats the body). */
function fromGhost(post: Obj) {
  const tags = list(post.tags).filter(isObj).filter((t) => t.visibility !== 'internal');
  return {
    title: str(post.title, 'title'),
    body: str(post.html, 'html'),
    bodyFormat: 'html',
    kicker: isObj(post.primary_tag) ? str(post.primary_tag.name, 'primary_tag.name') : undefined,
    dek: str(post.custom_excerpt, 'custom_excerpt'),
    authors: people(post.authors ?? (post.primary_author && [post.primary_author]), 'authors'),
    published: post.published_at,
    updated: post.updated_at,
    image: post.feature_image
      ? { src: post.feature_image, alt: str(post.feature_image_alt, 'feature_image_alt'), caption: text(post.feature_image_caption, 'feature_image_caption') }
      : undefined,
    tags: tags.map((t, k) => str(t.name, `tags[${k}].name`)),
    url: post.url,
  };
}

/**
 * `data` as article data: a CMS shape is converted, anything else (this project's own format,
 * which has a `body`) is returned as it is.
 */
export function fromCmsShape(data: unknown): unknown {
  if (!isObj(data) || 'body' in data) return data;
  if (isObj(data.title) && 'rendered' in data.title && isObj(data.content)) return fromWordPress(data);
  if (Array.isArray(data.posts)) {
    if (data.posts.length !== 1) throw new ArticleError(`posts: expected one Ghost post, got ${data.posts.length}`, { path: 'posts' });
    return fromCmsShape(data.posts[0]);
  }
  if (typeof data.html === 'string' && ('uuid' in data || 'published_at' in data)) return fromGhost(data);
  if ('content_html' in data || 'content_text' in data) return fromJsonFeed(data);
  if (Array.isArray(data.items) && /jsonfeed\.org/.test(data.version)) {
    throw new ArticleError(`expected one article, got a JSON Feed of ${data.items.length} items: point src at one item`);
  }
  return data;
}
