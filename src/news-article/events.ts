import type { Article } from '../article/article.js';

/** Fired when an article has rendered, or a server-printed one was adopted (then `article` is undefined). */
export class NewsArticleLoadEvent extends Event {
  // Static getters rather than static fields: Safari 16 needs those lowered, which costs bytes.
  static get type() {
    return 'news-article-load' as const;
  }
  constructor(readonly article?: Article) {
    super(NewsArticleLoadEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired when an article could not be loaded or rendered; `error` says what to fix. */
export class NewsArticleErrorEvent extends Event {
  static get type() {
    return 'news-article-error' as const;
  }
  constructor(readonly error: string) {
    super(NewsArticleErrorEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-article-load': NewsArticleLoadEvent;
    'news-article-error': NewsArticleErrorEvent;
  }
}
