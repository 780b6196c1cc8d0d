/**
 * Drawing on one page in top-down coordinates (y grows downwards from the page's top edge, as on
 * paper), with every drawn thing's bounding box optionally recorded so that tests can prove that
 * nothing leaves the page or overlaps.
 *
 * The canvas writes PDF content-stream operators as text itself instead of through pdf-lib's
 * drawing methods: pdf-lib builds an object per operator and number and compresses with a
 * JavaScript deflate, which together took more than half of a report's render time. Here each
 * page is one string, compressed by the runtime's native CompressionStream (see `finishPages`).
 */
import { PDFName, rgb, type PDFContext, type PDFPage, type RGB } from 'pdf-lib';
import type { ReportFont } from '../text/report-font';
import { deflate } from './deflate';

/** Where a box belongs: content must stay in the content area, header/footer in the margins. */
export type BoxZone = 'content' | 'header' | 'footer';

export interface DrawnBox {
  /** 0-based page index. */
  page: number;
  kind: 'text' | 'rect' | 'line' | 'path';
  zone: BoxZone;
  /** Top-left corner and size in points, top-down coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The string, for text boxes. */
  text?: string;
}

/**
 * Collects every box drawn (test mode). Rendering without a recorder records nothing and costs nothing.
 *
 * @example
 * const recorder = new DrawRecorder();
 * new Canvas(page, 0, recorder).rect(50, 60, 10, 10, { fill: COLORS.ink });
 * recorder.boxes // => [{ page: 0, kind: 'rect', zone: 'content', x: 50, y: 60, width: 10, height: 10 }]
 */
export class DrawRecorder {
  readonly boxes: DrawnBox[] = [];
  add(box: DrawnBox): void {
    this.boxes.push(box);
  }
}

export type Color = RGB;

/**
 * A colour from `#rrggbb`.
 *
 * @example
 * hex('#2f6fde') // => rgb(0.184, 0.435, 0.871)
 */
