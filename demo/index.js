// Front page: example 4 (the `article` property set from JavaScript) and the event log.

const GARDENS = {
  title: 'City opens applications for 300 community garden plots',
  kicker: 'In brief',
  author: 'Priya Raman',
  published: '2026-03-17T09:30:00Z',
  lang: 'en',
  tags: ['Environment'],
  body: [
    'Residents can apply for one of 300 new community garden plots from Monday, the city parks department said, after a waiting list that had grown to more than 2,000 names.',
    'The plots, each about 25 square metres, are on three sites: the old rail yard, Riverside Park and a former car park behind the St. Anne library. Rent is $40 a year, and half that for people over 65.',
    '"Some people have waited six years," said Ms. Hannah Cole, who runs the scheme. "We hope to clear most of the list by the autumn."',
    'Applications close at 5 p.m. on April 10. Plots will be given out by lottery.',
  ].join('\n\n'),
};

const POOLS = {
  title: 'Outdoor pools to open two weeks early after a warm spring',
  kicker: 'In brief',
  author: 'Jonas Weber',
  published: '2026-03-18T15:45:00Z',
  lang: 'en',
  tags: ['Leisure'],
  summary: ['The city’s four outdoor pools open on May 16.', 'Season tickets cost $85.'],
  body: [
    "The city's four outdoor pools will open on May 16, two weeks earlier than usual, after the warmest March since records began, officials said on Wednesday.",
    'Lifeguard training has been brought forward, and the pools will stay open until 8 p.m. on weekdays from June. A season ticket costs $85 for adults and $30 for children.',
    '"If the weather is kind, we\'ll be busy," said Mr. Omar Said, the manager of the Lakeside pool.',
  ].join('\n\n'),
};

const fromJs = document.getElementById('from-js');
const swap = document.getElementById('swap-article');

fromJs.article = GARDENS;
swap.addEventListener('click', () => {
  fromJs.article = fromJs.article === GARDENS ? POOLS : GARDENS;
});

// ---- Event log ----

const log = document.getElementById('event-log');
const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

function describe(event) {
  switch (event.type) {
    case 'news-article-load':
      return `“${event.article?.title ?? '?'}”`;
    case 'news-article-error':
      return String(event.error?.message ?? event.error);
    case 'article-summary-toggle':
      return `open: ${event.open}, source: ${event.source}`;
    case 'article-nav-navigate':
      return `${event.direction} → ${event.url}`;
    default:
      return '';
  }
}

function record(event) {
  const item = document.createElement('li');
  const name = document.createElement('code');
  name.textContent = event.type;
  item.append(`${time.format(new Date())} `, name, ` ${describe(event)}`);
  log.prepend(item);
  while (log.children.length > 50) log.lastElementChild.remove();
}

for (const type of [
  'news-article-load',
  'news-article-error',
  'article-summary-toggle',
  'article-nav-navigate',
]) {
  document.addEventListener(type, record);
}
