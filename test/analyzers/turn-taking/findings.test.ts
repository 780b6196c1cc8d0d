import { describe, expect, it } from 'vitest';
import { prepare } from '../../../analyzers/nlp/prepare';
import { analyzeTurnTaking } from '../../../analyzers/turn-taking/index';
import { makeTranscript } from '../../helpers/make-transcript';

const words = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 'budget' : 'review')).join(' ');

describe('long monologue findings', () => {
  it('timed: a floor turn over two minutes, merged across a back-channel', () => {
    // Ana 0-100 s and 100.2-250 s with Ben's "mm-hmm" at 50 s in between: one floor turn 0-250 s
    // = 250000 ms > 120000 (and >= 2 x 120000, so severity medium). Ben's reply 1.5 s is no monologue.
    const t = makeTranscript([
      ['Ana', `Let me walk you through the ${words(40)}`, 0, 100],
      ['Ben', 'Mm-hmm.', 50, 50.5],
      ['Ana', words(60), 100.2, 250],
      ['Ben', 'Thanks, that was clear.', 250.3, 251.8],
    ]);
    const { result, findings } = analyzeTurnTaking(prepare(t));
    expect(result.monologues.items).toEqual([
      {
        speakerId: 's1',
        turnIds: ['t1', 't3'],
        utteranceIds: ['u1', 'u3'],
        startMs: 0,
        durationMs: 250_000,
        words: 106,
      },
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      id: 'turn-taking:long-monologue-time:u1',
      kind: 'long-monologue',
      ruleId: 'long-monologue-time',
      speakerId: 's1',
      utteranceId: 'u1',
      startMs: 0,
      quote: 'Let me walk you through the budget review', // the first 8 words, verbatim
      severity: 'medium',
      targetSpeakerId: null,
    });
    // Speech: 100 s + 149.8 s = 249.8 s = 4.16 minutes; the 0.2 s pause is not worth a word.
    expect(findings[0]!.note).toContain('4.2 minutes of speech (106 words)');
  });

  it('timed: counts the speech in a turn, not the pauses between its lines', () => {
    // A host letting people in: 0-60 s, then 200-260 s, nobody else speaking. The span is 260 s, the speech 120 s:
    // not over the 2-minute line.
    const host = makeTranscript([
      ['Ana', `Welcome, we are letting people in ${words(20)}`, 0, 60],
      ['Ana', words(20), 200, 260],
      ['Ben', 'Hello, I can hear you.', 261, 263],
    ]);
    expect(analyzeTurnTaking(prepare(host)).findings.filter((f) => f.kind === 'long-monologue')).toEqual([]);
    // Four stretches of 45 s with 30 s pauses between them: 180 s of speech (3.0 minutes) over 270 s (4.5 minutes).
    const paused = makeTranscript([
      ['Ana', `Welcome, this is the first slide ${words(20)}`, 0, 45],
      ['Ana', words(20), 75, 120],
      ['Ana', words(20), 150, 195],
      ['Ana', words(20), 225, 270],
      ['Ben', 'Thanks, that was clear.', 271, 273],
    ]);
    const [f] = analyzeTurnTaking(prepare(paused)).findings.filter((x) => x.kind === 'long-monologue');
    expect(f?.note).toContain('3.0 minutes of speech, over 4.5 minutes with pauses');
    // 0-90 s and 200-290 s: the 110 s between them, in which nobody spoke, is past the one-minute lapse: two
    // stretches of 1.5 minutes, neither a long monologue.
    const lapsed = makeTranscript([
      ['Ana', `Welcome, we are letting people in ${words(30)}`, 0, 90],
      ['Ana', words(30), 200, 290],
      ['Ben', 'Hello, I can hear you.', 291, 293],
    ]);
    expect(analyzeTurnTaking(prepare(lapsed)).findings.filter((x) => x.kind === 'long-monologue')).toEqual([]);
  });

  it('timed: tests the talk after a lapse of minutes on its own (reviews r18, r22)', () => {
    // A webinar host: "Alright, so I'm gonna let people in" at 170-172 s, 7.4 minutes of waiting room, then the
    // welcome, 615-835 s in four lines (218.5 s of speech: 3.6 minutes). The long turn is the welcome, from u2, without the lapse.
    const webinar = makeTranscript([
      ['Host', "Alright, so I'm gonna let people in", 170, 172],
      ['Host', `Hello everyone. Welcome to our program ${words(40)}`, 615, 670],
      ['Host', words(40), 670.5, 725],
      ['Host', words(40), 725.5, 780],
      ['Host', words(40), 780.5, 835],
      ['Speaker', 'Thank you, Andrew, that was kind.', 836, 840],
    ]);
    const { result, findings } = analyzeTurnTaking(prepare(webinar));
    expect(result.floorTurns).toBe(2);
    expect(result.monologues.items.map((t) => [t.utteranceIds[0], t.utteranceIds.length])).toEqual([['u2', 4]]);
    const [f] = findings.filter((x) => x.kind === 'long-monologue');
    expect(f?.utteranceId).toBe('u2');
    expect(f?.note).toMatch(/^Host held the floor for 3\.6 minutes of speech \(\d+ words\)/);
    // The host's longest turn is the welcome, 615-835 s (220 s), not 170-835 s with the waiting room in it: the PDF
    // printed "longest turn 11 min" for 3.5 minutes of speech (review r32). The floor was still taken once.
    const host = result.speakers.find((s) => s.name === 'Host')!;
    expect(host.longestTurnMs).toBe(220_000);
    expect(host.longestTurn?.utteranceIds).toEqual(['u2', 'u3', 'u4', 'u5']);
    expect(host.turns).toBe(1);
  });

  it('names nobody for unattributed speech: a long stretch by "Unknown speaker" stays a measurement only', () => {
    const t = makeTranscript([
      ['Unknown speaker', words(320)],
      ['Ben', 'Sounds good.'],
    ]);
    const { result, findings } = analyzeTurnTaking(prepare(t));
    expect(result.monologues.items.map((m) => m.speakerId)).toEqual(['s1']);
    expect(findings).toEqual([]);
  });

  it('untimed: a floor turn over 300 words', () => {
    // 320 words > 300 but < 600: severity low.
    const t = makeTranscript([
      ['Ana', words(320)],
      ['Ben', 'Sounds good.'],
    ]);
    const { findings } = analyzeTurnTaking(prepare(t));
    expect(findings.map((f) => [f.ruleId, f.speakerId, f.severity, f.quote])).toEqual([
      ['long-monologue-words', 's1', 'low', 'budget review budget review budget review budget review'],
    ]);
  });

  it('no finding at exactly the threshold', () => {
    const t = makeTranscript([
      ['Ana', words(300)],
      ['Ben', 'Sounds good.'],
    ]);
    expect(analyzeTurnTaking(prepare(t)).findings).toEqual([]);
  });
});
