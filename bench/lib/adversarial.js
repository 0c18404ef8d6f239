// Adversarial texts for the summarizer's worst case (issue #13): shapes that once made sentence
// joining quadratic ("U.S. " ×32k took 4–8 s), and other shapes with no usable sentence boundary.
const repeat = (unit, times) => unit.repeat(times);

/** name → a function that builds the text. The first four are the issue's; "U.S. " ×32k is 160 KB. */
export const ADVERSARIAL = {
  '"U.S. " ×32k': () => repeat('U.S. ', 32000),
  '"U.S. " ×100k': () => repeat('U.S. ', 100000),
  '"A. " ×48k': () => repeat('A. ', 48000),
  '"J. R. R. Tolkien and " ×8k': () => repeat('J. R. R. Tolkien and ', 8000),
  '"Mr. " ×40k': () => repeat('Mr. ', 40000),
  'digits with dots ×20k': () => repeat('1.2.3.4. ', 20000),
  'ellipses ×16k': () => repeat('and then… ', 16000),
  'quoted questions ×9k': () => repeat('"Why?" she asked ', 9000),
  'no punctuation, 200 KB': () => repeat('word ', 40000),
  'one 200 KB word': () => repeat('x', 200000),
  'CJK without punctuation, 100k chars': () => repeat('市议会批准了图书馆计划', 9091),
  'Thai ๆ, 100 KB': () => repeat('เด็กๆ เล่นอยู่บนสนาม ', 5000),
};
