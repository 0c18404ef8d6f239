/** One author of an article; `url` is present only when it passed the URL allowlist. */
export interface Author {
  name: string;
  url?: string;
}

/** The hero image. `src` is absolute and allowlisted. */
export interface ArticleImage {
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
  width?: number;
  height?: number;
}

/** A neighbouring article, for previous / next links. */
export interface ArticleLink {
  title: string;
  url?: string;
}

/** The validated article every input (object, JSON text, markdown text) becomes. */
export interface Article {
  title: string;
  /** Markdown, or HTML when `bodyFormat` is `html` (a CMS's body); sanitized either way. */
  body: string;
  bodyFormat?: 'html';
  kicker?: string;
  dek?: string;
  authors: Author[];
  published?: Date;
  updated?: Date;
  dateline?: string;
  image?: ArticleImage;
  tags: string[];
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  url?: string;
  /** Markdown, or a list of key points. */
  summary?: string | string[];
  prev?: ArticleLink;
  next?: ArticleLink;
}
