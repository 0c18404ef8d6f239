// Bytes of a minified bundle per original source file, read from its source map: each generated
// segment's bytes (up to the next segment) count for the source it maps to.
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function bytesPerSource(code, map) {
  const totals = new Map();
  const lines = code.split('\n');
  let source = 0;
  map.mappings.split(';').forEach((line, index) => {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',').filter(Boolean)) {
      const values = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = BASE64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = shift = 0;
        }
      }
      column += values[0];
      if (values.length > 1) source += values[1];
      segments.push([column, values.length > 1 ? map.sources[source] : '(unmapped)']);
    }
    const length = (lines[index] ?? '').length;
    segments.forEach(([start, name], i) => {
      const end = i + 1 < segments.length ? segments[i + 1][0] : length;
      totals.set(name, (totals.get(name) ?? 0) + end - start);
    });
  });
  return totals;
}
