/**
 * The shape every evaluation section returns, and the printer that turns sections into the
 * plain-text report `npm run eval` shows.
 */

export interface EvalTable {
  columns: string[];
  rows: Array<Array<string | number | null>>;
}

export interface EvalSection {
  title: string;
  tables: EvalTable[];
  /** Plain-language notes: what was measured, caveats, targets met or missed. */
  notes: string[];
  /** The section's own verdict on its headline target, printed in its notes. */
  targetsMet?: boolean;
  /** Named numbers the targets in test/eval/targets.ts are checked against. */
  measurements?: Record<string, number>;
}

/**
 * Formats a table with aligned columns.
 *
 * @example
 * formatTable({ columns: ['file', 'ok'], rows: [['a.vtt', 'ok']] })
 * // => 'file   ok\n-----  --\na.vtt  ok'
 */
export function formatTable(table: EvalTable): string {
  const cells = [
    table.columns,
    ...table.rows.map((r) => r.map((c) => (c === null ? '-' : typeof c === 'number' ? formatNumber(c) : c))),
  ];
  const widths = table.columns.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  const line = (r: Array<string | number>) =>
    r
      .map((c, i) => String(c ?? '').padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** Prints a section: title, tables, notes. */
export function formatSection(section: EvalSection): string {
  return [
    `## ${section.title}`,
    '',
    ...section.tables.flatMap((t) => [formatTable(t), '']),
    ...section.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(3);
}
