/**
 * One home per threshold and band: every reader (the analysers, the rule-based commentary, the PDF's
 * headlines, conventions and people table) must agree with analyzers/<name>/thresholds.ts. Each case
 * sets a measurement just either side of a bound and asks every reader what it says.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../analyzers/analysis';
import { runAnalyzers } from '../../analyzers/index';
import { DOMINANT_MULTIPLE, participationStatus, QUIET_FRACTION } from '../../analyzers/inclusivity/thresholds';
import { SENTIMENT_THRESHOLDS, sentimentBand } from '../../analyzers/sentiment/thresholds';
import { GINI_BANDS, giniBand, TURN_TAKING_THRESHOLDS } from '../../analyzers/turn-taking/thresholds';
import { giniSentence } from '../../reports/charts/equality-gauge';
import { REPORT_CONVENTIONS } from '../../reports/methodology/report-conventions';
import { buildReportModel } from '../../reports/model/build-model';
import { factualHeadlines } from '../../reports/model/headlines';
import { rulesCommentary } from '../../src/commentary/rules';
import { makeTranscript } from '../helpers/make-transcript';

const LATIN = { getCharacterSet: () => Array.from({ length: 0x250 - 0x20 }, (_, i) => 0x20 + i) };
const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ') + '.';

const FOUR: Parameters<typeof makeTranscript>[0] = [
  ['Ana', words(60, 'budget')],
  ['Ben', words(20, 'plan')],
  ['Cai', words(25, 'release')],
  ['Dan', words(3, 'fine')],
  ['Ana', words(40, 'budget')],
];

/** Four people: Ana talks most, Dan least (or other lines). */
function meeting(lines = FOUR, attendees?: string[]): Analysis {
  const transcript = makeTranscript(lines);
  const m = runAnalyzers(transcript, { attendees });
  const commentary: Analysis['commentary'] = {
    summary: [],
    people: [],
    source: 'none',
    fallbackReason: null,
    model: null,
    promptVersion: 'test',
    dropped: { count: 0, items: [] },
    usage: null,
    cached: false,
    sent: null,
  };
  return {
    schemaVersion: 1,
    generator: { name: 'test', version: '0' },
    meeting: { title: 'Sync', analysedAt: '2026-01-01T00:00:00.000Z', attendees: [] },
    transcript,
    ...m,
    commentary,
  };
}

const headlines = (a: Analysis) =>
  factualHeadlines(
    buildReportModel({ analysis: a, options: { generatedAt: new Date('2026-01-01T00:00:00Z') } }, LATIN),
  );
const summary = (a: Analysis) =>
  rulesCommentary(a)
    .summary.map((s) => s.text)
    .join(' ');