export function hex(value: string): Color {
  const n = Number.parseInt(value.slice(1), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

export interface TextOptions {
  font: ReportFont;
  size: number;
  color?: Color;
}

export interface ShapeOptions {
  fill?: Color;
  stroke?: Color;
  strokeWidth?: number;
  dash?: number[];
}

type Point = readonly [number, number];

/**
 * One page to draw on.
 *
 * @example
 * const canvas = new Canvas(doc.addPage([595.28, 841.89]), 0, recorder);
 * canvas.text('Participation', 50, 60, { font: fonts.bold, size: 14 });
 * canvas.rect(50, 80, 120, 10, { fill: hex('#2f6fde') });
 */
export class Canvas {
  /** Boxes drawn from now on belong to this zone (the flow switches it for headers and footers). */
  zone: BoxZone = 'content';
  private readonly fontsUsed = new Set<string>();
  /** Content-stream operators, one drawing per entry. */
  private readonly ops: string[] = [];
  readonly width: number;
  readonly height: number;

  constructor(
    readonly page: PDFPage,
    readonly index: number,
    private readonly recorder: DrawRecorder | null,
  ) {
    this.width = page.getWidth();
    this.height = page.getHeight();
  }

  /** Draws one line of already fitted text with the top of its line box at `top`; returns its width. */
  text(value: string, x: number, top: number, options: TextOptions): number {
    const { font, size } = options;
    const width = font.widthOfTextAtSize(value, size);
    if (value !== '') {
      this.useFont(font);
      const baseline = this.height - top - font.heightAtSize(size, { descender: false });
      this.ops.push(
        `BT /${font.key} ${num(size)} Tf ${fillColor(options.color)} 1 0 0 1 ${num(x)} ${num(baseline)} Tm <${font.encode(value)}> Tj ET`,
      );
    }
    this.record({ kind: 'text', x, y: top, width, height: font.heightAtSize(size), text: value });
    return width;
  }

  rect(x: number, y: number, width: number, height: number, options: ShapeOptions): void {
    const path = `${num(x)} ${num(this.height - y - height)} ${num(width)} ${num(height)} re`;
    this.ops.push(`q ${this.paint(path, options)} Q`);
    this.record({ kind: 'rect', x, y, width, height });
  }

  line(
    x1: number,
    y1: number,
    x2: number,
    y2: number,
    options: { color: Color; width?: number; dash?: number[] },
  ): void {
    const thickness = options.width ?? 0.5;
    const path = `${num(x1)} ${num(this.height - y1)} m ${num(x2)} ${num(this.height - y2)} l`;
    this.ops.push(`q ${this.paint(path, { stroke: options.color, strokeWidth: thickness, dash: options.dash })} Q`);
    const half = thickness / 2;
    const vertical = x1 === x2;
    const horizontal = y1 === y2;
    this.record({
      kind: 'line',
      x: Math.min(x1, x2) - (horizontal ? 0 : half),
      y: Math.min(y1, y2) - (vertical ? 0 : half),
      width: Math.abs(x2 - x1) + (horizontal ? 0 : thickness),
      height: Math.abs(y2 - y1) + (vertical ? 0 : thickness),
    });
  }

  /** A polyline (or, with `close`, a polygon) through points in page coordinates, as one path. */
  path(points: readonly Point[], options: ShapeOptions & { close?: boolean }): void {
    if (points.length < 2) return;
    const path = this.polygon(points) + (options.close ? ' h' : '');
    this.ops.push(`q ${this.paint(path, options)} Q`);
    const box = bounds(points);
    const pad = options.stroke && !options.fill ? (options.strokeWidth ?? 1) / 2 : 0;
    this.record({
      kind: 'path',
      x: box.x - pad,
      y: box.y - pad,
      width: box.width + 2 * pad,
      height: box.height + 2 * pad,
    });
  }

  /** Many same-coloured rectangles as one filled path: the swimlane's thousands of utterances. */
  rects(boxes: ReadonlyArray<{ x: number; y: number; width: number; height: number }>, color: Color): void {
    if (boxes.length === 0) return;
    const path = boxes
      .map((b) => `${num(b.x)} ${num(this.height - b.y - b.height)} ${num(b.width)} ${num(b.height)} re`)
      .join(' ');
    this.ops.push(`q ${fillColor(color)} ${path} f Q`);
    for (const b of boxes) this.record({ kind: 'rect', ...b });
  }

  /** Many same-coloured closed polygons (chart markers) as one filled path. */
  polygons(shapes: ReadonlyArray<readonly Point[]>, color: Color): void {
    const drawn = shapes.filter((s) => s.length >= 3);
    if (drawn.length === 0) return;
    this.ops.push(`q ${fillColor(color)} ${drawn.map((s) => `${this.polygon(s)} h`).join(' ')} f Q`);
    for (const s of drawn) this.record({ kind: 'path', ...bounds(s) });
  }

  /** The page's content stream, as written so far. */
  contents(): string {
    return this.ops.join('\n');
  }

  private polygon(points: readonly Point[]): string {
    return points.map(([px, py], i) => `${num(px)} ${num(this.height - py)} ${i === 0 ? 'm' : 'l'}`).join(' ');
  }

  /** Colour, width and dash state, then the path, then fill, stroke or both. */
  private paint(path: string, options: ShapeOptions): string {
    const state: string[] = [];
    if (options.fill) state.push(fillColor(options.fill));
    if (options.stroke) state.push(strokeColor(options.stroke), `${num(options.strokeWidth ?? 0.5)} w`);
    if (options.dash) state.push(`[${options.dash.map(num).join(' ')}] 0 d`);
    const operator = options.fill && options.stroke ? 'B' : options.fill ? 'f' : 'S';
    return `${state.join(' ')} ${path} ${operator}`;
  }

  /** Puts the font in this page's resources the first time the page uses it. */
  private useFont(font: ReportFont): void {
    if (this.fontsUsed.has(font.key)) return;
    this.page.node.setFontDictionary(PDFName.of(font.key), font.ref);
    this.fontsUsed.add(font.key);
  }

  private record(box: Omit<DrawnBox, 'page' | 'zone'>): void {
    this.recorder?.add({ page: this.index, zone: this.zone, ...box });
  }
}

/**
 * Compresses each page's content stream (natively, see deflate.ts) and attaches it to its page.
 *
 * @example
 * await finishPages(doc.context, flow.pages);
 */
export async function finishPages(context: PDFContext, canvases: readonly Canvas[]): Promise<void> {
  const packed = await Promise.all(canvases.map((canvas) => deflate(new TextEncoder().encode(canvas.contents()))));
  // Registered in page order, not in the order compression finishes: same input, same bytes.
  canvases.forEach((canvas, i) =>
    canvas.page.node.addContentStream(context.register(context.stream(packed[i]!, { Filter: 'FlateDecode' }))),
  );
}

/** Two decimals are a hundredth of a point: invisible, and shorter content streams. */
function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function fillColor(color: Color | undefined): string {
  const c = color ?? rgb(0, 0, 0);
  return `${channel(c.red)} ${channel(c.green)} ${channel(c.blue)} rg`;
}

function strokeColor(c: Color): string {
  return `${channel(c.red)} ${channel(c.green)} ${channel(c.blue)} RG`;
}

function channel(v: number): string {
  return String(Math.round(v * 1000) / 1000);
}

function bounds(points: readonly Point[]): { x: number; y: number; width: number; height: number } {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [px, py] of points) {
    minX = Math.min(minX, px);
    maxX = Math.max(maxX, px);
    minY = Math.min(minY, py);
    maxY = Math.max(maxY, py);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
