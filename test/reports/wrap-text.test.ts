import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFonts, type ReportFonts } from '../../reports/text/embed-fonts';
import { measure, truncateToWidth, wrapRuns, wrapText } from '../../reports/text/wrap-text';

let fonts: ReportFonts;
beforeAll(async () => {
  fonts = await reportFonts(await PDFDocument.create());
});
const style = () => ({ font: fonts.regular, size: 10 });

describe('wrapText', () => {
  it('breaks at spaces and keeps every line within the width', () => {
    const text =
      'the release plan needs one more review before we ship it to customers and the migration script is still slow';
    const lines = wrapText(text, style(), 120);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure(line, style())).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });

  it('cuts a word wider than the line between characters, losing nothing', () => {
    const word = 'Bartholomew'.repeat(10);
    const lines = wrapText(`Hello ${word} bye`, style(), 100);
    for (const line of lines) expect(measure(line, style())).toBeLessThanOrEqual(100);
    expect(lines.join('').replace(/ /g, '')).toBe(`Hello${word}bye`);
    expect(lines[0]).toBe('Hello');
  });

  it('prefers to break after the hyphen of a hyphenated word', () => {
    // A line just wide enough for "deprecation" cannot hold "Self-deprecation".
    const width = measure('deprecation', style()) + 1;
    expect(measure('Self-deprecation', style())).toBeGreaterThan(width);
    expect(wrapText('Self-deprecation', style(), width)).toEqual(['Self-', 'deprecation']);
  });

  it('never breaks at a no-break space', () => {
    const lines = wrapText('aaaa aaaa ■\u00A0Zoë', style(), measure('aaaa aaaa ■', style()) + 1);
    expect(lines).toEqual(['aaaa aaaa', '■\u00A0Zoë']);
  });

  it('gives one empty line for empty text', () => {
    expect(wrapText('', style(), 100)).toEqual(['']);
  });
});

describe('wrapRuns', () => {
  it('keeps styles, merges neighbouring words of one style, and glues runs without a space between them', () => {
    const bold = { font: fonts.bold, size: 10 };
    const lines = wrapRuns(
      [
        { text: 'Ana', ...bold },
        { text: ': good point, building on that', ...style() },
      ],
      1000,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]!.runs.map((r) => r.text)).toEqual(['Ana', ': good point, building on that']);
    expect(lines[0]!.runs[0]!.font).toBe(fonts.bold);
  });
});

describe('truncateToWidth', () => {
  it('ends a label that does not fit with … and keeps it within the width', () => {
    const out = truncateToWidth('Maximilian Alexander von Hohenberg-Wittelsbach', style(), 80);
    expect(out.endsWith('…')).toBe(true);
    expect(measure(out, style())).toBeLessThanOrEqual(80);
    expect('Maximilian Alexander von Hohenberg-Wittelsbach'.startsWith(out.slice(0, -1))).toBe(true);
  });

  it('leaves a label that fits alone', () => {
    expect(truncateToWidth('Zoë', style(), 80)).toBe('Zoë');
  });
});
