import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { DrawRecorder, hex } from '../../reports/layout/canvas';
import { Flow } from '../../reports/layout/flow';
import { table } from '../../reports/layout/table';
import { PAGE } from '../../reports/layout/theme';
import { reportFonts } from '../../reports/text/embed-fonts';
import { misplacedBoxes, overlappingText } from './helpers/pdf-tools';

async function newFlow() {
  const doc = await PDFDocument.create();
  const recorder = new DrawRecorder();
  const flow = new Flow(doc, await reportFonts(doc), recorder);
  return { doc, flow, recorder };
}

describe('Flow', () => {
  it('breaks a long paragraph across pages and keeps every line inside the margins', async () => {
    const { flow, recorder } = await newFlow();
    flow.startSection('Test');
    flow.paragraph('word '.repeat(4000) + 'x'.repeat(2000));
    flow.finish('A title', 'footer');
    expect(flow.pages.length).toBeGreaterThan(2);
    expect(misplacedBoxes(recorder.boxes)).toEqual([]);
    expect(overlappingText(recorder.boxes)).toEqual([]);
  });

  it('keeps a heading with what follows it instead of leaving it at the foot of a page', async () => {
    const { flow, recorder } = await newFlow();
    flow.startSection('Test');
    // Fill the page until less than the heading plus 60 pt is left.
    while (flow.remaining() > 70) flow.paragraph('filler line');
    flow.heading('Participation', 2);
    const heading = recorder.boxes.find((b) => b.text === 'Participation')!;
    expect(heading.page).toBe(1);
    expect(heading.y).toBe(PAGE.margin.top);
  });

  it('numbers pages in the footer and names the section in the header, but not on the cover', async () => {
    const { flow, recorder } = await newFlow();
    flow.startSection('Cover');
    flow.paragraph('cover');
    flow.startSection('Participation', { newPage: true });
    flow.paragraph('body');
    flow.finish('Weekly sync', 'not for employment decisions');
    const header = recorder.boxes.filter((b) => b.zone === 'header').map((b) => [b.page, b.text]);
    const footer = recorder.boxes.filter((b) => b.zone === 'footer').map((b) => [b.page, b.text]);
    expect(header).toContainEqual([1, 'Participation']);
    expect(header).toContainEqual([1, 'Weekly sync']);
    expect(footer).toContainEqual([1, 'Page 2 of 2']);
    expect(recorder.boxes.some((b) => b.page === 0 && b.zone !== 'content')).toBe(false);
    expect(misplacedBoxes(recorder.boxes)).toEqual([]);
  });

  it('draws a left rule for content that ran over two pages on both of them', async () => {
    const { flow, recorder } = await newFlow();
    flow.startSection('Cards');
    while (flow.remaining() > 100) flow.paragraph('filler');
    const start = flow.mark();
    flow.paragraph('card text '.repeat(300));
    flow.sideRule(start, hex('#0000ff'));
    const rules = recorder.boxes.filter((b) => b.kind === 'rect' && b.width === 2.5);
    expect(rules.map((r) => r.page)).toEqual([0, 1]);
    expect(misplacedBoxes(recorder.boxes)).toEqual([]);
  });
});

describe('table', () => {
  it('repeats the header row on every page and splits a row taller than a page', async () => {
    const { flow, recorder } = await newFlow();
    flow.startSection('Table');
    table(flow, {
      columns: [
        { header: 'Person', weight: 2 },
        { header: 'Quote', weight: 5 },
        { header: 'Turns', weight: 1, align: 'right' },
      ],
      rows: Array.from({ length: 80 }, (_, i) => [
        `Person ${i}`,
        i === 30 ? 'a very long quote '.repeat(700) : `quote ${i}`,
        String(i),
      ]),
    });
    flow.finish('T', 'F');
    const pages = flow.pages.length;
    expect(pages).toBeGreaterThan(4);
    const headerPages = new Set(recorder.boxes.filter((b) => b.text === 'Person').map((b) => b.page));
    expect(headerPages.size).toBe(pages);
    expect(misplacedBoxes(recorder.boxes)).toEqual([]);
    expect(overlappingText(recorder.boxes)).toEqual([]);
    // Right-aligned numbers end at the column's right edge minus its padding.
    const n79 = recorder.boxes.find((b) => b.text === '79')!;
    expect(n79.x + n79.width).toBeCloseTo(PAGE.width - PAGE.margin.right - 4, 1);
  });

  it('widens a narrow column so that its header breaks between words, never inside one', async () => {
    const { flow, recorder } = await newFlow();
    flow.startSection('Table');
    table(flow, {
      columns: [
        { header: 'Person', weight: 8 },
        { header: 'Politeness', weight: 0.5, align: 'right' },
      ],
      rows: [['Zoë', '3']],
    });
    expect(recorder.boxes.some((b) => b.text === 'Politeness')).toBe(true);
    expect(misplacedBoxes(recorder.boxes)).toEqual([]);
  });
});
