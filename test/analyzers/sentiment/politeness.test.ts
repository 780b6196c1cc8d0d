/**
 * Politeness and empathy markers per person, counted by hand from the transcript below.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../analyzers/nlp/prepare';
import { tokenize } from '../../../analyzers/nlp/tokenize';
import { analyzeSentiment } from '../../../analyzers/sentiment/index';
import { findMarkers } from '../../../analyzers/sentiment/markers';
import { makeTranscript } from '../../helpers/make-transcript';

const t = makeTranscript([
  ['Ana', 'Hi everyone, thanks for joining.'], // u1: greeting "Hi", gratitude "thanks" (5 words)
  ['Ben', 'Sorry, could you please repeat that?'], // u2: apology, indirect request "could you", please (6 words)
  ['Ana', 'Sure. Thank you, Ben.'], // u3: gratitude "Thank" (4 words)
  ['Ben', 'I hear you, that makes sense.'], // u4: empathy validation x2 (6 words)
  ['Cid', 'I understand. That must be hard.'], // u5: empathy interpretation + emotional reaction (6 words)
]);
const { result } = analyzeSentiment(prepare(t));

describe('politeness markers', () => {
  it('counts please, thanks, greetings, apologies and indirect requests per person', () => {
    const [ana, ben, cid] = result.politeness.speakers;
    // Ana: 3 markers in 9 words -> 33.333 per 100 words.
    expect(ana).toEqual({
      speakerId: 's1',
      total: 3,
      per100Words: 33.333,
      perKind: { gratitude: 2, please: 0, greeting: 1, apology: 0, 'indirect-request': 0 },
      utteranceIds: ['u1', 'u3'],
    });
    // Ben: 3 markers in 12 words -> 25.
    expect(ben).toEqual({
      speakerId: 's2',
      total: 3,
      per100Words: 25,
      perKind: { gratitude: 0, please: 1, greeting: 0, apology: 1, 'indirect-request': 1 },
      utteranceIds: ['u2'],
    });
    expect(cid).toMatchObject({ speakerId: 's3', total: 0, per100Words: 0, utteranceIds: [] });
  });

  it('lists every marker with its utterance and the words as written', () => {
    expect(result.politeness.markers.map((m) => [m.utteranceId, m.kind, m.phrase])).toEqual([
      ['u1', 'greeting', 'Hi'],
      ['u1', 'gratitude', 'thanks'],
      ['u2', 'apology', 'Sorry'],
      ['u2', 'indirect-request', 'could you'],
      ['u2', 'please', 'please'],
      ['u3', 'gratitude', 'Thank'],
    ]);
  });
});

describe('politeness markers: repair is no apology (review r35, ICSI Bmr003)', () => {
  const kinds = (text: string) => findMarkers(text, tokenize(text)).map((m) => m.kind);
  it('leaves out a request to hear it again and a self-correction inside a sentence', () => {
    expect(kinds('Sorry?')).toEqual([]);
    expect(kinds("I 'm sorry?")).toEqual([]);
    expect(kinds('Excuse me? Which one?')).toEqual([]);
    expect(kinds('If I were doing more powerful excuse me more complex web sites.')).toEqual([]);
  });
  it('keeps the apology that asks leave or owns an act', () => {
    expect(kinds('Excuse me, can I jump in?')).toEqual(['apology']);
    expect(kinds('Sorry, I was late.')).toEqual(['apology']);
    expect(kinds('Pardon me, I misread it.')).toEqual(['apology']);
  });
  it("leaves out an apology asked of someone else (review r36), keeps the speaker's own", () => {
    expect(kinds('Will the minister now apologize to the community?')).toEqual([]);
    expect(kinds('I asked. Will he apologize?')).toEqual([]);
    expect(kinds('I must apologize for the delay.')).toEqual(['apology']);
  });
});

describe('empathy markers', () => {
  it('counts acknowledging phrases per person', () => {
    const [ana, ben, cid] = result.empathy.speakers;
    expect(ana).toMatchObject({ total: 0 });
    // Ben: 2 in 12 words -> 16.667 per 100.
    expect(ben).toEqual({
      speakerId: 's2',
      total: 2,
      per100Words: 16.667,
      perKind: { interpretation: 0, validation: 2, 'emotional-reaction': 0 },
      utteranceIds: ['u4'],
    });
    // Cid: 2 in 6 words -> 33.333.
    expect(cid).toEqual({
      speakerId: 's3',
      total: 2,
      per100Words: 33.333,
      perKind: { interpretation: 1, validation: 0, 'emotional-reaction': 1 },
      utteranceIds: ['u5'],
    });
  });

  it('matches the longest phrase and does not overlap matches', () => {
    const text = 'I see what you mean, thank you so much.';
    expect(findMarkers(text, tokenize(text)).map((m) => m.phrase)).toEqual(['I see what you mean', 'thank']);
  });

  it('takes a condolence for empathy, and "if I understand correctly" or "as I understand it" for none (review r36)', () => {
    const kinds = (text: string) => findMarkers(text, tokenize(text)).map((m) => [m.family, m.kind]);
    expect(kinds('I want to extend our sympathies regarding the worker who passed away.')).toEqual([
      ['empathy', 'emotional-reaction'],
    ]);
    expect(kinds('Mr. Chair, if I understand correctly, there will be no changes before November.')).toEqual([]);
    expect(kinds('As I understand it, the government does not want to fix this.')).toEqual([]);
    expect(kinds('I understand, the deadline is tight.')).toEqual([['empathy', 'interpretation']]);
    // Checked with the person, it reflects what they meant: reflective listening.
    expect(kinds('If I understand you, Rosa, you want a lint step?')).toEqual([['empathy', 'interpretation']]);
  });

  it('does not take "I got it" (taking on a task) for empathy', () => {
    const text = "I got it, I'll send it tonight.";
    expect(findMarkers(text, tokenize(text))).toEqual([]);
  });

  it('takes a clipped "makes sense" as validation only as a reply, not a thing making sense (review r32)', () => {
    const phrases = (text: string) => findMarkers(text, tokenize(text)).map((m) => m.phrase);
    // A presenter about her own framework: the noun before it is its subject.
    expect(phrases('So our who and our what makes sense. The question is how it is read.')).toEqual([]);
    expect(phrases('Yeah, makes sense.')).toEqual(['makes sense']);
    expect(phrases('Yeah makes total sense, thanks.')).toEqual(['makes total sense', 'thanks']);
    expect(phrases('Makes sense.')).toEqual(['Makes sense']);
    expect(phrases('That makes sense.')).toEqual(['That makes sense']);
  });
});
