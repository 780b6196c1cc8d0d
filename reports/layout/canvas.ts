/**
 * Drawing on one page in top-down coordinates (y grows downwards from the page's top edge, as on
 * paper), with every drawn thing's bounding box optionally recorded so that tests can prove that
 * nothing leaves the page or overlaps.
 */
import { beginText, closePath, endText, fill, LineCapStyle, lineTo, moveTo, PDFName, popGraphicsState, pushGraphicsState, rectangle, rgb, setDashPattern, setFillingColor, setFontAndSize, setLineWidth, setStrokingColor, setTextMatrix, showText, stroke, type PDFOperator, type PDFPage, type RGB } from 'pdf-lib';
import type { ReportFont } from '../text/report-font';

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

/** Collects every box drawn (test mode). Rendering without a recorder records nothing and costs nothing. */
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
  opacity?: number;
  dash?: number[];
}

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

  constructor(
    readonly page: PDFPage,
    readonly index: number,
    private readonly recorder: DrawRecorder | null,
  ) {}

  get width(): number {
    return this.page.getWidth();
  }

  get height(): number {
    return this.page.getHeight();
  }

  /** Draws one line of already fitted text with the top of its line box at `top`; returns its width. */
  text(value: string, x: number, top: number, options: TextOptions): number {
    const { font, size } = options;
    const ascent = font.heightAtSize(size, { descender: false });
    const width = font.widthOfTextAtSize(value, size);
    if (value !== '') {
      this.useFont(font);
      this.page.pushOperators(
        pushGraphicsState(),
        beginText(),
        setFontAndSize(font.key, size),
        setFillingColor(options.color ?? rgb(0, 0, 0)),
        setTextMatrix(1, 0, 0, 1, round(x), round(this.height - top - ascent)),
        showText(font.encode(value)),
        endText(),
        popGraphicsState(),
      );
    }
    this.record({ kind: 'text', x, y: top, width, height: font.heightAtSize(size), text: value });
    return width;
  }

  rect(x: number, y: number, width: number, height: number, options: ShapeOptions): void {
    this.page.drawRectangle({
      x,
      y: this.height - y - height,
      width,
      height,
      color: options.fill,
      borderColor: options.stroke,
      borderWidth: options.stroke ? (options.strokeWidth ?? 0.5) : 0,
      opacity: options.opacity,
      borderOpacity: options.opacity,
      borderDashArray: options.dash,
    });
    this.record({ kind: 'rect', x, y, width, height });
  }

  line(x1: number, y1: number, x2: number, y2: number, options: { color: Color; width?: number; dash?: number[] }): void {
    const thickness = options.width ?? 0.5;
    this.page.drawLine({
      start: { x: x1, y: this.height - y1 },
      end: { x: x2, y: this.height - y2 },
      thickness,
      color: options.color,
      dashArray: options.dash,
      lineCap: LineCapStyle.Butt,
    });
    const half = thickness / 2;
    this.record({ kind: 'line', x: Math.min(x1, x2) - (y1 === y2 ? 0 : half), y: Math.min(y1, y2) - (x1 === x2 ? 0 : half), width: Math.abs(x2 - x1) + (y1 === y2 ? 0 : thickness), height: Math.abs(y2 - y1) + (x1 === x2 ? 0 : thickness) });
  }

  /**
   * A polyline or polygon through points in page coordinates, as one path (a 5,000-point line is
   * one path, not thousands of shapes). Written as raw path operators: pdf-lib's SVG route parses
   * a string per call and dominated the time of a long timeline.
   */
  path(points: ReadonlyArray<readonly [number, number]>, options: Omit<ShapeOptions, 'opacity'> & { close?: boolean }): void {
    if (points.length < 2) return;
    const ops: PDFOperator[] = [pushGraphicsState()];
    if (options.fill) ops.push(setFillingColor(options.fill));
    if (options.stroke) ops.push(setStrokingColor(options.stroke), setLineWidth(options.strokeWidth ?? 1), setDashPattern(options.dash ?? [], 0));
    this.pushPolygon(ops, points);
    if (options.close) ops.push(closePath());
    ops.push(options.fill ? fill() : stroke(), popGraphicsState());
    this.page.pushOperators(...ops);
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [px, py] of points) {
      minX = Math.min(minX, px);
      maxX = Math.max(maxX, px);
      minY = Math.min(minY, py);
      maxY = Math.max(maxY, py);
    }
    const pad = options.stroke && !options.fill ? (options.strokeWidth ?? 1) / 2 : 0;
    this.record({ kind: 'path', x: minX - pad, y: minY - pad, width: maxX - minX + 2 * pad, height: maxY - minY + 2 * pad });
  }

  /** Many same-coloured rectangles as one filled path: the swimlane's thousands of utterances. */
  rects(boxes: ReadonlyArray<{ x: number; y: number; width: number; height: number }>, color: Color): void {
    if (boxes.length === 0) return;
    const ops: PDFOperator[] = [pushGraphicsState(), setFillingColor(color)];
    for (const b of boxes) ops.push(rectangle(round(b.x), round(this.height - b.y - b.height), round(b.width), round(b.height)));
    ops.push(fill(), popGraphicsState());
    this.page.pushOperators(...ops);
    for (const b of boxes) this.record({ kind: 'rect', ...b });
  }

  /** Many same-coloured closed polygons (chart markers) as one filled path. */
  polygons(shapes: ReadonlyArray<ReadonlyArray<readonly [number, number]>>, color: Color): void {
    const drawn = shapes.filter((s) => s.length >= 3);
    if (drawn.length === 0) return;
    const ops: PDFOperator[] = [pushGraphicsState(), setFillingColor(color)];
    for (const shape of drawn) {
      this.pushPolygon(ops, shape);
      ops.push(closePath());
    }
    ops.push(fill(), popGraphicsState());
    this.page.pushOperators(...ops);
    for (const shape of drawn) {
      const xs = shape.map((p) => p[0]);
      const ys = shape.map((p) => p[1]);
      this.record({ kind: 'path', x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) });
    }
  }

  private pushPolygon(ops: PDFOperator[], points: ReadonlyArray<readonly [number, number]>): void {
    points.forEach(([px, py], i) => ops.push(i === 0 ? moveTo(round(px), round(this.height - py)) : lineTo(round(px), round(this.height - py))));
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

/** Two decimals are a hundredth of a point: invisible, and shorter content streams. */
function round(n: number): number {
  return Math.round(n * 100) / 100;
}
