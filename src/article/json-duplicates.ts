/** A key that appears twice in one JSON object: its path (`prev.url`) and where the second one starts. */
export interface DuplicateKey {
  path: string;
  offset: number;
}

// The tokens of valid JSON: a string, a bracket or separator, or a number or literal.
const TOKEN = /\s*(?:("(?:[^"\\]|\\.)*")|([{}[\]:,])|[^\s{}[\]:,"]+)/y;

interface Open {
  /** `{` or `[`. */
  bracket: string;
  path: string;
  keys: Set<string>;
  /** The object's current key, or the list's current index. */
  at: string | number;
  wantKey: boolean;
}

/**
 * The first duplicate key in `text`, which must be valid JSON (JSON.parse keeps the last value
 * silently, and a reviver never sees the first one); undefined when every key is unique.
 */
export function findDuplicateKey(text: string): DuplicateKey | undefined {
  const open: Open[] = [];
  TOKEN.lastIndex = 0;
  for (let m; TOKEN.lastIndex < text.length && (m = TOKEN.exec(text)); ) {
    const top = open.at(-1);
    const [token, string, mark] = m;
    if (string && top?.wantKey) {
      const key = JSON.parse(string) as string;
      const path = top.path ? `${top.path}.${key}` : key;
      if (top.keys.has(key)) return { path, offset: TOKEN.lastIndex - string.length };
      top.keys.add(key);
      top.at = key;
      top.wantKey = false;
    } else if (mark === '{' || mark === '[') {
      const path = !top ? '' : top.bracket === '[' ? `${top.path}[${top.at}]` : top.path ? `${top.path}.${top.at}` : `${top.at}`;
      open.push({ bracket: mark, path, keys: new Set(), at: 0, wantKey: mark === '{' });
    } else if (mark === '}' || mark === ']') {
      open.pop();
    } else if (mark === ',' && top) {
      if (top.bracket === '{') top.wantKey = true;
      else top.at = +top.at + 1;
    }
    if (!token) break;
  }
  return undefined;
}
