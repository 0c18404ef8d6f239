// The demo's articles: the name used in `/demo/article.html?a=<name>` and the file it loads.
// Every file links to its neighbours with `prev` / `next`, so they form a ring:
// harbour-bridge → night-trains → mercado-central → night-library → harbour-bridge.

/** @type {Map<string, { src: string, title: string, lang: string }>} */
export const ARTICLES = new Map([
  [
    'harbour-bridge',
    {
      src: '/demo/articles/harbour-bridge.json',
      title: 'Harbour Bridge reopens two weeks early after 14-month repair',
      lang: 'en',
    },
  ],
  [
    'night-trains',
    {
      src: '/demo/articles/night-trains.md',
      title: 'The night train is back: sleepers link Port Alder and Westmere after 22 years',
      lang: 'en',
    },
  ],
  [
    'mercado-central',
    {
      src: '/demo/articles/mercado-central.md',
      title: 'El Mercado Central reabre tras dos años de obras con 64 puestos y un tejado solar',
      lang: 'es',
    },
  ],
  [
    'night-library',
    {
      src: '/demo/articles/night-library.md',
      title: 'مكتبة المدينة القديمة تفتح أبوابها ليلًا للمرة الأولى',
      lang: 'ar',
    },
  ],
]);

export const DEFAULT_ARTICLE = 'harbour-bridge';

/** The path of the article page, and the link to one article on it. */
export const ARTICLE_PAGE = '/demo/article.html';
export const articleHref = (name) => `${ARTICLE_PAGE}?a=${encodeURIComponent(name)}`;
