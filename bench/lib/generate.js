// Deterministic news-article generator: markdown (headings, lists, links, quotes, emphasis) and
// the same text as plain paragraphs, for the render and summary benchmarks. The text is written
// for this bench; a seeded PRNG makes every run produce the same articles.

/** mulberry32: a small seeded PRNG. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = [
  'Mr. Okafor', 'Dr. Lindqvist', 'Ms. Haddad', 'Prof. Brennan', 'Sen. Alvarez', 'Mrs. Tanaka',
  'Capt. Moreau', 'J. R. Whitfield', 'Gov. Castellano', 'Rev. Adeyemi', 'Amara Diallo', 'Tomás Ferrer',
];
const ROLES = [
  'the harbour master', 'a spokeswoman for the council', 'the union representative',
  'the project engineer', 'an economist at the regional bank', 'the mayor', 'a local shopkeeper',
  'the head of the water board', 'a retired ferry captain', 'the chief executive of the port authority',
];
const PLACES = [
  'the old harbour', 'the northern quay', 'the river delta', 'the U.S. consulate', 'the market square',
  'the coastal road', 'the rail depot', 'the university campus', 'the fish market', 'the flood barrier',
];
const THINGS = [
  'the new tidal turbines', 'the ferry timetable', 'the housing plan', 'the flood defences',
  'the school roof repairs', 'the bus network', 'the port expansion', 'the fishing quota',
  'the energy tariff', 'the water treatment works', 'the night market', 'the cycling lanes',
];
const VERBS = [
  'approved', 'delayed', 'criticised', 'defended', 'reviewed', 'expanded', 'scaled back',
  'questioned', 'welcomed', 'postponed', 'funded', 'inspected',
];
const GROUPS = [
  'The council', 'Residents', 'The regional government', 'Inspectors', 'Fishermen', 'Shop owners',
  'Engineers', 'The opposition', 'Commuters', 'Environmental groups',
];
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const HEADINGS = [
  'What the council decided', 'A long winter', 'Money and the budget', 'Who pays', 'What comes next',
  'The view from the quay', 'Questions over safety', 'A second phase', 'Reaction', 'Background',
  'Numbers behind the plan', 'Old promises', 'The vote', 'Delays and costs',
];

/** Sentence makers: each returns [markdown, plain text]. */
const SENTENCES = [
  (r) => plain(`${r.pick(GROUPS)} ${r.pick(VERBS)} ${r.pick(THINGS)} on ${r.pick(MONTHS)} ${r.int(1, 28)}, after ${r.int(2, 19)} months of talks with ${r.pick(ROLES)}.`),
  (r) => plain(`The cost has risen to ${r.int(3, 90)}.${r.int(1, 9)} million, about ${r.int(10, 60)} percent more than the figure given when ${r.pick(THINGS)} were first announced.`),
  (r) => plain(`${r.pick(PEOPLE)}, ${r.pick(ROLES)}, said the work near ${r.pick(PLACES)} would continue through the summer despite the weather.`),
  (r) => {
    const who = r.pick(PEOPLE);
    const quote = r.pick([
      'We have waited long enough for this',
      'Nobody here was asked what they wanted',
      'The numbers simply do not add up',
      'It is the best news this town has had in years',
      'We will keep the pressure on until the work is done',
    ]);
    return plain(`"${quote}," ${who} said at a meeting near ${r.pick(PLACES)}.`);
  },
  (r) => plain(`According to figures published by ${r.pick(ROLES)}, ${r.int(100, 9000)} households were affected in the first quarter, compared with ${r.int(100, 9000)} a year earlier.`),
  (r) => {
    const thing = r.pick(THINGS);
    const slug = thing.replace(/^the /, '').replace(/\s+/g, '-');
    return [
      `A [report on ${thing}](https://example.org/reports/${slug}) found that maintenance had been *repeatedly postponed* since ${r.int(2009, 2022)}.`,
      `A report on ${thing} found that maintenance had been repeatedly postponed since ${r.int(2009, 2022)}.`,
    ];
  },
  (r) => plain(`${r.pick(GROUPS)} said they had not been consulted, and that ${r.pick(THINGS)} should wait until the next budget.`),
  (r) => [
    `The decision, which needs **final approval** from ${r.pick(GROUPS).toLowerCase()}, is expected before the end of ${r.pick(MONTHS)}.`,
    `The decision, which needs final approval from ${r.pick(GROUPS).toLowerCase()}, is expected before the end of ${r.pick(MONTHS)}.`,
  ],
  (r) => plain(`Traffic along ${r.pick(PLACES)} fell by ${r.int(5, 40)} percent while the work went on, the transport office said on ${r.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}.`),
  (r) => plain(`Is the town ready for another year of disruption? Few at ${r.pick(PLACES)} seemed to think so.`),
  (r) => plain(`${r.pick(PEOPLE)} told reporters that ${r.pick(THINGS)} had been ${r.pick(VERBS)} twice before, in ${r.int(1998, 2020)} and again in ${r.int(2001, 2024)}.`),
  (r) => plain(`Engineers at ${r.pick(PLACES)} measured a rise of ${r.int(2, 30)} cm in the water level during the storm, the highest since records began.`),
];

