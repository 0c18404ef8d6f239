// The one table `npm run bench` prints, grouped by section; with a baseline, a column
// comparing each row to it.

function fmt(value, unit) {
  if (value == null || Number.isNaN(value)) return '';
  const digits = unit === 'MB' ? 2 : unit === '×' ? 1 : Math.abs(value) < 10 ? 2 : Math.abs(value) < 100 ? 1 : 0;
  return `${value.toFixed(digits)} ${unit}`;
}

/** The number a row is compared by: its CPU time or size, else its wall-clock time. */
export const key = (row) => row.value ?? row.wall;

/** This row against the same row of a baseline: a ratio, or a difference for values near 0. */
export function versus(row, base) {
  if (!base || key(base) == null || key(row) == null) return '';
  if (row.unit === 'MB' || Math.abs(key(base)) < 1e-9 || row.id.startsWith('memory.')) {
    const d = key(row) - key(base);
    return `${d >= 0 ? '+' : ''}${fmt(d, row.unit)}`;
  }
  return `${(key(row) / key(base)).toFixed(2)}×`;
}

function wall(row) {
  if (row.wall == null) return '';
  if (row.floorWall == null) return fmt(row.wall, row.unit);
  return `${fmt(row.wall, row.unit)} / ${fmt(row.floorWall, row.unit)} = ${row.wallRatio.toFixed(2)}`;
}

export function printTable(rows, { baseline } = {}) {
  const byId = new Map((baseline?.rows ?? []).map((r) => [r.id, r]));
  const head = ['', 'ours', 'floor', 'ratio', 'target', '', 'wall clock (ours / floor = ratio)', ...(baseline ? ['vs base'] : []), 'note'];
  const lines = [];
  let section;
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      lines.push([section]);
    }
    lines.push([
      `  ${row.label}`,
      fmt(row.value, row.unit),
      fmt(row.floor, row.unit),
      row.ratio == null ? '' : row.ratio.toFixed(2),
      row.target ?? '',
      row.met == null ? '' : row.met ? 'met' : 'MISSED',
      wall(row),
      ...(baseline ? [versus(row, byId.get(row.id))] : []),
      row.note ?? '',
    ]);
  }
  const widths = head.map((h, i) =>
    Math.max(h.length, ...lines.filter((l) => l.length > 1).map((l) => String(l[i]).length)),
  );
  const right = new Set([1, 2, 3]);
  const render = (cells) =>
    cells
      .map((c, i) => (right.has(i) ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(render(head));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const line of lines) console.log(line.length === 1 ? line[0] : render(line));
}
