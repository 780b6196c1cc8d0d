/**
 * Deleting a person removes their words, name and numbers from a stored analysis, and the rest still
 * validates and renders.
 */
import { describe, expect, it } from 'vitest';
import { llmConfigFromEnv } from '../../src/commentary/config';
import { analyzeTranscript } from '../../src/pipeline/analyze';
import { renderAnalysisPdf } from '../../src/pipeline/report';
import { REMOVED_NAME, removePerson } from '../../src/progress/remove-person';
import { makeTranscript } from '../helpers/make-transcript';

describe('removePerson', () => {
  it("leaves none of the person's words, name or per-person numbers", async () => {
    const t = makeTranscript([
      ['Ana Lima', 'Shall we start? Ben, what do you think about the zeppelin budget?', 0, 4],
      ['Ben Okafor', 'Honestly I think the zeppelin budget is sort of fine, sorry, maybe we --', 4.2, 9],
      ['Ana Lima', 'Great point, Ben. Thanks for raising the hangar rent.', 9.1, 12],
      ['Chen Wei', 'I agree with Ben about the hangar rent.', 12.5, 15],
    ]);
    const analysis = await analyzeTranscript(t, {
      attendees: ['Dana Silva'],
      commentary: 'rules',
      llm: llmConfigFromEnv({}),
      title: 'Budget',
    });
    expect(JSON.stringify(analysis)).toContain('sort of fine');
    expect(analysis.turnTaking.speakers.some((s) => s.speakerId === 's2')).toBe(true);
    expect(analysis.inclusivity.language.some((s) => s.speakerId === 's2' && s.hedges.count > 0)).toBe(true);

    const redacted = removePerson(analysis, 's2');
    const json = JSON.stringify(redacted);
    expect(json).not.toContain('sort of fine');
    expect(json).not.toContain('Ben Okafor');
    expect(redacted.transcript.speakers[1]!.name).toBe(REMOVED_NAME);
    expect(redacted.findings.some((f) => f.speakerId === 's2')).toBe(false);
    expect(redacted.turnTaking.speakers.map((s) => s.speakerId)).toEqual(['s1', 's3']);
    expect(redacted.sentiment.speakers.some((s) => s.speakerId === 's2')).toBe(false);
    expect(redacted.commentary.people.some((p) => p.speakerId === 's2')).toBe(false);
    // Others keep their own words and numbers; the meeting keeps its Gini.
    expect(json).toContain('I agree with Ben about the hangar rent.');
    expect(redacted.turnTaking.gini).toBe(analysis.turnTaking.gini);
    const pdf = await renderAnalysisPdf(redacted);
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
  });

  it('renames a silent invitee', async () => {
    const analysis = await analyzeTranscript(
      makeTranscript([
        ['Ana', 'Hello.'],
        ['Ben', 'Hi.'],
      ]),
      { attendees: ['Dana Silva'], commentary: 'none', llm: llmConfigFromEnv({}) },
    );
    const redacted = removePerson(analysis, 'invitee:0');
    expect(JSON.stringify(redacted)).not.toContain('Dana Silva');
    expect(redacted.turnTaking.attendees.silent).toEqual([{ name: REMOVED_NAME }]);
  });
});
