// Unit tests of the extractive summarizer as shipped: dist/summarize.js, built by
// `npx vite build --mode summarize` (the test script builds first). Sample texts are our own.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../../dist/summarize.js', import.meta.url));
if (!existsSync(bundle)) {
  throw new Error(`${bundle} is missing: run \`npx vite build --mode summarize\` first.`);
}
const { summarize, splitSentences } = await import(bundle);

/** Every sentence is a verbatim piece of `text`, and they come in document order. */
function assertVerbatimInOrder(sentences, text) {
  let from = 0;
  for (const sentence of sentences) {
    const at = text.indexOf(sentence, from);
    assert.ok(at >= 0, `not verbatim or out of order: ${JSON.stringify(sentence)}`);
    from = at + sentence.length;
  }
}

describe('splitSentences', () => {
  const cases = [
    ['en: titles and dates', 'en',
      'Mr. Okafor met Dr. Lund at 4 p.m. on Feb. 9 in the lobby. They spoke briefly.',
      ['Mr. Okafor met Dr. Lund at 4 p.m. on Feb. 9 in the lobby.', 'They spoke briefly.']],
    ['en: initials and dotted capitals', 'en',
      'The novel was edited by J. R. R. Tolkien. The U.S. Senate later cited it.',
      ['The novel was edited by J. R. R. Tolkien.', 'The U.S. Senate later cited it.']],
    ['en: numbers after abbreviations', 'en',
      'The minister lives at No. 10 on a quiet street. Sen. Ruiz lives nearby.',
      ['The minister lives at No. 10 on a quiet street.', 'Sen. Ruiz lives nearby.']],
    ['en: quotations that end inside the quotes', 'en',
      '"Is the bridge open?" asked a driver. "Not yet!" the officer replied. The queue grew.',
      ['"Is the bridge open?" asked a driver.', '"Not yet!" the officer replied.', 'The queue grew.']],
    ['en: an attribution after a quoted question', 'en',
      '“Who paid for the roof?” Maria Lopes asked. Nobody answered her.',
      ['“Who paid for the roof?” Maria Lopes asked.', 'Nobody answered her.']],
    ['en: a quotation that ends a sentence', 'en',
      'The mayor said: "The works are finished." Then she cut the ribbon.',
      ['The mayor said: "The works are finished."', 'Then she cut the ribbon.']],
    ['en: a line wrapped inside a paragraph', 'en',
      'The river rose by two metres\novernight in the valley. Roads were closed.',
      ['The river rose by two metres\novernight in the valley.', 'Roads were closed.']],
    ['de: z. B., Hr. and ordinals', 'de',
      'Hr. Becker kam z. B. am 3. Oktober nach Köln. Er blieb zwei Tage.',
      ['Hr. Becker kam z. B. am 3. Oktober nach Köln.', 'Er blieb zwei Tage.']],
    ['es: Sr. and EE. UU.', 'es',
      'El Sr. Pardo viajó a EE. UU. el martes. Volvió el viernes.',
      ['El Sr. Pardo viajó a EE. UU. el martes.', 'Volvió el viernes.']],
    ['fr: M. and Mme', 'fr',
      'M. Girard et Mme Roche ont signé l’accord. La séance a été levée.',
      ['M. Girard et Mme Roche ont signé l’accord.', 'La séance a été levée.']],
    ['pt: Dra. and nº', 'pt',
      'A Dra. Figueiredo mora no nº 12 da avenida. Ela chegou ontem.',
      ['A Dra. Figueiredo mora no nº 12 da avenida.', 'Ela chegou ontem.']],
    ['it: Sig. and Dott.', 'it',
      'Il Sig. Bruni e il Dott. Sala sono arrivati. La riunione è iniziata.',
      ['Il Sig. Bruni e il Dott. Sala sono arrivati.', 'La riunione è iniziata.']],
    ['ru: г. and initials', 'ru',
      'Выставка открылась в г. Казань. Её открыл А. П. Орлов. Гости остались довольны.',
      ['Выставка открылась в г. Казань.', 'Её открыл А. П. Орлов.', 'Гости остались довольны.']],
    ['ja: Japanese full stops', 'ja',
      '新しい橋が完成した。開通式は明日だ！見に行きますか？',
      ['新しい橋が完成した。', '開通式は明日だ！', '見に行きますか？']],
    ['zh: Chinese', 'zh',
      '图书馆今天重新开放。读者排起了长队！',
      ['图书馆今天重新开放。', '读者排起了长队！']],
    ['ar: Arabic question mark', 'ar',
      'افتتحت المكتبة اليوم. هل زرتها؟ نعم، زرتها.',
      ['افتتحت المكتبة اليوم.', 'هل زرتها؟', 'نعم، زرتها.']],
    ['hi: Devanagari danda', 'hi',
      'नया पुल खुल गया है। लोग बहुत खुश हैं।',
      ['नया पुल खुल गया है।', 'लोग बहुत खुश हैं।']],
    ['th: sentences ended by a space', 'th',
      'ห้องสมุดเปิดแล้ววันนี้ ผู้คนมาเข้าแถวยาว',
      ['ห้องสมุดเปิดแล้ววันนี้', 'ผู้คนมาเข้าแถวยาว']],
    ['ar: د. (doctor) and م. (engineer) before a name', 'ar',
      'التقى د. سمير الخطيب بالمهندس م. رامي ناصر في مقر البلدية. واتفقا على خطة لإصلاح الجسر.',
      ['التقى د. سمير الخطيب بالمهندس م. رامي ناصر في مقر البلدية.', 'واتفقا على خطة لإصلاح الجسر.']],
    ['ar: ص. (page) before a number', 'ar',
      'ورد الرقم في التقرير السنوي، ص. 14 من الفصل الثاني. ولم يعلق الوزير عليه.',
      ['ورد الرقم في التقرير السنوي، ص. 14 من الفصل الثاني.', 'ولم يعلق الوزير عليه.']],
    ['he: initials and פרופ.', 'he',
      'הסופר א. ב. יהושע הוזמן לכנס בחיפה. פרופ. לוי פתחה את הערב. הקהל מילא את האולם.',
      ['הסופר א. ב. יהושע הוזמן לכנס בחיפה.', 'פרופ. לוי פתחה את הערב.', 'הקהל מילא את האולם.']],
    ['fa: د. (doctor) and ص. (page)', 'fa',
      'د. رضایی گزارش را در ص. 12 مجله منتشر کرد. این گزارش بحث زیادی به پا کرد.',
      ['د. رضایی گزارش را در ص. 12 مجله منتشر کرد.', 'این گزارش بحث زیادی به پا کرد.']],
    ['hi: डॉ. and initials', 'hi',
      'डॉ. मीना शर्मा ने नए अस्पताल का उद्घाटन किया। ए. पी. सिंह भी वहाँ मौजूद थे। लोग बहुत खुश हैं।',
      ['डॉ. मीना शर्मा ने नए अस्पताल का उद्घाटन किया।', 'ए. पी. सिंह भी वहाँ मौजूद थे।', 'लोग बहुत खुश हैं।']],
    ['th: the space after ๆ does not end a sentence', 'th',
      'เด็กๆ เล่นอยู่บนสนามหญ้าทั้งวัน แม่ของพวกเขานั่งอ่านหนังสืออยู่ใกล้ๆ ตอนเย็นฝนก็ตก',
      ['เด็กๆ เล่นอยู่บนสนามหญ้าทั้งวัน', 'แม่ของพวกเขานั่งอ่านหนังสืออยู่ใกล้ๆ ตอนเย็นฝนก็ตก']],
    ['zh: full stops without spaces, and quotes after them', 'zh',
      '市长说：“新桥明年通车。”居民们很高兴。施工将在三月开始！',
      ['市长说：“新桥明年通车。”', '居民们很高兴。', '施工将在三月开始！']],
    ['en: decimals, dotted names and web addresses do not end sentences', 'en',
      'Prices rose 3.5 per cent, the U.S.A. office said on example.com today. Markets fell.',
      ['Prices rose 3.5 per cent, the U.S.A. office said on example.com today.', 'Markets fell.']],
    ['ko: Korean', 'ko',
      '새 다리가 완공되었다. 개통식은 내일이다.',
      ['새 다리가 완공되었다.', '개통식은 내일이다.']],
  ];
  for (const [name, lang, text, expected] of cases) {
    test(name, () => {
      const sentences = splitSentences(text, lang);
      assert.deepEqual(sentences, expected);
      assertVerbatimInOrder(sentences, text);
    });
  }

  test('paragraphs always end sentences', () => {
    assert.deepEqual(splitSentences('A heading without a stop\n\nThe body starts here. It ends here.'), [
      'A heading without a stop',
      'The body starts here.',
      'It ends here.',
    ]);
  });

  test('uses every language’s abbreviations when no language is given', () => {
    assert.deepEqual(splitSentences('Mr. Nakamura called Sr. Pardo. They agreed.'), [
      'Mr. Nakamura called Sr. Pardo.',
      'They agreed.',
    ]);
  });

  test('accepts a missing or malformed language tag', () => {
    for (const lang of [undefined, '', 'en_GB', 'x']) {
      assert.deepEqual(splitSentences('Dr. Amari spoke first. Then Ms. Kim spoke.', lang), [
        'Dr. Amari spoke first.',
        'Then Ms. Kim spoke.',
      ]);
    }
  });

  test('reads markdown: headings, links, images, emphasis and footnote marks are not sentences', () => {
    const text = [
      '## The vote',
      'The **council** voted for the [new plan](https://example.org/plan) on Monday.[^1] ' +
        '![A map](map.png)It passed _easily_.',
      '- Nine members voted for it.',
      '1. Four voted against.',
      '> "We will appeal," said one of them.',
      '| votes | 9 |',
      '```\ncount(votes)\n```',
      '[^1]: Minutes of the meeting.',
    ].join('\n\n');
    assert.deepEqual(splitSentences(text, 'en'), [
      'The council voted for the new plan on Monday.',
      'It passed easily.',
      'Nine members voted for it.',
      'Four voted against.',
      '"We will appeal," said one of them.',
    ]);
  });

  test('returns nothing for empty or blank text', () => {
    assert.deepEqual(splitSentences(''), []);
    assert.deepEqual(splitSentences(' \n\n \n'), []);
  });
});

