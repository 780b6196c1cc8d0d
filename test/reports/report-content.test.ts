/**
 * Every section of the PDF, read back with pdftotext, for a six-utterance meeting whose numbers
 * were worked out by hand (below, before the code ran): the real analysers, the rule-based
 * commentary and the renderer, end to end, as a user gets them from the CLI or the API.
 *
 *   u1 Ana  0.0-10.0 s  "Ben, what do you think about the venue?"              8 words, open question, invites Ben
 *   u2 Ben 10.5-22.5 s  "The venue is good and close to the station."          9 words, good 1.9
 *   u3 Ana 23.0-33.0 s  "Good point, Ben. Cy, any thoughts on the budget?"      9 words, credits Ben, invites Cy, question
 *   u4 Cy  33.5-39.5 s  "Sorry, maybe the blacklist budget is too small."       8 words, apology, "blacklist", hedge "maybe"
 *   u5 Ana 40.0-50.0 s  "So what you're saying is that the budget is the real issue."  12 words, paraphrase
 *   u6 Ben 50.5-62.5 s  "I will book the hall tomorrow morning."                7 words, neutral
 *
 * Talk by time: Ana 30 s, Ben 24 s, Cy 6 s of 60 s = 50%, 40%, 10%. Fair share 1/3 = 33%; quiet
 * below 16.7% (Cy), dominant above 66.7% (nobody). Gini = sum over pairs |xi - xj| / (n^2 mean)
 * = (0.1 + 0.4 + 0.3) / (9 x 1/3) = 0.8 / 3 = 0.27; at most (n - 1) / n = 0.67.
 * Floor changes: 5 in 62.5 s = 4.8 a minute. Words 8 + 9 + 9 + 8 + 12 + 7 = 53.
 * Tone, VADER normalisation s = S / sqrt(S^2 + 15): u2 good 1.9 -> 0.440; u3 the same (the
 * question after it has no sentiment word); u4 sorry -0.3 -> -0.077; others 0.
 * Meeting mean (0.440 + 0.440 - 0.077) / 6 = +0.13; positive (> 0.05) u2, u3; negative u4; 3 neutral.
 * Per person (mean ± population sd): Ana (0, 0.440, 0) +0.15 ± 0.21; Ben (0.440, 0) +0.22 ± 0.22;
 * Cy -0.08 ± 0.00. Hedges: Cy 1 in 8 words = 12.5 per 100 words; Cy's apology 12.5 per 100 words.
 *
 * (An earlier draft said "great" (0.6249) and "Cy, how does the budget look?": the first showed
 * the analyser's rounding to 3 places then the report's to 2 (0.625 -> "+0.63", and a meeting mean
 * of 0.1647 printed "+0.16" on the cover but "+0.17" in the tone section); the second is not an
 * invitation to the phrase list. Both are reported in issue 17's closing note.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { llmConfigFromEnv } from '../../src/commentary/config';
import { analyzeTranscript } from '../../src/pipeline/analyze';
import { renderAnalysisPdf } from '../../src/pipeline/report';
import type { Transcript } from '../../src/model/transcript';
import { normalize } from '../../src/parse/normalize';
import { makeTranscript } from '../helpers/make-transcript';
import { venueMeeting } from './helpers/venue-meeting';
import { HAS_PDFTOTEXT, pdfText, textBetween } from './helpers/pdf-tools';

let text = '';
beforeAll(async () => {
  if (!HAS_PDFTOTEXT) return;
  const transcript = venueMeeting();
  const analysis = await analyzeTranscript(transcript, {
    title: 'Venue decision',
    commentary: 'rules',
    llm: llmConfigFromEnv({}),
    now: new Date('2026-03-02T09:00:00Z'),
  });
  text = pdfText(await renderAnalysisPdf(analysis)).replace(/\s+/g, ' ');
}, 30_000);

/** The text between two headings (the first occurrence of each after `from`). */
function section(from: string, to: string): string {
  return textBetween(text, from, to);
}

/** The analysis of a transcript with rule-based commentary, at a fixed time. */
function analysisOf(transcript: Transcript) {
  return analyzeTranscript(transcript, { commentary: 'rules', llm: llmConfigFromEnv({}), now: new Date(0) });
}

/** The text of an analysis's PDF, white space collapsed. */
async function reportText(analysis: Awaited<ReturnType<typeof analysisOf>>): Promise<string> {
  return pdfText(await renderAnalysisPdf(analysis)).replace(/\s+/g, ' ');
}

