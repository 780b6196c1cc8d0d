/**
 * Tone senses (issue 11), one block per class: tension needs affect aimed at the other person;
 * sympathy and condolences are no negative remark; topic words and idioms are no tone; a harsh
 * remark said to someone is a coachable finding in its speaker's own words. Lines are our own.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../analyzers/nlp/prepare';
import { ADDRESS, HOSTILITY, SYMPATHY } from '../../../analyzers/sentiment/data/tone-senses';
import { analyzeSentiment } from '../../../analyzers/sentiment/index';
import { scoreText } from '../../../analyzers/sentiment/score-utterance';
import { sentenceSpans, toneSense } from '../../../analyzers/sentiment/senses';
import { isCoachable } from '../../../src/model/finding';
import { makeTranscript, type Line } from '../../helpers/make-transcript';

const analyse = (lines: Line[]) => analyzeSentiment(prepare(makeTranscript(lines)));
const kinds = (lines: Line[], kind: string) => analyse(lines).findings.filter((f) => f.kind === kind);

describe('tone-senses data', () => {
  it('every entry matches its example, with a source and a note', () => {
    for (const e of [...SYMPATHY, ...HOSTILITY, ...ADDRESS]) {
      expect(e.pattern.test(e.example.toLowerCase()), e.id).toBe(true);
      expect(e.source.length, e.id).toBeGreaterThan(3);
      expect(e.note.length, e.id).toBeGreaterThan(3);
    }
  });

  it('splits sentences at end punctuation followed by space', () => {
    expect(sentenceSpans('That is unfair. The bug came from you.')).toEqual([
      { start: 0, end: 15 },
      { start: 16, end: 38 },
    ]);
    expect(sentenceSpans('v1.2 is out')).toEqual([{ start: 0, end: 11 }]);
  });
});

describe('tension-sense: negative affect aimed at the other person', () => {
  it('shared bad news and sympathy are no tension', () => {
    const lines: Line[] = [
      ['Lee', 'What an awful weekend. The payment queue kept failing all night.'],
      ['Mia', 'I am so sorry you were on your own with that. That sounds horrible.'],
      ['Lee', 'It was miserable. The dashboards were wrong and the pager was broken.'],
      ['Mia', 'That is terrible. Take the afternoon off, I will cover.'],
    ];
    const { result, findings } = analyse(lines);
    expect(result.tension).toEqual([]);
    expect(findings.filter((f) => isCoachable(f))).toEqual([]);
  });

  it('blame traded between two people is tension, about the one who attacked, in their words', () => {
    const lines: Line[] = [
      ['Otto', 'Your migration broke the reports again, Pia. This is sloppy work.'],
      ['Pia', 'That is unfair. Nobody told us the schema changed.'],
      ['Otto', 'Do not blame my team for your mistakes.'],
    ];
    const tension = kinds(lines, 'tension');
    expect(tension).toHaveLength(1);
    expect(tension[0]).toMatchObject({ speakerId: 's1', targetSpeakerId: 's2', confidence: 'medium' });
    expect(lines[0]![1]).toContain(tension[0]!.quote);
  });

  it('a clarifying question about bad news is no tension', () => {
    const lines: Line[] = [
      ['Ada', 'The vendor missed the deadline and the penalty clause is unclear.'],
      ['Bo', 'Which clause is unclear, the delay one or the quality one?'],
      ['Ada', 'The delay one. It is a problem, the wording is a mess.'],
      ['Bo', 'That is a real problem. Can legal fix it?'],
    ];
    expect(analyse(lines).result.tension).toEqual([]);
  });

  it('a defensive "are you saying it is my fault?" counts as aimed at the other person', () => {
    const sense = toneSense("Are you saying it's my fault?", [], 0, new Map());
    expect(sense.directed.map((d) => d.move)).toEqual(['pushback']);
  });
});

describe('condolence: sympathy is no negative moment', () => {
  it.each([
    'Sorry for your loss, Nora. If you need anything, just say.',
    'Oh, I am sorry, that sounds exhausting.',
    'I am so sorry you had to deal with that alone. That sounds awful.',
    'I know, it was brutal. I am sorry you had to present those numbers.',
  ])('%s', (text) => {
    const { result, findings } = analyse([
      ['Nora', 'It has been a hard few weeks.'],
      ['Mikko', text],
    ]);
    expect(result.moments.mostNegative.map((m) => m.speakerId)).not.toContain('s2');
    expect(findings.filter((f) => f.speakerId === 's2' && f.kind === 'negative-moment')).toEqual([]);
  });
});

describe('tone-topic-words and tone-idiom: senses that are not tone', () => {
  it.each([
    ['Customer support escalated two tickets about the export.', 'support'],
    ['The linear regression on churn is ready.', 'regression'],
    ['We can kill the old nightly job once the pipeline is live.', 'kill'],
    ['The worker hit a fatal error and restarted.', 'fatal'],
    ['If worst comes to worst, we book you a hotel.', 'worst'],
    ['That problem is dead and buried.', 'dead'],
    ['It is difficult, probably eight points.', 'difficult'],
  ])('%s is neutral', (text, word) => {
    const s = scoreText(text);
    expect(s.contributions.map((c) => c.word.toLowerCase())).not.toContain(word);
  });

  it.each(['No, no.', 'No, no, you are right.', 'No no, go ahead.'])('an agreeing "%s" is not negative', (text) => {
    expect(scoreText(text).score).toBeGreaterThanOrEqual(0);
  });

  it('a single "No." and a "no, no" before a negative stay negative', () => {
    expect(scoreText('No.').score).toBeLessThan(0);
    expect(scoreText('No, no, no, that is wrong.').score).toBeLessThan(0);
  });

  it('a laugh alone does not make a most positive moment', () => {
    const { result } = analyse([['Facilities', 'Desks can be booked from Monday, ha, finally.']]);
    expect(result.moments.mostPositive).toEqual([]);
  });

  it('sarcastic thanks is no positive moment', () => {
    const { result } = analyse([
      ['Karl', 'The notes are in the wiki.'],
      ['Vera', 'Thanks for nothing, Karl.'],
    ]);
    expect(result.moments.mostPositive).toEqual([]);
  });
});

describe('remark at a person: coachable, in the speaker own words', () => {
  const lines: Line[] = [
    ['Kurt', "Honestly, Anna, that demo was a waste of everyone's time."],
    ['Anna', 'Okay.'],
    ['Lina', 'The search part worked and the client liked it.'],
  ];

  it('is a low, medium-confidence negative-moment aimed at Anna', () => {
    const remarks = kinds(lines, 'negative-moment').filter((f) => f.ruleId === 'remark-at-person');
    expect(remarks).toHaveLength(1);
    expect(remarks[0]).toMatchObject({ speakerId: 's1', targetSpeakerId: 's2', severity: 'low', confidence: 'medium' });
    expect(isCoachable(remarks[0]!)).toBe(true);
    expect(lines[0]![1]).toContain(remarks[0]!.quote);
  });

  it('in a group, names nobody as the target unless the remark says whom it is for', () => {
    // The previous speaker (the chair) is not who the remark was aimed at: only a name would say.
    const remarks = kinds(
      [
        ['Chair', 'Mr Motz, your question, please.'],
        ['Motz', "Honestly, your answer was a waste of everyone's time."],
        ['Blair', 'I reject that.'],
      ],
      'negative-moment',
    ).filter((f) => f.ruleId === 'remark-at-person');
    expect(remarks).toHaveLength(1);
    expect(remarks[0]).toMatchObject({ speakerId: 's2', targetSpeakerId: null });
    expect(remarks[0]!.note).not.toMatch(/Chair/);
  });

  it('a tool called stupid with nobody addressed is no remark at a person', () => {
    const remarks = kinds(
      [
        ['Ingrid', 'The importer is too stupid to skip empty rows.'],
        ['Paolo', 'I will add a check.'],
      ],
      'negative-moment',
    ).filter((f) => f.ruleId === 'remark-at-person');
    expect(remarks).toEqual([]);
  });

  it('generic "you know" with a negative word is no remark at a person', () => {
    const remarks = kinds(
      [
        ['Ana', 'The rollout was awful, you know, the worst week this year.'],
        ['Ben', 'Agreed.'],
      ],
      'negative-moment',
    ).filter((f) => f.ruleId === 'remark-at-person');
    expect(remarks).toEqual([]);
  });

  it.each([
    'You might end up with no worker available, which is bad.',
    'If you stuck the mixer up there it would be a pain.',
    "And you don't want to, I hate tiny buttons on a remote.",
  ])('generic "you" is no remark at a person: %s', (text) => {
    const remarks = kinds(
      [
        ['Ana', 'What happens with two workers?'],
        ['Ben', text],
      ],
      'negative-moment',
    ).filter((f) => f.ruleId === 'remark-at-person');
    expect(remarks).toEqual([]);
  });

  it('ordinary most-negative moments are measurements with their words, not findings about a person', () => {
    const result = analyse([['Ana', 'The build is broken and the tests are flaky.']]);
    expect(result.result.moments.mostNegative.map((m) => m.utteranceId)).toEqual(['u1']);
    expect(result.findings.filter((f) => f.kind === 'negative-moment')).toEqual([]);
  });
});

describe('sentences', () => {
  it('does not end a sentence at a title before a name', () => {
    expect(sentenceSpans('Again, that is a wrong answer, Mr. Chair. How many are banned?')).toEqual([
      { start: 0, end: 41 },
      { start: 42, end: 62 },
    ]);
  });
});

describe('addressing through the chair', () => {
  it('reads "Mr. Chair" as procedure, not as a remark aimed at the chair or at another "Mr."', () => {
    const remarks = kinds(
      [
        ['The Acting Chair (Mr. Bruce Stanton)', 'The honourable member for Bow River.'],
        ['Mr. Glen Motz', 'Again, that is a wrong answer, Mr. Chair. How many shotguns are on the banned list?'],
        ['Hon. Bill Blair', 'None, Mr. Chair.'],
        ['Mr. Brad Redekopp', 'Thank you, Mr. Chair.'],
      ],
      'negative-moment',
    ).filter((f) => f.ruleId === 'remark-at-person');
    for (const r of remarks) expect(r.targetSpeakerId).toBeNull();
  });
});

describe('the clause that addresses the hearer', () => {
  it('does not read "your to-do list ... and that is bad" as a remark at the hearer', () => {
    const remarks = kinds(
      [
        ['Ana', 'The more I speak, the more items there are on your to-do list, and that is bad, really bad.'],
        ['Ben', 'Ha, fair enough.'],
      ],
      'negative-moment',
    ).filter((f) => f.ruleId === 'remark-at-person');
    expect(remarks).toEqual([]);
  });

  it('still reads "your team wasted half the budget" as one', () => {
    const remarks = kinds(
      [
        ['Hank', 'Your team wasted half the budget on a useless tool.'],
        ['Iris', 'We did not.'],
      ],
      'negative-moment',
    ).filter((f) => f.ruleId === 'remark-at-person');
    expect(remarks.map((f) => f.speakerId)).toEqual(['s1']);
  });
});

describe('generic "your" later in a sentence', () => {
  it.each([
    "I don't think just moving your finger around on a small screen is going to deal with that, it is still bad.",
    'We got one of the remotes that you programme each of your things into, but that kept losing the signal, awful.',
  ])('is no remark at a person: %s', (text) => {
    const remarks = kinds(
      [
        ['Ana', text],
        ['Ben', 'Right.'],
        ['Cy', 'Noted.'],
      ],
      'negative-moment',
    ).filter((f) => f.ruleId === 'remark-at-person');
    expect(remarks).toEqual([]);
  });
});

describe('polite disagreement', () => {
  it('reads "No, you sorry, you are not involved in ..." as a correction, not a remark at the hearer', () => {
    const remarks = kinds(
      [
        ['Ana', 'So I run the events as well?'],
        ['Ben', 'No, you sorry, you are not involved in the running of the events at all.'],
      ],
      'negative-moment',
    ).filter((f) => f.ruleId === 'remark-at-person');
    expect(remarks).toEqual([]);
  });
});