// A made-up news story: the lead states the news, later paragraphs echo it.
const ARTICLE = [
  'By Tomas Varga',
  'The city council of Brackenford approved a plan on Tuesday to replace the old tram depot ' +
    'with a public library and 200 affordable homes. The vote passed 9 to 4 after a debate that ' +
    'lasted more than five hours.',
  'Who will pay for it? "We have waited for this for a decade," said one resident.',
  'Under the plan, the library will open in 2027 and the affordable homes will be built in two ' +
    'phases. The council said the tram depot site has stood empty since 2015.',
  'Read more: how Brackenford chose its new mayor',
  'Opponents of the plan argued that the affordable homes would strain local schools and roads. ' +
    'Supporters said the library and the homes would bring families back to the district.',
  'The council will publish the full plan for the library and the homes next month. ' +
    'Construction on the depot site is expected to start in the spring.',
].join('\n\n');

// The first sentence sets a scene; the second is the news that the rest of the story repeats.
const SCENE_FIRST = [
  'It was a grey and windy morning along the coast.',
  'The water board closed the Ellsworth reservoir after tests found nitrate in the drinking water.',
  'Families near the reservoir were told to boil their drinking water until further notice.',
  'The board said nitrate levels at the reservoir had risen after weeks of heavy rain.',
  'Bottled water was handed out at the town hall, where the queue stretched around the block.',
  'Further tests of the drinking water are due on Friday, the water board said.',
].join(' ');