// Skipped where pdftotext (poppler-utils) is missing: the PDF's text is read back with it.
describe.skipIf(!HAS_PDFTOTEXT)('the PDF of a hand-worked meeting, every section (needs pdftotext)', () => {
  it('cover: size, equality, questions, interruptions, tone', () => {
    const cover = section('MEETING COMMUNICATION REPORT', 'Participation');
    expect(cover).toContain('Venue decision');
    expect(cover).toContain('3 participants · 53 words · 6 utterances');
    // The tiles: length, Gini, questions, interruptions, mean tone.
    expect(cover).toContain('1 min 3 s 0.27 2 0 +0.13 meeting length');
    expect(cover).toContain('Talk was shared');
  });

  it('participation: shares by time, the fair share, the Gini and its ceiling, the floor changes', () => {
    const p = section('Share of talk', 'Timeline');
    expect(p).toMatch(/Ana 50% · 30 ?s/);
    expect(p).toMatch(/Ben 40% · 24 ?s/);
    expect(p).toMatch(/Cy 10% · 6 ?s/);
    expect(p).toContain('fair share 33%');
    expect(p).toContain('Gini 0.27 (fairly even)');
    expect(p).toContain('with 3 people the most uneven possible is 0.67');
    expect(text).toContain('The floor changed hands 4.8 times a minute');
    // Turns table: talk time, turns, longest turn (Ben's 12 s; Cy's one 6 s turn of 8 words).
    expect(p).toMatch(/Ana 30 ?s 3 10 ?s/);
    expect(p).toMatch(/Ben 24 ?s 2 12 ?s · 9 ?w/);
    expect(p).toMatch(/Cy 6 ?s 1 6 ?s ?· ?8 ?w/);
  });

  it('inclusivity: the quiet voice, invitations, credit, non-inclusive wording, tentative language', () => {
    const inc = section('Room to speak', 'Tone');
    expect(inc).toContain('Quiet voices (below half the fair share of 33%): Cy (10%)');
    expect(inc).toContain('Dominant voices: nobody spoke more than twice the fair share');
    expect(inc).toContain('2 invitations to speak, 2 of them to a named person');
    // Invited others / was invited: Ana 2 / 0, Ben 0 / 1, Cy 0 / 1, with Ana's first as the example.
    expect(inc).toContain('Ana 2 0 Ben 0 1 Cy 0 1 “Ben, what do you think” (0:00)');
    // Credit given / received: Ana 1 / 0 ("Good point, Ben"), Ben 0 / 1 (ideas and uptake not worked out here); Cy
    // gave and got no credit, and is listed all the same, as everyone who offered an idea is (review r31).
    expect(section('Credit and uptake', 'Listening')).toMatch(/Ana 1 0 \d+ \d+ Ben 0 1 \d+ \d+ Cy 0 0 [1-9]\d* \d+ ?$/);
    expect(inc).toContain('blacklist');
    // Cy: 1 hedge in 8 words, too few for a rate per 100 words (12.5 would be one word's worth: review r32), 1 apology.
    expect(inc).toMatch(/Cy — 1 0 — /);
    expect(inc).not.toContain('12.5');
  });

  it("listening: Ana's paraphrase of Cy", () => {
    const listening = section('Listening', 'Non-inclusive language');
    expect(listening).not.toContain('No back-channels');
    // Columns: back-channels, follow-up questions, paraphrases, building on (pdftotext puts the name last).
    expect(listening).toMatch(/Building on others (0 0 1 0 Ana|Ana 0 0 1 0)/);
  });

  it("tone: the meeting's counts and mean, the moments, every person's mean and spread", () => {
    const tone = section('Each utterance gets a tone score', 'Methodology');
    expect(tone).toContain('Over the meeting: 2 positive utterances, 1 negative utterance, 3 neutral; mean +0.13.');
    expect(tone).toMatch(/0:10 Ben “The venue is good and close to the station\.” \+0\.44 good/);
    expect(tone).toMatch(/0:23 Ana “Good point, Ben\. Cy, any thoughts on the budget\?” \+0\.44 Good/);
    expect(tone).toContain('Ana +0.15 ± 0.21 · 3 utt.');
    expect(tone).toContain('Ben +0.22 ± 0.22 · 2 utt.');
    expect(tone).toContain('Cy −0.08 ± 0.00 · 1 utt.');
    expect(tone).toContain(
      'No tense exchange was found: 3 or more negative turns going back and forth between two people, at least two of them aimed at the other person',
    );
    // Politeness: Cy's one apology in 8 words.
    expect(tone).toMatch(/Cy 1 12\.5 0 0\.0 apology 1/);
    // Ben said no marker: the table says so rather than leave him out unexplained (review r37).
    expect(tone).toContain('No marker from Ben.');
    // Two ▲ moments and no ▼ (Cy's −0.08 is no moment): the table says why there is none (review r37).
    expect(tone).toContain('No ▼: no utterance scored −0.30 or lower with 2 negative words or words aimed at someone.');
  });

  it("coaching: each person's advice with the evidence it rests on, quoted and placed in time", () => {
    const coaching = section('Per-person coaching', 'Methodology');
    expect(coaching).toContain('Written by deterministic rules from the measurements');
    expect(coaching).toMatch(/Ana 50% of the talk · 3 turns/);
    // One of a thing is singular (review r34 read "1 questions").
    expect(coaching).toMatch(/Cy 10% of the talk · 1 turn · longest turn 6 s · 0 questions/);
    expect(coaching).toMatch(
      /Brought others in several times, for example by asking someone directly for their view\. “Ben, what do you think” 0:00/,
    );
    expect(coaching).toMatch(/Gave credit[^“]*“Good point, Ben” 0:23/);
    expect(coaching).toMatch(/Consider other wording for "blacklist"[^“]*“blacklist” 0:33/);
  });

  it('methodology: the data the numbers came from', () => {
    const method = section('The data', 'How the report draws the numbers');
    expect(method).toContain('53 words, 6 utterances, 3 speakers');
    expect(method).toContain('Timings real (1 min 3 s)');
  });
});

