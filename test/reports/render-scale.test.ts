/**
 * The layout holds from 1 to 60 speakers, for very long names and quotes, and for a four-hour
 * meeting: every box inside the margins, no strings over each other, every person named.
 * Synthetic meetings (test/reports/helpers/synthetic-meeting.ts) through the real analysers.
 */
import { describe, expect, it } from 'vitest';
import { renderReportWithLayout } from '../../reports/render-pdf';
import { INTERNATIONAL_NAMES, syntheticMeeting, type SyntheticOptions } from './helpers/synthetic-meeting';
import { reportInputFor } from './helpers/report-input-for';
import { HAS_PDFTOTEXT, misplacedBoxes, overlappingText, pdfText } from './helpers/pdf-tools';

const LONG_NAME = 'Maximilian Alexander Friedrich von Hohenberg-Wittelsbach zu Schwarzenberg-Liechtenstein';

async function render(options: SyntheticOptions) {
  const transcript = syntheticMeeting(options);
  const { bytes, pages, recorder } = await renderReportWithLayout(reportInputFor(transcript, 'Scale test'), {
    record: true,
  });
  return { transcript, bytes, pages, boxes: recorder!.boxes };
}

/** Each scale case is rendered once and read by both the layout and the text checks. */
const rendered = new Map<string, ReturnType<typeof render>>();
const renderOnce = (name: string, options: SyntheticOptions) => {
  if (!rendered.has(name)) rendered.set(name, render(options));
  return rendered.get(name)!;
};

// Speakers are numbered in order of first appearance, which is the order of `names` here. Names
// with characters the font lacks print with □ and their speaker id.
const CASES = [
  ['1 speaker, 3 minutes', { speakers: 1, words: 400, minutes: 3 }, {}],
  [
    '8 speakers with names in five scripts, 2 hours',
    { speakers: 8, words: 20_000, minutes: 120, names: INTERNATIONAL_NAMES },
    { 李娜: '□□ (s5)', 'Ana 🎉 Lima': 'Ana □ Lima (s8)' },
  ],
  ['60 speakers without timings', { speakers: 60, words: 30_000 }, {}],
  ['8 speakers, a four-hour meeting', { speakers: 8, words: 40_000, minutes: 240 }, {}],
  [
    'very long names and 400-word utterances',
    {
      speakers: 5,
      words: 4_000,
      minutes: 30,
      utteranceWords: 400,
      names: [LONG_NAME, 'Bartholomew'.repeat(8), '李娜', '李伟', 'Ana'],
    },
    { 李娜: '□□ (s3)', 李伟: '□□ (s4)' },
  ],
] as const;

describe('report layout at scale', () => {
  it.each(CASES)(
    '%s: nothing leaves the page, nothing overlaps',
    async (name, options) => {
      const { pages, boxes } = await renderOnce(name, options);
      expect(pages).toBeGreaterThan(3);
      expect(misplacedBoxes(boxes)).toEqual([]);
      expect(overlappingText(boxes)).toEqual([]);
    },
    120_000,
  );

  // Skipped where pdftotext (poppler-utils) is missing: the PDF's text is read back with it.
  it.skipIf(!HAS_PDFTOTEXT).each(CASES)(
    '%s: everyone is named (needs pdftotext)',
    async (name, options, printedAs: Record<string, string>) => {
      const { transcript, bytes } = await renderOnce(name, options);
      const text = pdfText(bytes).replace(/\s+/g, ' ');
      for (const speaker of transcript.speakers) {
        // Long names wrap in tables: their first 20 characters are on one line.
        const printed = printedAs[speaker.name] ?? speaker.name.slice(0, 20);
        expect(text, speaker.name).toContain(printed);
      }
    },
    120_000,
  );

  it('draws a four-hour meeting as four one-hour timeline strips', async () => {
    const { boxes } = await render({ speakers: 4, words: 8_000, minutes: 240 });
    const strips = boxes.filter((b) => b.text && /^\d:\d\d:\d\d – \d:\d\d:\d\d$/.test(b.text)).map((b) => b.text);
    // 8,000 words / 12 per utterance = 667 utterances, one every 240 min / 667 = 21.59 s, each lasting
    // 0.9 of that: the last one (no. 667) starts at 3:59:38 and ends at 3:59:57, where the last strip ends.
    expect(strips).toEqual(['0:00:00 – 1:00:00', '1:00:00 – 2:00:00', '2:00:00 – 3:00:00', '3:00:00 – 3:59:57']);
  }, 60_000);
});
