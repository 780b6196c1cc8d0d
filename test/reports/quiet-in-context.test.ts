/**
 * A small share that the format or a role explains is not called quiet anywhere in the PDF: not in the headlines,
 * not in Room to speak, not on the talk-share bars (a formal sitting's chart labelled 30 members "quiet", though no
 * finding and no cover line said so: stop 28's closing note). Read back with pdftotext.
 *
 * Expected, worked out from the lines before the code ran:
 * - The formal sitting (test/helpers/hearing.ts): 12 people, fair share 8.3%, quiet below 4.2%. The chair's
 *   one-line calls and the members' one line each are below it; the two statements hold most of the words. All of
 *   those small shares are the sitting's slots: none is marked quiet, and the report says why.
 * - The hearing (hearingLines with a 96-word answer): the witness answers at length; the chair and the two members
 *   asking are below half the fair share by role. None of them is marked quiet; the chair's and the members' reason
 *   is named.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { llmConfigFromEnv } from '../../src/commentary/config';
import { analyzeTranscript } from '../../src/pipeline/analyze';
import { renderAnalysisPdf } from '../../src/pipeline/report';
import { formalSittingLines, hearingLines } from '../helpers/hearing';
import { makeTranscript, type Line } from '../helpers/make-transcript';
import { HAS_PDFTOTEXT, pdfText, textBetween } from './helpers/pdf-tools';

async function reportText(lines: Line[], commentary: 'rules' | 'none' = 'rules'): Promise<string> {
  const analysis = await analyzeTranscript(makeTranscript(lines), {
    title: 'Sitting',
    commentary,
    llm: llmConfigFromEnv({}),
    now: new Date('2026-03-02T09:00:00Z'),
  });
  return pdfText(await renderAnalysisPdf(analysis)).replace(/\s+/g, ' ');
}

describe.skipIf(!HAS_PDFTOTEXT)('a quiet share the format or a role explains, in the PDF (needs pdftotext)', () => {
  let sitting = '';
  let hearing = '';
  /** The sitting's report without commentary: the report writes the cover's headlines itself. */
  let bare = '';
  beforeAll(async () => {
    if (!HAS_PDFTOTEXT) return;
    sitting = await reportText(formalSittingLines());
    bare = await reportText(formalSittingLines(), 'none');
    hearing = await reportText(
      hearingLines('The delays came from two driver shortages and the winter timetable. '.repeat(8)),
    );
  }, 60_000);

  it('a formal sitting: the slots explain every small share, and the report says so instead of "quiet"', () => {
    expect(sitting).not.toMatch(/· quiet/);
    // The cover's headlines, from the rule-based commentary, name no quiet voice in a sitting; those the report
    // writes itself without commentary say why none is named.
    expect(sitting).not.toMatch(/spoke (less than half their fair share|well below an equal share)/);
    expect(bare).toContain(
      'A formal sitting: the chair gave out the slots to speak, so small shares are not called quiet.',
    );
    expect(bare).not.toMatch(/spoke less than half their fair share|Nobody spoke less/);
    const room = textBetween(sitting, 'Room to speak', 'Invitations to speak');
    expect(room).toContain('Quiet voices: none marked.');
    // The chair (5% of about 1,000 words) and the eight members (about 1% each) are below 4.2%.
    expect(room).toMatch(
      /In a formal sitting the chair gives out the slots to speak, .* the (9|10) members below half the fair share are not marked quiet\./,
    );
  });

  it('a hearing: the chair and the members putting questions are not quiet, and the reason is named', () => {
    expect(hearing).not.toMatch(/· quiet/);
    expect(hearing).not.toMatch(/spoke less than half their fair share/);
    const room = textBetween(hearing, 'Room to speak', 'Invitations to speak');
    expect(room).toContain('Quiet voices: none marked.');
    expect(room).toContain('Below half the fair share by role, not marked quiet:');
    expect(room).toContain('Chair (chairing: their turns hand the floor on)');
    expect(room).toContain('Cllr Moss (putting questions: the answers are the long turns)');
    expect(room).toContain('Cllr Hale (putting questions: the answers are the long turns)');
  });
});
