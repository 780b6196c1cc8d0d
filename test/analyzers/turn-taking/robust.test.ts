/**
 * Any transcript, timed or not, however odd: the analyser returns a result that satisfies its
 * schema, shares that sum to 1, and findings whose quotes are verbatim.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../analyzers/nlp/prepare';
import { analyzeTurnTaking, TurnTakingResult } from '../../../analyzers/turn-taking/index';
import { Finding } from '../../../src/model/finding';
import { makeTranscript, type Line } from '../../helpers/make-transcript';

const WORDS = [
  'so',
  'the',
  'plan',
  'is',
  'can',
  'we',
  'what',
  'do',
  'you',
  'think',
  'mm-hmm',
  'yeah',
  'right',
  'I',
  'was',
  'going',
  'to',
  'Zoë',
  '会議',
];
const MARKS = ['', '.', '?', ',', '--', '...', '—', ' {disfmarker}', ' [laughter]'];

const utterance = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }), fc.constantFrom(...MARKS))
  .map(([words, mark]) => `${words.join(' ')}${mark}`);
const speaker = fc.constantFrom('Ana', 'Ben', 'Cleo', 'Speaker 2');

describe('turn-taking robustness', () => {
  it('handles arbitrary timed and untimed transcripts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(speaker, utterance, fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 80 })), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.boolean(),
        fc.array(fc.constantFrom('Ana', 'Dan', 'Eve'), { maxLength: 3 }),
        (rows, timed, attendees) => {
          const lines: Line[] = rows.map(([who, text, start, length]) =>
            timed ? [who, text, start / 10, (start + length) / 10] : [who, text],
          );
          const transcript = makeTranscript(lines);
          const { result, findings } = analyzeTurnTaking(prepare(transcript), { attendees });
          TurnTakingResult.parse(result);
          const total = result.speakers.reduce((s, x) => s + x.talkShare, 0);
          if (result.totalWords > 0 || (result.totalTalkTimeMs ?? 0) > 0) expect(total).toBeCloseTo(1, 2);
          for (const f of findings) {
            Finding.parse(f);
            expect(transcript.utterances.find((u) => u.id === f.utteranceId)!.text).toContain(f.quote);
          }
          expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
