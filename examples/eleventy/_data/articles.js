// Every article in ../articles/ (markdown with front matter, or JSON): its slug, page URL (`base`), source text
// (renderArticle reads both formats, with the same validation as the element) and its title.
import { readdir, readFile } from 'node:fs/promises';
import { parseArticle } from 'news-article-elements';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../articles/', import.meta.url));
/** Where the site is published: each article's page URL is its base for relative links. */
const SITE = 'https://news.example.org';

export default async function () {
  const files = (await readdir(dir)).filter((f) => ['.md', '.json'].includes(extname(f))).sort();
  return Promise.all(
    files.map(async (file) => {
      const format = extname(file) === '.json' ? 'json' : 'markdown';
      const source = await readFile(join(dir, file), 'utf8');
      const slug = basename(file, extname(file));
      const base = `${SITE}/news/${slug}/`;
      // A bad article stops the build with the error parseArticle gives (what and where).
      const { title } = parseArticle(source, { format, base });
      return { slug, format, source, title, base };
    }),
  );
}
