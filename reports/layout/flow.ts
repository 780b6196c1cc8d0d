/**
 * The layout engine: a cursor flowing down A4 pages inside the margins. Every block asks for its
 * height first and moves to a new page when it does not fit, so nothing is drawn past the bottom
 * margin; text is wrapped to measured widths, so nothing is drawn past the right one.
 */
import type { PDFDocument } from 'pdf-lib';
import type { ReportFonts } from '../text/embed-fonts';
import { fitTextToFont } from '../text/fit-text';
import { truncateToWidth, wrapRuns, type RichLine, type Run } from '../text/wrap-text';
import { Canvas, type Color, type DrawRecorder } from './canvas';
import { COLORS, PAGE, TYPE } from './theme';

/** Wrapped paragraphs remembered across reports; cleared when full (a Worker isolate is small). */
const WRAP_CACHE = new Map<string, RichLine[]>();
const WRAP_CACHE_LIMIT = 4000;

/** A stretch of text as sections write it: fonts are the flow's business. */
export interface Segment {
  text: string;
  bold?: boolean;
  color?: Color;
  size?: number;
}

/** Plain text, or styled segments (`[{ text: 'Ana', bold: true }, { text: ' asked 12 questions' }]`). */
export type Inline = string | readonly Segment[];

export interface TextBlockOptions {
  size?: number;
  bold?: boolean;
  color?: Color;
  /** Extra left indent in points. */
  indent?: number;
  /** Space after the block in points (default: half a line). */
  after?: number;
  /** Narrower than the content width (for text beside a chart). */
  maxWidth?: number;
}

/** A rectangle on the current page, top-down coordinates. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Lays out a report page by page.
 *
 * @example
 * const flow = new Flow(doc, fonts, recorder);
 * flow.startSection('Participation');
 * flow.heading('Participation', 1);
 * flow.paragraph([{ text: 'Ana', bold: true }, { text: ' spoke 42% of the words.' }]);
 * flow.finish('Team sync, 3 March');
 */
