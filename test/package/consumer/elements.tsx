// React 19 JSX with the package's generated types: every element, property, attribute and event.
import type {} from 'news-article-elements/jsx';
import { type ArticleNavNavigateEvent, type ArticleSummaryToggleEvent, type NewsArticleLoadEvent, type NewsArticleErrorEvent } from 'news-article-elements';

export function Elements() {
  return (
    <>
      <news-article
        src="/articles/ferry.json"
        article={{ title: 'Ferry timetable', body: 'The ferry leaves at six.' }}
        markdown="# Ferry"
        headingLevel={2}
        heading-level="2"
        summary-position="both"
        structured-data
        prompt-label="Short on time?"
        show-label="Show"
        hide-label="Hide"
        disclosure-label="Picked by a machine"
        prev-label="Back"
        next-label="On"
        nav-label="More"
        summarizer={async (text) => text.slice(0, 100)}
        labels={{ prompt: 'Short on time?' }}
        theme="dark"
        onnews-article-load={(event: NewsArticleLoadEvent) => event.article?.title}
        onnews-article-error={(event: NewsArticleErrorEvent) => event.error}
      ></news-article>
      <article-summary
        open
        for="body"
        sentences={3}
        summary={['One point.', 'Another point.']}
        summarizer={async (text) => text.slice(0, 100)}
        prompt-label="Short on time?"
        show-label="Show"
        hide-label="Hide"
        disclosure-label="Made by a machine"
        labels={{ prompt: 'Short on time?' }}
        theme="auto"
        onarticle-summary-toggle={(event: ArticleSummaryToggleEvent) => event.open && event.source}
      ></article-summary>
      <article-nav
        prev={{ title: 'Yesterday', url: '/yesterday' }}
        next={null}
        prev-href="/yesterday"
        prev-title="Yesterday"
        next-href="/tomorrow"
        next-title="Tomorrow"
        prev-label="Back"
        next-label="On"
        nav-label="More"
        labels={{ prompt: 'Short on time?' }}
        theme="light"
        onarticle-nav-navigate={(event: ArticleNavNavigateEvent) => event.preventDefault()}
      ></article-nav>
      {/* @ts-expect-error: a typo in a property name is caught */}
      <news-article articel={{}}></news-article>
      {/* @ts-expect-error: the theme is one of three words */}
      <article-nav theme="sepia"></article-nav>
    </>
  );
}
