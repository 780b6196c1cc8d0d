/**
 * The progress report from the fixture series: a page per person with their own numbers, a team page,
 * the method; a person's own report holds nobody else's numbers or quotes. Commentary is verified.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderProgressPdf } from '../../reports/progress/render-progress-pdf';
import { main } from '../../src/cli-progress';
import { progressCommentary, verifyProgressComment } from '../../src/progress/commentary';
import { ProgressDocument } from '../../src/progress/schema';
import { HAS_PDFTOTEXT, pdfText } from './helpers/pdf-tools';

let doc: ProgressDocument;

beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'progress-pdf-')), 'series.json');
  expect(
    await main(['fixtures/progress', '--attendees', 'Tom Becker', '--series', 'Platform weekly', '--json', out]),
  ).toBe(0);
  doc = ProgressDocument.parse(JSON.parse(readFileSync(out, 'utf8')));
}, 60_000);

describe('progress commentary', () => {
  it("states Maria's interruptions with the numbers of her first and last meeting, and claims no fall from 8 events", () => {
    const comments = progressCommentary(doc, 'maria-elena-lopez');
    const interruptions = comments.find((c) => c.text.startsWith('Interruptions made'))!;
    const maria = doc.people.find((p) => p.id === 'maria-elena-lopez')!;
    const first = String(Math.round(maria.meetings[0]!.interruptionsMadePerHour! * 100) / 100);
    expect(interruptions.text).toContain(
      `from ${first} per hour (2026-10-05) to 0 per hour (2026-11-02) over 5 meetings`,
    );
    expect(interruptions.text).toMatch(/no clear change \(too few events to tell a change from chance\)\.$/);
  });

  it('drops a sentence with a number nobody cited, a wrong cited value, or a quote that is not evidence', () => {
    const ok = progressCommentary(doc, 'chen-wei')[0]!;
    expect(verifyProgressComment(ok, doc, 'chen-wei')).toBeNull();
    expect(verifyProgressComment({ ...ok, text: `${ok.text} Up 40 percent.` }, doc, 'chen-wei')).toBe(
      'number 40 is not a cited value',
    );
    expect(
      verifyProgressComment(
        { ...ok, cites: ok.cites.map((c, i) => (i === 0 ? { ...c, value: c.value + 1 } : c)) },
        doc,
        'chen-wei',
      ),
    ).toMatch(/is not/);
    const quote = { meetingId: doc.series.meetings[0]!.id, utteranceId: null, text: 'Monday is fixed, I am afraid.' };
    expect(verifyProgressComment({ text: 'For example:', cites: [], quote }, doc, 'chen-wei')).toMatch(
      /not this person's evidence/,
    );
  });
});

// Skipped where pdftotext (poppler-utils) is missing: the PDF's text is read back with it.
describe.skipIf(!HAS_PDFTOTEXT)('the progress PDF (needs pdftotext from poppler-utils)', () => {
  it('has an overview, a page per named person, a team page and the method', async () => {
    const text = pdfText(await renderProgressPdf(doc));
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages).toHaveLength(1 + 5 + 1 + 1);
    for (const name of ['Maria Elena Lopez', 'Ben Okafor', 'Chen Wei', 'Priya Nair', 'Tom Becker'])
      expect(text).toContain(name);
    expect(text).toContain('The team, meeting by meeting');
    expect(text).toContain('Method and limits');
    expect(text).toContain('Stivers et al. (2009)');
    expect(text).toContain('equal share');
  });

  it("a person's own report shows their numbers and quotes and no one else's", async () => {
    const text = pdfText(await renderProgressPdf(doc, { personId: 'chen-wei' }));
    expect(text).toContain('Chen Wei');
    expect(text).toContain('The Monday handover was hard for me');
    for (const other of ['Maria Elena Lopez', 'Ben Okafor', 'Priya Nair', 'Tom Becker', 'Monday is fixed'])
      expect(text).not.toContain(other);
  });
});
