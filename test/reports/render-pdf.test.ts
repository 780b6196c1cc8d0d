import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport, renderReportWithLayout, type RenderResult } from '../../reports/render-pdf';
import { GENERATED_AT, handMadeInput, TITLE } from './helpers/hand-made-input';
import { HAS_PDFTOTEXT, misplacedBoxes, overlappingText, pdfText } from './helpers/pdf-tools';

let result: RenderResult;
let text = '';
beforeAll(async () => {
  result = await renderReportWithLayout(handMadeInput(), { record: true });
  if (HAS_PDFTOTEXT) text = pdfText(result.bytes).replace(/\s+/g, ' ');
}, 30_000);

describe('renderReport on a hand-made meeting', () => {
  it('writes a PDF', () => {
    expect(new TextDecoder().decode(result.bytes.slice(0, 5))).toBe('%PDF-');
    expect(result.pages).toBeGreaterThan(4);
  });

  // Skipped where pdftotext (poppler-utils) is missing: the PDF's text is read back with it.
  it.skipIf(!HAS_PDFTOTEXT)(
    'shows every name, in Latin, Cyrillic and Greek, and the Chinese one as □□ with its speaker id',
    () => {
      for (const name of ['Zoë Martin', 'Дмитрий Иванов', 'Παναγιώτης Γεωργίου', '□□ (s4)'])
        expect(text).toContain(name);
      // And says what the boxes stand for: 李 is U+674E, 娜 U+5A1C.
      expect(text).toContain('s4: U+674E U+5A1C');
    },
  );

  // Skipped where pdftotext (poppler-utils) is missing: the PDF's text is read back with it.
  it.skipIf(!HAS_PDFTOTEXT)('prints the numbers it was given', () => {
    // Talk shares 0.42, 0.31, 0.17 and 0.10, with their times.
    for (const share of ['42% · 23 s', '31% · 14 s', '17% · 10 s', '10% · 6 s']) expect(text).toContain(share);
    expect(text).toContain('Gini 0.27 (fairly even)');
    // Four people: the most uneven Gini is (4 - 1) / 4 = 0.75.
    expect(text).toContain('with 4 people the most uneven possible is 0.75');
    expect(text).toContain('The floor changed hands 7.6 times a minute');
    // Дмитрий cut in on Zoë at 44 s; Zoë's longest turn was 8.5 s (printed 9 s) with 8 words.
    expect(text).toMatch(/0:44 Дмитрий Иванов Zoë Martin “Sorry, one more thing”/);
    // (pdftotext sometimes drops the spaces of short right-aligned cells.)
    expect(text).toMatch(/9 ?s ?· ?8 ?w/);
    // The moments: u4 scored +0.62, u2 −0.40.
    expect(text).toContain('+0.62');
    expect(text).toContain('−0.40');
  });

  // Skipped where pdftotext (poppler-utils) is missing: the PDF's text is read back with it.
  it.skipIf(!HAS_PDFTOTEXT)('shows the commentary with its evidence and says where it came from', () => {
    expect(text).toContain('You handed the floor to a quieter colleague by name.');
    expect(text).toContain('“What do you think, Παναγιώτης?”');
    expect(text).toContain('written by Claude (claude-test)');
    expect(text).toContain('1 item(s) failed that check and were left out');
    expect(text).toContain('Sent to the model: 8 of 8 utterances');
  });

  // Skipped where pdftotext (poppler-utils) is missing: the PDF's text is read back with it.
  it.skipIf(!HAS_PDFTOTEXT)('states the limits and the meeting date', () => {
    expect(text).toContain('not for employment decisions');
    expect(text).toContain('It is not suitable for employment decisions');
    expect(text).toContain('1 March 2025');
    expect(text).toContain(TITLE);
  });

  it('sets the document metadata, including the language', async () => {
    const doc = await PDFDocument.load(result.bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe(TITLE);
    expect(doc.getAuthor()).toBe('meeting-analyser');
    expect(doc.getSubject()).toContain('Meeting communication report');
    expect(doc.getCreationDate()?.toISOString()).toBe(GENERATED_AT.toISOString());
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('en');
  });

  it('draws nothing outside the margins and no two strings over each other', () => {
    expect(misplacedBoxes(result.recorder!.boxes)).toEqual([]);
    expect(overlappingText(result.recorder!.boxes)).toEqual([]);
  });

  it('gives the same bytes for the same input', async () => {
    const again = await renderReport(handMadeInput());
    expect(Buffer.from(again).equals(Buffer.from(result.bytes))).toBe(true);
  });

  // Skipped where pdftotext (poppler-utils) is missing: the PDF's text is read back with it.
  it.skipIf(!HAS_PDFTOTEXT)('renders measurements only when no commentary was requested', async () => {
    const input = handMadeInput();
    input.analysis.commentary = {
      ...input.analysis.commentary,
      summary: [],
      people: [],
      source: 'none',
      model: null,
      sent: null,
      usage: null,
      dropped: { count: 0, items: [] },
    };
    const { bytes } = await renderReportWithLayout(input);
    const plain = pdfText(bytes).replace(/\s+/g, ' ');
    expect(plain).toContain('No coaching commentary was requested');
    // The cover's headlines then come from the numbers: Zoë spoke most, 42% against a fair 25%.
    expect(plain).toContain('Zoë Martin spoke the most: 42% of the talk, against a fair share of 25%.');
  });
});
