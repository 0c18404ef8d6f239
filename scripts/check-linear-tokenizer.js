// Checks that src/internal/markdown/linear-tokenizer.ts changes nothing marked renders, on every example of
// the CommonMark spec (../shared/eval/commonmark-spec.json, read at run time only).
//   node scripts/check-linear-tokenizer.js [spec.json]
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { Marked } from 'marked';

const specFile = process.argv[2] ?? '../shared/eval/commonmark-spec.json';
const spec = JSON.parse(readFileSync(specFile, 'utf8'));
// The module imports only types, so stripping them leaves plain JavaScript.
const source = readFileSync('src/internal/markdown/linear-tokenizer.ts', 'utf8');
const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
const { linearTokenizer } = await import(`data:text/javascript,${encodeURIComponent(outputText)}`);

const plain = new Marked({ gfm: true, async: false });
const linear = new Marked({ gfm: true, async: false, tokenizer: linearTokenizer });
const different = spec.filter((ex) => linear.parse(ex.markdown) !== plain.parse(ex.markdown));
for (const ex of different.slice(0, 10)) console.log(`example ${ex.example} (${ex.section}): ${JSON.stringify(ex.markdown)}`);
console.log(`${spec.length - different.length} of ${spec.length} CommonMark examples render the same with the linear tokenizer.`);
process.exit(different.length ? 1 : 0);