// Skipped where pdftotext (poppler-utils) is missing: the PDF's text is read back with it.
describe.skipIf(!HAS_PDFTOTEXT)('the appendix of a transcript without timings (needs pdftotext)', () => {
  let whole = '';
  let appendix = '';
  let timedAppendix = '';
  beforeAll(async () => {
    if (!HAS_PDFTOTEXT) return;
    const untimed = makeTranscript(venueMeeting().utterances.map((u) => [u.speakerId, u.text] as [string, string]));
    whole = await reportText(await analysisOf(untimed));
    appendix = textBetween(whole, 'Limits', 'Versions');
    timedAppendix = textBetween(text, 'Limits', 'Versions');
  }, 30_000);

  it('says once that there are no timings, and defines only what applies (review r32 counted four)', () => {
    expect(appendix).toContain('Timings none');
    expect(appendix).toContain('Talk measured by words');
    // The warning is the row above and the note below the table; the Warnings row has nothing else to say.
    expect(appendix).toContain('Warnings none');
    expect(appendix.match(/no timings in this transcript/gi) ?? []).toHaveLength(0);
    // No silences can be measured without times, so none is defined; an interruption is the text's kind only.
    expect(appendix).not.toContain('Long silence.');
    expect(appendix).toContain('Interruption. Without timings');
    expect(appendix).not.toContain('stops within');
    expect(appendix).toContain('Long monologue. One floor turn of more than 300 words');
  });

  it('the whole report says "no timings" where a reader may start: the cover twice, the timeline, the appendix', () => {
    // The cover's heading line and its data notes; the timeline's axis; the turn-taking note in the appendix. Tile,
    // chart captions and definitions repeated it (review r32 counted eight).
    expect(whole.match(/no timings/gi)).toHaveLength(4);
  });

  it('a timed transcript keeps the definitions that need timings', () => {
    expect(timedAppendix).toContain('Long silence. A gap of at least 5 s');
    expect(timedAppendix).toContain('Long monologue. One floor turn longer than 2 minutes.');
    expect(timedAppendix).not.toContain('Interruption. Without timings');
  });
});

