/**
 * Tables that wrap their cells to measured widths and break across pages with the header row
 * repeated; a row taller than a page (a very long quote) is itself split between pages.
 */
import type { RichLine } from '../text/wrap-text';
import type { Color } from './canvas';
import type { Flow, Inline } from './flow';
import { COLORS, TYPE } from './theme';

export interface TableColumn {
  header: string;
  /** Relative width: columns share the table's width in proportion to these. */
  weight: number;
  align?: 'left' | 'right';
}

export interface TableSpec {
  columns: readonly TableColumn[];
  rows: readonly (readonly Inline[])[];
  size?: number;
  /** Left indent of the whole table. */
  indent?: number;
  /** Background per row (e.g. a speaker's colour wash), else light zebra stripes. */
  rowFill?: (index: number) => Color | null;
}

const PAD_X = 4;
const PAD_Y = 3;

/**
 * Draws a table at the flow's cursor.
 *
 * @example
 * table(flow, {
 *   columns: [{ header: 'Person', weight: 3 }, { header: 'Turns', weight: 1, align: 'right' }],
 *   rows: [['Zoë', '12'], ['Дмитрий', '7']],
 * });
 */
export function table(flow: Flow, spec: TableSpec): void {
  const size = spec.size ?? TYPE.small;
  const lineHeight = flow.lineHeight(size);
  const x0 = flow.left + (spec.indent ?? 0);
  const totalWidth = flow.width - (spec.indent ?? 0);
  const weightSum = spec.columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = fitHeaderWords(
    flow,
    spec.columns.map((c) => (totalWidth * c.weight) / weightSum),
    spec.columns.map((c) => c.header),
    size,
  );
  const xs = widths.map((_, i) => x0 + widths.slice(0, i).reduce((a, b) => a + b, 0));

  const headerLines = spec.columns.map((c, i) =>
    flow.wrap(c.header, widths[i]! - 2 * PAD_X, { size, bold: true, color: COLORS.muted }),
  );
  const headerHeight = Math.max(...headerLines.map((l) => l.length)) * lineHeight + 2 * PAD_Y;

  const drawHeader = (): void => {
    const top = flow.y;
    headerLines.forEach((lines, i) =>
      drawCell(flow, lines, xs[i]!, widths[i]!, top + PAD_Y, lineHeight, spec.columns[i]!.align),
    );
    flow.canvas.line(x0, top + headerHeight, x0 + totalWidth, top + headerHeight, { color: COLORS.faint, width: 0.6 });
    flow.y += headerHeight;
  };

  // The header and at least one line of the first row stay together.
  flow.ensure(headerHeight + lineHeight + 2 * PAD_Y);
  drawHeader();
  spec.rows.forEach((row, r) => {
    let cells = row.map((cell, i) => flow.wrap(cell, widths[i]! - 2 * PAD_X, { size }));
    const fill = spec.rowFill ? spec.rowFill(r) : r % 2 === 1 ? COLORS.panel : null;
    for (;;) {
      const lines = Math.max(1, ...cells.map((c) => c.length));
      const fullHeight = lines * lineHeight + 2 * PAD_Y;
      if (fullHeight > flow.remaining()) {
        const freshPageRoom = flow.pageContentHeight - headerHeight;
        // Split the row only when it could not fit even on a page of its own; otherwise move it whole.
        const fitsHere = Math.floor((flow.remaining() - 2 * PAD_Y) / lineHeight);
        if (fullHeight <= freshPageRoom || fitsHere < 2) {
          flow.newPage();
          drawHeader();
          if (fullHeight <= flow.remaining()) continue;
        }
        const take = Math.max(1, Math.floor((flow.remaining() - 2 * PAD_Y) / lineHeight));
        drawRow(
          flow,
          cells.map((c) => c.slice(0, take)),
          take,
          fill,
        );
        cells = cells.map((c) => c.slice(take));
        flow.newPage();
        drawHeader();
        continue;
      }
      drawRow(flow, cells, lines, fill);
      break;
    }
  });
  flow.gap(lineHeight * 0.6);

  function drawRow(f: Flow, cells: RichLine[][], lines: number, rowFill: Color | null): void {
    const height = lines * lineHeight + 2 * PAD_Y;
    if (rowFill) f.canvas.rect(x0, f.y, totalWidth, height, { fill: rowFill });
    cells.forEach((c, i) => drawCell(f, c, xs[i]!, widths[i]!, f.y + PAD_Y, lineHeight, spec.columns[i]!.align));
    f.y += height;
  }
}

function drawCell(
  flow: Flow,
  lines: RichLine[],
  x: number,
  width: number,
  top: number,
  lineHeight: number,
  align: 'left' | 'right' = 'left',
): void {
  lines.forEach((line, i) => {
    const lx = align === 'right' ? x + width - PAD_X - line.width : x + PAD_X;
    flow.drawLine(line, lx, top + i * lineHeight);
  });
}

/**
 * Widens columns whose header has a word longer than the column ("Politeness" in a narrow
 * number column), taking the room from columns with slack, so headers wrap between words only.
 */
function fitHeaderWords(flow: Flow, widths: number[], headers: readonly string[], size: number): number[] {
  const needed = headers.map(
    (h) => Math.max(0, ...h.split(/\s+/).map((w) => flow.fonts.bold.widthOfTextAtSize(w, size))) + 2 * PAD_X + 1,
  );
  const out = [...widths];
  const deficit = out.reduce((sum, w, i) => sum + Math.max(0, needed[i]! - w), 0);
  if (deficit <= 0) return out;
  const slack = out.map((w, i) => Math.max(0, w - needed[i]!));
  const totalSlack = slack.reduce((a, b) => a + b, 0);
  if (totalSlack <= 0) return out;
  // The sum stays the same: what the narrow columns gain, the wide ones give (as far as they can).
  const take = Math.min(1, deficit / totalSlack);
  const grow = Math.min(1, totalSlack / deficit);
  return out.map((w, i) => (needed[i]! > w ? w + (needed[i]! - w) * grow : w - slack[i]! * take));
}