export class Flow {
  readonly pages: Canvas[] = [];
  /** The section each page belongs to (for the running header). */
  private readonly pageSections: string[] = [];
  private section = '';
  /** Cursor: the top of the next block, in points from the paper's top edge. */
  y: number = PAGE.margin.top;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: ReportFonts,
    private readonly recorder: DrawRecorder | null = null,
  ) {}

  get canvas(): Canvas {
    if (this.pages.length === 0) this.newPage();
    return this.pages[this.pages.length - 1]!;
  }

  readonly left = PAGE.margin.left;
  readonly right = PAGE.width - PAGE.margin.right;
  readonly top = PAGE.margin.top;
  readonly bottom = PAGE.height - PAGE.margin.bottom;
  readonly width = PAGE.width - PAGE.margin.left - PAGE.margin.right;
  /** The tallest block a page can hold. */
  readonly pageContentHeight = PAGE.height - PAGE.margin.top - PAGE.margin.bottom;

  /**
   * Starts a section; its name runs in the header of the pages it begins on. A section starts on
   * a fresh page when asked to, or when less than `minSpace` points are left on this one.
   */
  startSection(name: string, options: { newPage?: boolean; minSpace?: number } = {}): void {
    this.section = name;
    const fresh =
      this.pages.length === 0 ||
      options.newPage === true ||
      this.remaining() < (options.minSpace ?? this.pageContentHeight / 3);
    if (fresh && !this.atPageTop()) this.newPage();
    else if (this.pages.length === 0) this.newPage();
    if (this.atPageTop()) this.pageSections[this.pages.length - 1] = name;
  }

  newPage(): void {
    const page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.pages.push(new Canvas(page, this.pages.length, this.recorder));
    this.pageSections.push(this.section);
    this.y = this.top;
  }

  remaining(): number {
    return this.bottom - this.y;
  }

  atPageTop(): boolean {
    return this.y <= this.top;
  }

  /** Moves to a new page unless `height` points fit below the cursor (or we are at a page's top already). */
  ensure(height: number): void {
    if (this.pages.length === 0) this.newPage();
    if (height > this.remaining() && !this.atPageTop()) this.newPage();
  }

  /** Vertical space; swallowed at the top of a page. */
  gap(height: number): void {
    if (this.atPageTop()) return;
    if (this.y + height >= this.bottom) this.newPage();
    else this.y += height;
  }

  lineHeight(size: number = TYPE.body): number {
    return size * TYPE.leading;
  }

  /** Turns segments into measured runs, fitting every string to its font. */
  runs(inline: Inline, options: TextBlockOptions = {}): Run[] {
    const segments = typeof inline === 'string' ? [{ text: inline }] : inline;
    return segments.map((s) => {
      const font = (s.bold ?? options.bold) ? this.fonts.bold : this.fonts.regular;
      return {
        text: fitTextToFont(s.text, font),
        font,
        size: s.size ?? options.size ?? TYPE.body,
        color: s.color ?? options.color ?? COLORS.ink,
      };
    });
  }

  /** Wrapped lines of `inline` for a given width, without drawing (tables and cards measure first). */
  wrap(inline: Inline, maxWidth: number, options: TextBlockOptions = {}): RichLine[] {
    const runs = this.runs(inline, options);
    // The appendix and the fixed sentences are the same in every report: their line breaks are
    // remembered per process (keyed by text, style and width), with fonts swapped per document.
    const key = `${maxWidth.toFixed(2)}\u0000${runs.map((r) => `${r.font.key}|${r.size}|${r.color ? `${r.color.red},${r.color.green},${r.color.blue}` : ''}|${r.text}`).join('\u0001')}`;
    const cached = WRAP_CACHE.get(key);
    if (cached)
      return cached.map((line) => ({
        width: line.width,
        runs: line.runs.map((r) => ({ ...r, font: this.fontByKey(r.font.key) })),
      }));
    const lines = wrapRuns(runs, maxWidth);
    if (WRAP_CACHE.size >= WRAP_CACHE_LIMIT) WRAP_CACHE.clear();
    WRAP_CACHE.set(key, lines);
    return lines;
  }

  private fontByKey(key: string) {
    return key === this.fonts.bold.key ? this.fonts.bold : this.fonts.regular;
  }

  /** Draws one wrapped line at (x, top). */
  drawLine(line: RichLine, x: number, top: number, canvas: Canvas = this.canvas): void {
    let cursor = x;
    for (const run of line.runs)
      cursor += canvas.text(run.text, cursor, top, { font: run.font, size: run.size, color: run.color });
  }

  /** The height `paragraph` would take (without the space after it), to keep blocks together. */
  paragraphHeight(inline: Inline, options: TextBlockOptions = {}): number {
    const size = this.lineSize(inline, options);
    return (
      this.wrap(inline, (options.maxWidth ?? this.width) - (options.indent ?? 0), options).length *
      this.lineHeight(size)
    );
  }

  /** A paragraph, wrapped and broken across pages line by line. */
  paragraph(inline: Inline, options: TextBlockOptions = {}): void {
    const size = this.lineSize(inline, options);
    const indent = options.indent ?? 0;
    const lineHeight = this.lineHeight(size);
    const lines = this.wrap(inline, (options.maxWidth ?? this.width) - indent, options);
    for (const line of lines) {
      this.ensure(lineHeight);
      this.drawLine(line, this.left + indent, this.y);
      this.y += lineHeight;
    }
    this.gap(options.after ?? lineHeight * 0.4);
  }

  /** Lines are as tall as the largest text in them. */
  private lineSize(inline: Inline, options: TextBlockOptions): number {
    return typeof inline === 'string'
      ? (options.size ?? TYPE.body)
      : Math.max(options.size ?? TYPE.body, ...inline.map((s) => s.size ?? 0));
  }

  /** A heading kept together with at least the first lines of what follows it. */
  heading(text: string, level: 1 | 2 | 3): void {
    const size = level === 1 ? TYPE.h1 : level === 2 ? TYPE.h2 : TYPE.h3;
    const lines = this.wrap(text, this.width, { bold: true, size, color: level === 1 ? COLORS.accent : COLORS.ink });
    const height = lines.length * this.lineHeight(size);
    if (!this.atPageTop()) this.gap(level === 1 ? 10 : 8);
    this.ensure(height + 60);
    for (const line of lines) {
      this.drawLine(line, this.left, this.y);
      this.y += this.lineHeight(size);
    }
    if (level === 1) {
      this.canvas.line(this.left, this.y + 1, this.right, this.y + 1, { color: COLORS.rule, width: 0.75 });
      this.y += 8;
    } else {
      this.y += 3;
    }
  }

  /** A bulleted list; each item wraps under its own text, not under the bullet. */
  bullets(items: readonly Inline[], options: TextBlockOptions = {}): void {
    const size = options.size ?? TYPE.body;
    const indent = (options.indent ?? 0) + 12;
    for (const item of items) {
      const lineHeight = this.lineHeight(
        typeof item === 'string' ? size : Math.max(size, ...item.map((s) => s.size ?? 0)),
      );
      const lines = this.wrap(item, (options.maxWidth ?? this.width) - indent, options);
      lines.forEach((line, i) => {
        this.ensure(lineHeight);
        if (i === 0)
          this.canvas.text('•', this.left + indent - 9, this.y, {
            font: this.fonts.regular,
            size,
            color: COLORS.muted,
          });
        this.drawLine(line, this.left + indent, this.y);
        this.y += lineHeight;
      });
      this.y += this.lineHeight(size) * 0.2;
    }
    this.gap(options.after ?? this.lineHeight(size) * 0.3);
  }

  /**
   * Reserves `height` points (on a new page if needed) and lets `draw` fill them. Blocks taller than
   * a page are clamped to one page: charts that can grow use `rows` instead.
   */
  block(height: number, draw: (canvas: Canvas, area: Area) => void, after = 8): void {
    const h = Math.min(height, this.pageContentHeight);
    this.ensure(h);
    draw(this.canvas, { x: this.left, y: this.y, width: this.width, height: h });
    this.y += h;
    this.gap(after);
  }

  /**
   * Rows that may run over several pages, with a header (axis, column titles) repeated on each:
   * the engine behind tables and the growable charts (one bar per person, one lane per speaker).
   */
  rows(spec: RowsSpec): void {
    const footer = spec.footerHeight ?? 0;
    const minFirst = spec.headerHeight + (spec.rowHeights[0] ?? 0) + footer;
    this.ensure(Math.min(minFirst, this.pageContentHeight));
    let headerDrawn = false;
    let pageStart = 0;
    spec.rowHeights.forEach((height, i) => {
      const h = Math.min(height, this.pageContentHeight - spec.headerHeight - footer);
      if (headerDrawn && h + footer > this.remaining()) {
        spec.drawFooter?.(this.canvas, { x: this.left, y: this.y, width: this.width, height: 0 }, pageStart, i);
        this.newPage();
        headerDrawn = false;
      }
      if (!headerDrawn) {
        spec.drawHeader(this.canvas, { x: this.left, y: this.y, width: this.width, height: spec.headerHeight });
        this.y += spec.headerHeight;
        headerDrawn = true;
        pageStart = i;
      }
      spec.drawRow(this.canvas, { x: this.left, y: this.y, width: this.width, height: h }, i);
      this.y += h;
    });
    if (!headerDrawn) {
      spec.drawHeader(this.canvas, { x: this.left, y: this.y, width: this.width, height: spec.headerHeight });
      this.y += spec.headerHeight;
    }
    spec.drawFooter?.(
      this.canvas,
      { x: this.left, y: this.y, width: this.width, height: 0 },
      pageStart,
      spec.rowHeights.length,
    );
    this.y += footer;
    this.gap(spec.after ?? 8);
  }

  /** Where the cursor is now, to decorate a stretch of content afterwards (see sideRule). */
  mark(): { page: number; y: number } {
    return { page: this.pages.length - 1, y: this.y };
  }

  /**
   * A vertical rule in the left margin of the content from `from` to the cursor, on every page the
   * content ran over: the spine of a coaching card that may break across pages.
   */
  sideRule(from: { page: number; y: number }, color: Color, x = this.left): void {
    const last = this.pages.length - 1;
    for (let p = Math.max(0, from.page); p <= last; p++) {
      const top = p === from.page ? from.y : this.top;
      const bottom = p === last ? this.y : this.bottom;
      if (bottom - top > 1) this.pages[p]!.rect(x, top, 2.5, bottom - top, { fill: color });
    }
  }

  /** Running header (title, section) and footer (limits, page numbers) on every page but the cover. */
  finish(title: string, footerNote: string): void {
    const size = TYPE.tiny;
    const style = { font: this.fonts.regular, size, color: COLORS.muted };
    const total = this.pages.length;
    const fittedTitle = fitTextToFont(title, this.fonts.regular); // once, not once per page
    this.pages.forEach((canvas, i) => {
      if (i === 0) return;
      canvas.zone = 'header';
      const section = fitTextToFont(this.pageSections[i] ?? '', this.fonts.regular);
      const sectionWidth = this.fonts.regular.widthOfTextAtSize(section, size);
      const titleText = truncateToWidth(fittedTitle, style, this.width - sectionWidth - 24);
      canvas.text(titleText, this.left, PAGE.headerTop, style);
      canvas.text(section, this.right - sectionWidth, PAGE.headerTop, style);
      canvas.line(this.left, PAGE.headerTop + 12, this.right, PAGE.headerTop + 12, { color: COLORS.rule, width: 0.5 });
      canvas.zone = 'footer';
      const pageLabel = `Page ${i + 1} of ${total}`;
      const pageWidth = this.fonts.regular.widthOfTextAtSize(pageLabel, size);
      canvas.text(truncateToWidth(footerNote, style, this.width - pageWidth - 24), this.left, PAGE.footerTop, style);
      canvas.text(pageLabel, this.right - pageWidth, PAGE.footerTop, style);
      canvas.zone = 'content';
    });
  }
}

export interface RowsSpec {
  headerHeight: number;
  rowHeights: readonly number[];
  drawHeader(canvas: Canvas, area: Area): void;
  drawRow(canvas: Canvas, area: Area, index: number): void;
  /** Called at the end of each page's part (axis ticks under bars), with the rows it holds. */
  drawFooter?(canvas: Canvas, area: Area, firstRow: number, endRow: number): void;
  footerHeight?: number;
  after?: number;
}
