// Two articles of our own that link to each other, shared by the three examples.
// Each article's `url` is the route the app shows it at.
export const articles = [
  {
    url: '/articles/harbour-tram',
    kicker: 'Transport',
    title: 'The harbour tram runs again after a winter of repairs',
    dek: 'New rails, four rebuilt stops and a tram every eight minutes at peak times.',
    authors: [{ name: 'Mira Solberg' }],
    published: '2026-04-02T08:00:00Z',
    tags: ['transport', 'harbour'],
    body: [
      'The first tram left the depot at six on Thursday morning, four months after the line closed for repairs.',
      'Crews replaced two kilometres of rail along the quay and rebuilt four stops so that prams and wheelchairs can roll straight on board.',
      'Trams now run every eight minutes at peak times and every quarter of an hour in the evening, the transport office said.',
      'Shop owners on the quay said the closure had cost them customers, and several planned opening offers for the first weekend.',
    ].join('\n\n'),
    next: { title: 'Night ferries return for the summer', url: '/articles/night-ferry' },
  },
  {
    url: '/articles/night-ferry',
    kicker: 'Transport',
    title: 'Night ferries return for the summer',
    dek: 'The last boat to the islands now leaves after midnight on Fridays and Saturdays.',
    authors: [{ name: 'Tomas Lind' }],
    published: '2026-05-15T10:30:00Z',
    tags: ['ferries', 'summer'],
    body: [
      'From June, the ferry company adds a sailing at half past midnight on Fridays and Saturdays.',
      'Island residents had asked for a late boat for years, saying the last regular sailing left too early for anyone working an evening shift.',
      'The late sailing is a trial until the end of August; the company will count passengers before deciding whether to keep it.',
    ].join('\n\n'),
    prev: { title: 'The harbour tram runs again after a winter of repairs', url: '/articles/harbour-tram' },
  },
];

/** The article shown at `path`; the first one for any other path. */
export function articleAt(path) {
  return articles.find((article) => article.url === path) ?? articles[0];
}
