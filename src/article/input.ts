/**
 * Article data as a page, a CMS or a JSON file gives it: what `parseArticle` reads and
 * `<news-article>`'s `article` property accepts. Validation turns it into an `Article`.
 */
export interface ArticleData {
  title: string;
  /** Markdown. */
  body: string;
  kicker?: string;
  dek?: string;
  /** One author's name; or use `authors`, not both. */
  author?: string;
  authors?: (string | { name: string; url?: string })[];
  /** An ISO 8601 date or date-time, or a Date. */
  published?: string | Date;
  updated?: string | Date;
  dateline?: string;
  image?: { src: string; alt?: string; caption?: string; credit?: string; width?: number; height?: number };
  tags?: string[];
  /** BCP 47 language tag. */
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  url?: string;
  /** Markdown, or a list of key points. */
  summary?: string | string[];
  prev?: { title: string; url?: string };
  next?: { title: string; url?: string };
}

/** Anything an article can be given as: the data, its JSON text, or markdown with front matter. */
export type ArticleInput = ArticleData | string;
