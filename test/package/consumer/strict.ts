// Type-checked with strict settings against the installed tarball: the public API as a
// TypeScript app sees it. Compiles, or the consumer test fails.
import {
  ArticleError,
  ArticleNavElement,
  ArticleNavNavigateEvent,
  ArticleSummaryElement,
  ArticleSummaryToggleEvent,
  NewsArticleElement,
  NewsArticleErrorEvent,
  NewsArticleLoadEvent,
  parseArticle,
  summarize,
  type Article,
  type ArticleInput,
  type SummarizerFunction,
  type SummarizerOptions,
  type SummarizerResult,
  type SummarySource,
} from 'news-article-elements';
import { summarize as summarizeAlone } from 'news-article-elements/summarize';
import { renderArticle, type RenderArticleOptions } from 'news-article-elements/server';

const input: ArticleInput = { title: 'Ferry timetable', body: 'The ferry leaves at six.', authors: ['Ines Duarte'] };
const article: Article = parseArticle(input);
const published: Date | undefined = article.published;
const points: string[] = [...summarize(article.body, { sentences: 2 }), ...summarizeAlone('One. Two.')];

const news: NewsArticleElement = document.createElement('news-article');
news.article = input; // set as input…
const shown: Article | undefined = news.article; // …read back validated
news.article = '# A markdown article\n\nWith a body.';
news.src = '/articles/ferry.json';
news.headingLevel = 2;
news.theme = 'dark';
news.addEventListener('news-article-load', (event: NewsArticleLoadEvent) => event.article?.title);
news.addEventListener('news-article-error', (event: NewsArticleErrorEvent) => event.error.toUpperCase());

const summarizer: SummarizerFunction = async (text: string, options: SummarizerOptions): Promise<SummarizerResult> =>
  text.slice(0, options.sentences * 100);
const summary: ArticleSummaryElement = document.createElement('article-summary');
summary.summarizer = summarizer;
summary.open = true;
summary.addEventListener('article-summary-toggle', (event: ArticleSummaryToggleEvent) => {
  const source: SummarySource = event.source;
  return event.open && source;
});

const nav: ArticleNavElement = document.querySelector('article-nav')!;
nav.prev = { title: 'Yesterday', url: 'https://example.org/yesterday' };
nav.addEventListener('article-nav-navigate', (event: ArticleNavNavigateEvent) => {
  event.preventDefault();
  return event.direction === 'next' ? event.url : undefined;
});

try {
  parseArticle({ title: 1 });
} catch (error) {
  if (error instanceof ArticleError) console.log(error.message);
}

// @ts-expect-error: a number is not an article
news.article = 42;
// @ts-expect-error: `title` must be a string
parseArticleInput({ title: 7, body: 'x' });
function parseArticleInput(value: ArticleInput) {
  return value;
}

const serverOptions: RenderArticleOptions = { base: 'https://news.example/', headingLevel: 2, styles: false };
const printed: string = renderArticle(input, serverOptions);

export { published, points, shown, printed };