function plain(text) {
  return [text, text];
}

function random(seed) {
  const next = rng(seed);
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

const countWords = (text) => text.split(/\s+/).filter(Boolean).length;

/**
 * An article body of about `target` words. Returns `{ markdown, text, words }`: `text` is the
 * readable text as the summarizer sees it (one paragraph per block, blank lines between).
 */
export function generateBody(target, seed = 1) {
  const r = random(seed);
  const md = [];
  const text = [];
  let count = 0;
  const add = (markdown, plainText) => {
    md.push(markdown);
    text.push(plainText);
    count += countWords(plainText);
  };
  const sentence = () => r.pick(SENTENCES)(r);
  /** `n` sentences, fewer when the article reaches its length. */
  const paragraph = (n, make = sentence) => {
    const parts = [];
    let words = count;
    while (parts.length < n && (parts.length === 0 || words < target)) {
      const part = make();
      words += countWords(part[1]);
      parts.push(part);
    }
    add(parts.map((p) => p[0]).join(' '), parts.map((p) => p[1]).join(' '));
  };
  const list = (ordered) => {
    const items = Array.from({ length: r.int(3, 5) }, sentence);
    items.forEach(([, t]) => (count += countWords(t)));
    md.push(items.map(([m], i) => `${ordered ? `${i + 1}.` : '-'} ${m}`).join('\n'));
    text.push(...items.map(([, t]) => t));
  };

  paragraph(2, () => SENTENCES[r.int(0, 2)](r)); // the lead: news, not a question or a quote
  let section = 0;
  while (count < target) {
    const heading = r.pick(HEADINGS);
    md.push(`${section % 4 === 3 ? '###' : '##'} ${heading}`);
    text.push(heading);
    count += countWords(heading);
    for (let p = r.int(3, 6); p > 0 && count < target; p--) {
      paragraph(r.int(2, 5));
      const roll = r.next();
      if (roll < 0.12) list(false);
      else if (roll < 0.18) list(true);
      else if (roll < 0.28) {
        const [m, t] = SENTENCES[3](r);
        md.push(`> ${m}`);
        text.push(t);
        count += countWords(t);
      }
    }
    section++;
  }
  return { markdown: md.join('\n\n') + '\n', text: text.join('\n\n'), words: count };
}

/** The article object the bench sets as `article`: full header, tags and neighbours. */
export function generateArticle(words, seed = 1) {
  const body = generateBody(words, seed);
  return {
    words: body.words,
    text: body.text,
    article: {
      title: `Harbour town weighs the cost of its ${words.toLocaleString('en')}-word winter`,
      kicker: 'Local',
      dek: 'A long-delayed plan for the old quay returns to the council with a higher price.',
      authors: [{ name: 'Mara Quist', url: 'https://example.org/staff/mara' }, { name: 'Tomás Ferrer' }],
      published: '2026-02-03T08:00:00Z',
      updated: '2026-02-03T12:30:00Z',
      dateline: 'KIRKWALL',
      tags: ['Local', 'Energy', 'Transport'],
      lang: 'en',
      body: body.markdown,
      prev: { title: 'Ferry timetable changes for spring', url: '/news/ferry-spring' },
      next: { title: 'School roof repairs finished', url: '/news/school-roof' },
    },
  };
}
