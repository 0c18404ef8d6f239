// Adversarial texts for the summarizer's worst case (issue #13): shapes that once made sentence
// joining quadratic, and other shapes with no usable sentence boundary. Each is built to size.
const repeat = (unit, times) => unit.repeat(times);

/** name → text. Sizes follow the issue: "U.S. " ×32k is 160 KB. */
export const ADVERSARIAL = {
  '"U.S. " ×32k': () => repeat('U.S. ', 32000),
  '"U.S. " ×100k': () => repeat('U.S. ', 100000),
  '"A. " ×48k': () => repeat('A. ', 48000),
  '"J. R. R. Tolkien and " ×8k': () => repeat('J. R. R. Tolkien and ', 8000),
  '"Mr. " ×40k': () => repeat('Mr. ', 40000),
  'digits with dots ×20k': () => repeat('1.2.3.4. ', 20000),
  'ellipses ×40k': () => repeat('and then… ', 40000),
  'quotes ×30k': () => repeat('"Why?" she asked. ', 30000).replace(/asked\. /g, 'asked '),
  'no punctuation, 200 KB': () => repeat('word ', 40000),
  'one 200 KB word': () => repeat('x', 200000),
  'CJK without punctuation, 100k chars': () => repeat('市议会批准了图书馆计划', 9091),
  'Thai ๆ, 100 KB': () => repeat('เด็กๆ เล่นอยู่บนสนาม ', 5000),
};
