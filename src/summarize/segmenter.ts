/** Something that cuts text into sentence segments, like `Intl.Segmenter`. */
interface Segmenter {
  segment(text: string): Iterable<{ segment: string }>;
}

/** Where `Intl.Segmenter` is missing (Firefox before 125): cut after stops; the repairs follow. */
const UP_TO_STOP = /[^]*?(?:[.!?…]+[\p{Pf}\p{Pe}"'»]*(?:\s+|$)|[。！？]+[\p{Pf}\p{Pe}]*|$)/gu;
const FALLBACK: Segmenter = {
  segment: (text) =>
    Array.from(text.matchAll(UP_TO_STOP), ([segment]) => ({ segment })).filter((s) => s.segment),
};
const segmenters = new Map<string, Segmenter>();

/** A sentence segmenter for `lang`, or for the default locale when `lang` is not a valid tag. */
function segmenterFor(lang = ''): Segmenter {
  if (typeof Intl.Segmenter !== 'function') return FALLBACK;
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    const options = { granularity: 'sentence' } as const;
    try {
      segmenter = new Intl.Segmenter(lang || undefined, options);
    } catch {
      segmenter = new Intl.Segmenter(undefined, options);
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
    const cut = paragraph.length - from > PIECE && CUT.exec(paragraph);
    const to = cut ? CUT.lastIndex : paragraph.length;
    for (const { segment } of segmenter.segment(paragraph.slice(from, to))) yield segment;
    from = to;
  }
}
