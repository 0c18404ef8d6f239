// Rewrites the README's element reference (the `<!-- api:… -->` blocks) from the built
// dist/custom-elements.json. Usage: npm run readme:api (builds first).
import { readFileSync, writeFileSync } from 'node:fs';
import { updateReadme } from '../build/readme-api.js';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const before = readFileSync('README.md', 'utf8');
const after = updateReadme(before, manifest);
writeFileSync('README.md', after);
console.log(before === after ? 'README.md: element reference already up to date.' : 'README.md: element reference rewritten from dist/custom-elements.json.');