describe('summarize', () => {
  test('returns three key sentences by default, verbatim and in document order', () => {
    const summary = summarize(ARTICLE);
    assert.deepEqual(summary, [
      'The city council of Brackenford approved a plan on Tuesday to replace the old tram depot ' +
        'with a public library and 200 affordable homes.',
      'The vote passed 9 to 4 after a debate that lasted more than five hours.',
      'Under the plan, the library will open in 2027 and the affordable homes will be built in ' +
        'two phases.',
    ]);
    assertVerbatimInOrder(summary, ARTICLE);
  });

  test('skips bylines, questions, quotations and "Read more"', () => {
    const summary = summarize(ARTICLE, { sentences: 6 });
    assert.equal(summary.length, 6);
    for (const sentence of summary) assert.doesNotMatch(sentence, /^By |\?$|^"|^Read more/);
  });

  test('picks the sentence the rest of the text echoes over a scene-setting first one', () => {
    assert.deepEqual(summarize(SCENE_FIRST, { sentences: 1 }), [
      'The water board closed the Ellsworth reservoir after tests found nitrate in the drinking water.',
    ]);
  });

  test('returns a text with fewer sentences than asked for whole', () => {
    const text = 'Only one sentence here. And a second one?';
    assert.deepEqual(summarize(text, { sentences: 5 }), ['Only one sentence here.', 'And a second one?']);
    assert.deepEqual(summarize('', { sentences: 3 }), []);
  });

  test('returns nothing when asked for no sentences', () => {
    assert.deepEqual(summarize(ARTICLE, { sentences: 0 }), []);
  });

  test('drops near-duplicate sentences', () => {
    const text = [
      'Heavy rain flooded the main road into the harbour town on Sunday morning.',
      'Heavy rain flooded the main road into the harbour town on Sunday morning, police said.',
      'The ferry service was suspended until the water level falls again.',
      'Shops on the seafront stayed closed while volunteers filled sandbags.',
      'Forecasters expect the rain to ease by the middle of the week.',
    ].join(' ');
    const summary = summarize(text, { sentences: 3 });
    assert.equal(summary.length, 3);
    assert.equal(summary.filter((s) => s.startsWith('Heavy rain')).length, 1);
  });

  test('handles a single-paragraph wall of text', () => {
    const wall = Array.from(
      { length: 40 },
      (_, i) => `Report ${i + 1} from the farms describes the harvest, the weather and grain prices.`,
    ).join(' ');
    const summary = summarize(wall, { sentences: 3 });
    assert.equal(summary.length, 3);
    assertVerbatimInOrder(summary, wall);
  });

  test('summarizes Japanese text', () => {
    const text =
      '市議会は火曜日、古い車庫を図書館と住宅に建て替える計画を承認した。図書館は二〇二七年に開館する予定だ。' +
      '反対派は、住宅が学校や道路に負担をかけると主張した。市議会は来月、図書館と住宅の計画の全文を公表する。';
    const summary = summarize(text, { sentences: 2, lang: 'ja' });
    assert.equal(summary.length, 2);
    assertVerbatimInOrder(summary, text);
  });

  test('has no quadratic step: a 25,000-word wall of text takes well under two seconds', () => {
    const long = Array.from(
      { length: 2500 },
      (_, i) => `Sentence ${i} talks about topic ${i % 37} and place ${i % 11} today.`,
    ).join(' ');
    const started = performance.now();
    assert.equal(summarize(long, { sentences: 3 }).length, 3);
    assert.ok(performance.now() - started < 2000, `took ${performance.now() - started} ms`);
  });

  test('never shows a "sentence" longer than 1,000 characters, and gives nothing when that is all there is', () => {
    for (const unit of ['U.S. ', 'A. ', 'J. R. R. Tolkien and ', 'word ', '1.2.3.4. ', '市议会批准了计划']) {
      assert.deepEqual(summarize(unit.repeat(30000)), [], unit);
    }
    const runOn = `The report lists ${'one more clause, and '.repeat(60)}so on.`;
    const text = `${runOn} The bridge opened on Monday after two years of works. Traffic was light at first.`;
    const summary = summarize(text, { sentences: 3 });
    assert.deepEqual(summary, ['The bridge opened on Monday after two years of works.', 'Traffic was light at first.']);
  });

  test('summarizes Thai without cutting after ๆ', () => {
    const text =
      'เด็กๆ เล่นอยู่บนสนามหญ้าทั้งวันในสวนสาธารณะของเมือง ' +
      'เทศบาลประกาศว่าจะปรับปรุงสวนสาธารณะของเมืองในปีหน้า ' +
      'ชาวบ้านหลายคนดีใจที่สวนสาธารณะจะมีสนามเด็กเล่นใหม่';
    const summary = summarize(text, { sentences: 2, lang: 'th' });
    assert.equal(summary.length, 2);
    for (const sentence of summary) assert.doesNotMatch(sentence, /^เล่น/);
    assertVerbatimInOrder(summary, text);
  });

  test('is pure: the bundle uses no DOM and no Lit', () => {
    const source = readFileSync(bundle, 'utf8');
    assert.doesNotMatch(source, /\b(document|window|customElements|HTMLElement)\b|from\s*['"]lit/);
  });
});

// A made-up sectioned story, as articleText() hands it over: a lead and four sections.
const SECTIONED = [
  'The port authority of Keswater approved a plan on Thursday to build a second container ' +
    'terminal on reclaimed land north of the old harbour, at a cost of 1.2 billion dollars.',
  'The decision ends two years of hearings. Work is due to start next spring.',
  '## The terminal',
  'The new terminal will handle 900,000 containers a year, twice the capacity of the old harbour.',
  'Its cranes will run on electricity from a solar farm built on the terminal roofs.',
  '## The money',
  'The authority will borrow 800 million dollars and raise the rest from port fees.',
  'Port fees for the largest ships will rise by a fifth from 2028 to pay for the terminal.',
  '## The objections',
  'Fishing crews say the reclaimed land will destroy the oyster beds north of the harbour.',
  'A group of residents has asked the courts to stop the work until a new environmental study is done.',
  '## What comes next',
  'The authority will publish the building contracts in January, and the first berth should open in 2030.',
].join('\n\n');

describe('summarize, sectioned text', () => {
  const sectionOf = (sentence) => SECTIONED.slice(0, SECTIONED.indexOf(sentence)).split('## ').length - 1;

  test('covers the lead and every section, one point each, in order, by default', () => {
    const summary = summarize(SECTIONED);
    assert.equal(summary.length, 5);
    assert.deepEqual(summary.map(sectionOf), [0, 1, 2, 3, 4]);
    assert.match(summary[0], /^The port authority of Keswater approved/);
    assertVerbatimInOrder(summary, SECTIONED);
  });

  test('with fewer points than sections, keeps the lead and the longest sections', () => {
    const summary = summarize(SECTIONED, { sentences: 3 });
    assert.equal(summary.length, 3);
    assert.equal(sectionOf(summary[0]), 0);
    assert.deepEqual(summary.slice(1).map(sectionOf), [...new Set(summary.slice(1).map(sectionOf))]);
  });

  test('never shows a heading, and takes at most one point from the first paragraph', () => {
    const summary = summarize(SECTIONED, { sentences: 8 });
    assert.equal(summary.length, 8);
    assert.ok(summary.every((s) => !s.startsWith('##') && !/^The (terminal|money|objections)$/.test(s)));
    const firstParagraph = SECTIONED.split('\n\n')[0];
    assert.ok(summary.filter((s) => firstParagraph.includes(s)).length <= 1);
  });

  test('never picks a list item that runs on into the next one', () => {
    const text = [
      'The new library opens on Monday with longer hours for students and workers in the town.',
      '## What is inside',
      '- a quiet reading room with desks, lamps and sockets for laptops;',
      '- a reading room for children with desks, lamps and picture books;',
      '- a reading room for newspapers with desks, lamps and armchairs;',
      'The café on the ground floor is run by a local bakery.',
      '## What it costs',
      'The town will spend 2 million on the building and the evening staff over two years.',
    ].join('\n\n');
    const summary = summarize(text);
    assert.equal(summary.length, 3);
    assert.equal(summary[1], 'The café on the ground floor is run by a local bakery.');
  });

  test('without headings, still gives three points by default', () => {
    assert.equal(summarize(SECTIONED.replace(/## .*\n\n/g, '')).length, 3);
  });
});