describe('the Gini of talk reads the same everywhere', () => {
  it('the PDF headline names the band analyzers/turn-taking/thresholds.ts gives, either side of every bound', () => {
    for (const band of GINI_BANDS.slice(0, -1)) {
      for (const gini of [band.upTo - 0.001, band.upTo + 0.001]) {
        const a = meeting();
        a.turnTaking.gini = gini;
        expect(headlines(a).join(' ')).toContain(`Talk was ${giniBand(gini).name} (Gini`);
      }
    }
  });

  it('the PDF conventions list exactly the bands of the home', () => {
    const gauge = REPORT_CONVENTIONS.find((c) => c.term === 'Equality gauge')!.definition;
    for (const b of GINI_BANDS) expect(gauge).toContain(`${b.upTo.toFixed(2)} ${b.name}`);
  });

  /** What each reader says about one Gini, reduced to a band name. */
  function readings(gini: number): { commentary: string; headline: string; gauge: string } {
    const a = meeting();
    a.turnTaking.gini = gini;
    const said = /Talk was shared ([a-z ]+) \(Gini/.exec(summary(a))?.[1];
    const commentary = GINI_BANDS.find((b) => b.shared === said)?.name ?? `unknown: ${said}`;
    const headline = /Talk was ([a-z ]+) \(Gini/.exec(headlines(a).join(' '))?.[1] ?? 'missing';
    const gauge = /^Gini [\d.]+ \(([a-z ]+)\)/.exec(giniSentence(gini, 4))?.[1] ?? 'missing';
    return { commentary, headline, gauge };
  }

  it('the commentary, the PDF headline and the gauge name the same band for every Gini from 0 to 0.75', () => {
    const grid = Array.from({ length: 76 }, (_, i) => i / 100);
    for (const b of GINI_BANDS) grid.push(b.upTo - 0.001, b.upTo + 0.001, b.upTo + 0.004, b.upTo + 0.006);
    for (const gini of grid) {
      const r = readings(gini);
      expect({ gini, ...r }).toEqual({ gini, commentary: r.gauge, headline: r.gauge, gauge: giniBand(gini).name });
    }
  });

  it('reads the Gini of the issue as a coach would: 0.30 is fairly even everywhere, 0.40 uneven everywhere', () => {
    // The contradiction: the cover said "fairly even" while the commentary said "shared unevenly".
    expect(readings(0.3)).toEqual({ commentary: 'fairly even', headline: 'fairly even', gauge: 'fairly even' });
    expect(readings(0.4)).toEqual({ commentary: 'uneven', headline: 'uneven', gauge: 'uneven' });
    expect(readings(0.1)).toEqual({ commentary: 'even', headline: 'even', gauge: 'even' });
    expect(readings(0.6)).toEqual({ commentary: 'very uneven', headline: 'very uneven', gauge: 'very uneven' });
  });

  it('a Gini printed as 0.35 reads as the band that ends at 0.35, not the next one', () => {
    expect(readings(0.3504)).toEqual({ commentary: 'fairly even', headline: 'fairly even', gauge: 'fairly even' });
  });

  it('the commentary names who had most of the talk only when the band reads uneven', () => {
    const a = meeting();
    a.turnTaking.gini = 0.3;
    expect(summary(a)).not.toMatch(/had \d+% of it/);
    a.turnTaking.gini = 0.4;
    expect(summary(a)).toMatch(
      /Talk was shared unevenly \(Gini 0\.40, where zero means perfectly equal\); Ana had \d+% of it/,
    );
  });
});

describe('tone bands read the same everywhere', () => {
  const cases = [
    SENTIMENT_THRESHOLDS.positive + 0.001,
    SENTIMENT_THRESHOLDS.positive,
    0,
    SENTIMENT_THRESHOLDS.negative,
    SENTIMENT_THRESHOLDS.negative - 0.001,
  ];

  it('the commentary says the band of the meeting mean "on average"', () => {
    for (const mean of cases) {
      const a = meeting();
      a.sentiment.meeting.mean = mean;
      expect(summary(a)).toMatch(new RegExp(`The tone was (slightly )?${sentimentBand(mean)} on average`));
    }
  });

  it('the PDF headline says the band of the mean utterance score, in the same words', () => {
    for (const score of cases) {
      const a = meeting();
      for (const u of a.sentiment.utterances) u.score = score;
      expect(headlines(a).join(' ')).toMatch(new RegExp(`The tone was (slightly )?${sentimentBand(score)} on average`));
    }
  });

  it('the analyser counts an utterance as positive or negative by the same band', () => {
    const a = meeting();
    for (const person of a.sentiment.speakers) {
      const mine = a.sentiment.utterances.filter(
        (u) => a.transcript.utterances.find((t) => t.id === u.utteranceId)?.speakerId === person.speakerId,
      );
      expect(person.positiveUtteranceIds).toEqual(
        mine.filter((u) => sentimentBand(u.score) === 'positive').map((u) => u.utteranceId),
      );
      expect(person.negativeUtteranceIds).toEqual(
        mine.filter((u) => sentimentBand(u.score) === 'negative').map((u) => u.utteranceId),
      );
    }
  });
});

describe('quiet and dominant voices read the same everywhere', () => {
  it('the analyser and the PDF people table classify every person alike, and by the home rule', () => {
    const a = meeting();
    const p = a.inclusivity.participation;
    const model = buildReportModel({ analysis: a, options: { generatedAt: new Date('2026-01-01T00:00:00Z') } }, LATIN);
    expect(p.quietVoices.map((v) => v.speakerId)).toEqual(['s4']);
    expect(p.dominantVoices.map((v) => v.speakerId)).toEqual(['s1']);
    for (const s of p.speakers) {
      expect(s.status).toBe(participationStatus(s.talkShare, p.fairShare, p.people));
      expect(model.personById.get(s.speakerId)?.participation).toBe(s.status);
    }
    expect(p.quietBelow).toBeCloseTo(p.fairShare * QUIET_FRACTION, 12);
    expect(p.dominantAbove).toBeCloseTo(p.fairShare * DOMINANT_MULTIPLE, 12);
  });

  it('in a 1:1 the analyser and the PDF people table agree that 90% is dominant (the 75% line for two)', () => {
    const a = meeting([
      ['Ana', words(90, 'budget')],
      ['Ben', words(10, 'fine')],
    ]);
    const p = a.inclusivity.participation;
    const model = buildReportModel({ analysis: a, options: { generatedAt: new Date('2026-01-01T00:00:00Z') } }, LATIN);
    expect(p.dominantAbove).toBe(0.75);
    expect(p.speakers.map((s) => [s.speakerId, s.status])).toEqual([
      ['s1', 'dominant'],
      ['s2', 'quiet'],
    ]);
    for (const s of p.speakers) expect(model.personById.get(s.speakerId)?.participation).toBe(s.status);
  });

  it('gives the unattributed bucket no verdict in the analysis or the PDF, however much it said', () => {
    // Unknown 100 words, Ana 10, Ben 10: Ana and Ben split the people's talk evenly.
    const a = meeting([
      ['Ana', words(10, 'budget')],
      ['', words(100, 'question')],
      ['Ben', words(10, 'plan')],
    ]);
    const p = a.inclusivity.participation;
    const model = buildReportModel({ analysis: a, options: { generatedAt: new Date('2026-01-01T00:00:00Z') } }, LATIN);
    expect(p.people).toBe(2);
    expect(a.turnTaking.participantsCounted).toBe(2);
    expect(p.speakers.map((s) => s.status)).toEqual(['balanced', 'balanced']);
    expect(model.personById.get('s2')?.participation).toBe('balanced');
    // The PDF's count of people (cover, fair-share line) is the analyser's, not the number of speaker rows.
    expect([model.peopleCounted, model.people.length]).toEqual([2, 3]);
  });

  it('the PDF headline and the inclusivity section say the home fraction in words', () => {
    const inWords: Record<number, string> = { 0.5: 'half', 0.25: 'a quarter of' };
    const a = meeting();
    expect(headlines(a).join(' ')).toContain(`spoke less than ${inWords[QUIET_FRACTION]} their fair share: Dan`);
  });

  it('the PDF conventions state the home fractions in words', () => {
    const inWords: Record<number, string> = { 0.5: 'half', 2: 'twice', 3: 'three times', 0.25: 'a quarter of' };
    const text = REPORT_CONVENTIONS.find((c) => c.term === 'Quiet and dominant voices')!.definition;
    expect(text).toContain(`below ${inWords[QUIET_FRACTION]} the fair share`);
    expect(text).toContain(`above ${inWords[DOMINANT_MULTIPLE]} the fair share`);
  });
});

describe('monologue length reads the same everywhere', () => {
  it('the analysis carries the home thresholds, which the PDF and the page print from the JSON', () => {
    const a = meeting();
    expect(a.turnTaking.monologues.thresholdMs).toBe(TURN_TAKING_THRESHOLDS.monologueMs);
    expect(a.turnTaking.monologues.thresholdWords).toBe(TURN_TAKING_THRESHOLDS.monologueWords);
  });
});
