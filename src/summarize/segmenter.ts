const segmenters = new Map<string, Intl.Segmenter>();

/** A sentence segmenter for `lang`, or for the default locale when `lang` is not a valid tag. */
function segmenterFor(lang = ''): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
    } catch {
      segmenter = segmenterFor(); // "en_GB", "x": not BCP 47
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/**
 * `Intl.Segmenter` slows down sharply on long strings (a 40,000-word wall of text takes seconds),
 * so a paragraph is fed to it in pieces of about `PIECE` characters, each cut just after a
 * sentence stop, where the segmenter breaks anyway.
 */
const PIECE = 2000;
const CUT = /[.!?…।؟][\p{Pf}\p{Pe}"']*\s+|[。！？]+/gu;

/** The segmenter's raw sentence segments of one paragraph, in order. */
export function* segmentsOf(paragraph: string, lang?: string): Generator<string> {
  const segmenter = segmenterFor(lang);
  for (let from = 0; from < paragraph.length; ) {
    CUT.lastIndex = from + PIECE;
    const to = (paragraph.length - from > PIECE && CUT.exec(paragraph) && CUT.lastIndex) || paragraph.length;
    for (const { segment } of segmenter.segment(paragraph.slice(from, to))) yield segment;
    from = to;
  }
}