// Skipped where pdftotext (poppler-utils) is missing: the PDF's text is read back with it.
describe.skipIf(!HAS_PDFTOTEXT)('a longest turn beside talk time (needs pdftotext)', () => {
  // Ana talks for 3 x 40 s with two 10-second pauses of her own: one turn of 140 s, 120 s of talk. Ben answers in 5 s.
  const pauses = makeTranscript([
    ['Ana', 'First the budget, which went up by a tenth this year.', 0, 40],
    ['Ana', 'Then the venue, which we booked for two days.', 50, 90],
    ['Ana', 'And last the catering, still open.', 100, 140],
    ['Ben', 'Thanks, that is clear.', 141, 146],
  ]);
  const participation = async (transcript: Transcript) =>
    textBetween(
      await reportText(await analysisOf(transcript)),
      'Turns, monologues and questions',
      'Who interrupted whom',
    );

  it('says why a turn can be longer than the talk, naming whose (review r32: 38 minutes of turn, 37 of talk)', async () => {
    const table = await participation(pauses);
    expect(table).toMatch(/Ana 2 min 1 2 min 20 s/);
    expect(table).toContain("the speaker's own pauses included");
    expect(table).toContain('(Ana: a turn of 2 min 20 s, 2 min of talk)');
  });

  it("says nothing when no turn is longer than its speaker's talk", async () => {
    expect(await participation(venueMeeting())).not.toContain('own pauses');
  });
});

// Skipped where pdftotext (poppler-utils) is missing: the PDF's text is read back with it.
describe.skipIf(!HAS_PDFTOTEXT)('the dominant-voice line of a large meeting (needs pdftotext)', () => {
  it('gives the line the analyser used: a fifth of the talk, not "twice the fair share" (review r36)', async () => {
    // Twelve people: the fair share is 8.3% and twice it 16.7%, but nobody is dominant below a fifth of all the talk.
    // Ana has 18 of 100 words: above twice the fair share, below the line, not dominant.
    const others = ['Ben', 'Cy', 'Dee', 'Eli', 'Fay', 'Gus', 'Hal', 'Ivy', 'Jo', 'Kai', 'Lu'];
    const words = (n: number) => Array.from({ length: n }, (_, i) => ['we', 'can', 'plan', 'it'][i % 4]).join(' ');
    const transcript = makeTranscript([
      ['Ana', `${words(18)}.`],
      ...others.map((name, i): [string, string] => [name, `${words(i < 5 ? 8 : 7)}.`]),
    ]);
    const analysis = await analysisOf(transcript);
    expect(analysis.turnTaking.totalWords).toBe(100);
    const text = await reportText(analysis);
    expect(text).toContain('Dominant voices: nobody spoke more than 20% of the talk.');
  });
});

// Skipped where pdftotext (poppler-utils) is missing: the PDF's text is read back with it.
describe.skipIf(!HAS_PDFTOTEXT)('speakers and people, counted alike (needs pdftotext)', () => {
  it('says "Unknown speaker" is lines attributed to nobody, not one more speaker (review r34: 4 participants, 5 speakers)', async () => {
    const transcript = normalize({
      format: 'plain',
      cues: [
        { speaker: 'Ana', text: 'Shall we start with the budget?', startMs: null, endMs: null, line: 1 },
        { speaker: 'Ben', text: 'Yes, the budget went up a little.', startMs: null, endMs: null, line: 2 },
        { speaker: null, text: 'Can you hear me now?', startMs: null, endMs: null, line: 3 },
        { speaker: 'Ana', text: 'We can, thanks.', startMs: null, endMs: null, line: 4 },
      ],
    });
    const analysis = await analysisOf(transcript);
    const text = await reportText(analysis);
    expect(text).toContain('2 participants');
    expect(text).toMatch(/utterances, 2 speakers, and lines attributed to nobody/);
  });
});

// Skipped where pdftotext (poppler-utils) is missing: the PDF's text is read back with it.
describe.skipIf(!HAS_PDFTOTEXT)('credit given to nobody named (needs pdftotext)', () => {
  it('says why credit given can outnumber credit received (review r37: "Gave credit 2" beside "Was credited 0")', async () => {
    const transcript = makeTranscript([
      ['Ana', 'We could rent the old town hall for the launch.'],
      ['Cy', 'Yeah, please.'], // no point of Cy's to credit, and Ana is not the only one who spoke
      ['Ben', 'Like you said, the old town hall is cheap and close.'],
      ['Cy', 'I can call them tomorrow morning.'],
    ]);
    const analysis = await analysisOf(transcript);
    const given = analysis.inclusivity.credit.bySpeaker.reduce((n, c) => n + c.given, 0);
    const received = analysis.inclusivity.credit.bySpeaker.reduce((n, c) => n + c.received, 0);
    expect([given, received]).toEqual([1, 0]);
    const text = await reportText(analysis);
    expect(text).toContain('Credit that names nobody ("as you said") counts for who gave it only.');
  });
});
