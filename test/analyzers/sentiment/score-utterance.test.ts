/**
 * The utterance scorer on hand-written sentences. Expected values are worked out by hand from the
 * lexicon values (VADER scale -4..+4) and the rules in analyzers/sentiment/data/sentiment-rules.ts:
 * score = S / sqrt(S^2 + 15).
 */
import { describe, expect, it } from 'vitest';
import { scoreText } from '../../../analyzers/sentiment/score-utterance';

const norm = (s: number) => s / Math.sqrt(s * s + 15);

describe('negation', () => {
  it('makes "not bad" mildly positive and "not good" negative', () => {
    // bad -2.5 x -0.5 (negated negative) = +1.25; good 1.9 x -0.74 = -1.406
    expect(scoreText('not bad').score).toBeCloseTo(norm(1.25), 3); // 0.307
    expect(scoreText('not good').score).toBeCloseTo(norm(-1.406), 3); // -0.341
    expect(scoreText('not bad').score).toBeGreaterThan(0);
    expect(scoreText('not good').score).toBeLessThan(0);
  });

  it('reads "no problem" as mildly positive', () => {
    // problem -1.7 x -0.5 = +0.85
    const s = scoreText('No problem.');
    expect(s.score).toBeCloseTo(norm(0.85), 3);
    expect(s.contributions[0]).toMatchObject({ word: 'No problem', value: 0.85, rules: ['negator:no'] });
  });

  it('reaches three words back and stops at punctuation', () => {
    // "not a very good idea": not ... good at distance 3 (a, very between): good 1.9 + 0.293 (very) = 2.193, negated x -0.74 = -1.623
    expect(scoreText('It is not a very good idea.').contributions[0]!.value).toBeCloseTo(-1.623, 3);
    // "Not now, good work": the comma ends the negator's reach.
    expect(scoreText('Not now, good work.').score).toBeCloseTo(norm(1.9), 3);
  });

  it("treats any n't contraction as a negator", () => {
    expect(scoreText("It doesn't look good").score).toBeCloseTo(norm(-1.406), 3);
  });

  it('lets a "no" that negates nothing keep its own valence', () => {
    // "no time": time is not in the lexicon, so "no" counts as VADER's -1.2.
    expect(scoreText('We have no time.').score).toBeCloseTo(norm(-1.2), 3);
  });

  it('does not read "whether or not" as a negation', () => {
    expect(scoreText('whether or not they are happy').score).toBeCloseTo(norm(2.7), 3);
  });
});

describe('intensity', () => {
  it('ranks "really great" above "great"', () => {
    // great 3.1; really great 3.1 + 0.293 = 3.393
    expect(scoreText('great').score).toBeCloseTo(norm(3.1), 3); // 0.625
    expect(scoreText('really great').score).toBeCloseTo(norm(3.393), 3); // 0.659
    expect(scoreText('really great').score).toBeGreaterThan(scoreText('great').score);
  });

  it('weakens with dampeners', () => {
    // crashed -1.7 (ours); "a bit crashed": -1.7 + 0.293 = -1.407
    expect(scoreText('it crashed').score).toBeCloseTo(norm(-1.7), 3);
    expect(scoreText('it kind of crashed').score).toBeCloseTo(norm(-1.407), 3);
    expect(scoreText('it a bit crashed').score).toBeCloseTo(norm(-1.407), 3);
  });

  it('uses "pretty" and "damn" as boosters only before a sentiment word', () => {
    expect(scoreText('pretty good').score).toBeCloseTo(norm(1.9 + 0.293), 3);
    // "pretty horses": horses is no sentiment word, so "pretty" is the adjective (+2.2).
    expect(scoreText('pretty horses').score).toBeCloseTo(norm(2.2), 3);
  });

  it('adds caps and exclamation emphasis', () => {
    // GREAT in mixed case: 3.1 + 0.733; "!" adds 0.292 in the direction of the sum.
    expect(scoreText('this is GREAT news').score).toBeCloseTo(norm(3.833), 3);
    expect(scoreText('Great!').score).toBeCloseTo(norm(3.392), 3);
    expect(scoreText('GREAT').score).toBeCloseTo(norm(3.1), 3); // all caps: no differential
  });
});

describe('contrast', () => {
  it('weighs the clause after "but" more: "okay, but the demo crashed" is negative', () => {
    // okay 0.9 x 0.5 = 0.45; crashed -1.7 x 1.5 = -2.55; sum -2.1
    const s = scoreText('It was okay, but the demo crashed.');
    expect(s.contributions.map((c) => [c.word, c.value])).toEqual([
      ['okay', 0.45],
      ['crashed', -2.55],
    ]);
    expect(s.score).toBeCloseTo(norm(-2.1), 3); // -0.477
  });

  it('keeps "but" inside its sentence', () => {
    // "Great." stays 3.1; second sentence: good 1.9 x 0.5, bad -2.5 x 1.5 -> sum 3.1 + 0.95 - 3.75 = 0.3
    expect(scoreText('Great. Good plan but bad timing.').score).toBeCloseTo(norm(0.3), 3);
  });

  it('halves a conceded clause', () => {
    // Although ... crashed: -1.7 x 0.5 = -0.85; great 3.1 -> 2.25
    expect(scoreText('Although the demo crashed, the launch went great.').score).toBeCloseTo(norm(2.25), 3);
  });
});

describe('meeting talk', () => {
  it('neutralises technical phrases', () => {
    const s = scoreText("Let's kill the process and fix the bug.");
    expect(s.score).toBe(0);
    expect(s.neutralised).toEqual(['kill the process']);
    expect(scoreText('The handler will fire the event and hit the endpoint.').score).toBe(0);
    expect(scoreText('That widens the attack surface.').score).toBe(0);
    expect(scoreText('We execute the plan; put it in a code block.').score).toBe(0);
    expect(scoreText("Let's write the problem statement.").score).toBe(0);
  });

  it('still counts the same words outside those phrases', () => {
    expect(scoreText('That would kill the mood.').score).toBeLessThan(0);
    expect(scoreText('We have a problem.').score).toBeCloseTo(norm(-1.7), 3);
  });

  it('treats clause-opening markers as neutral, unless exclaimed', () => {
    expect(scoreText('Yeah, okay.').score).toBe(0);
    expect(scoreText('Oh yeah, so the budget.').score).toBe(0);
    expect(scoreText('Yes!').score).toBeCloseTo(norm(1.7 + 0.292), 3);
    expect(scoreText('It went well.').score).toBeCloseTo(norm(1.1), 3);
    expect(scoreText('Well done, everyone.').score).toBeCloseTo(norm(2.3), 3);
    expect(scoreText('We should test it as well.').score).toBe(0);
  });

  it('reads "a great many" and "a good deal of" as amounts, and a great deal (a bargain) as praise', () => {
    // A committee member's "So, you're not anticipating a great many cases." was scored a negative remark at the
    // witness: "great" there counts, and "not" negated the count.
    expect(scoreText("So, you're not anticipating a great many cases.").score).toBe(0);
    expect(scoreText('We spent a great deal of time on the migration.').score).toBe(0);
    expect(scoreText('A good many users asked for it.').score).toBe(0);
    expect(scoreText('That took a good deal of work.').score).toBe(0);
    expect(scoreText('It was a great deal.').score).toBeGreaterThan(0);
    expect(scoreText('That is not great.').score).toBeLessThan(0);
  });

  it('counts "like" only as a verb of liking', () => {
    expect(scoreText("It's like ten minutes.").score).toBe(0);
    expect(scoreText('I like it.').score).toBeCloseTo(norm(1.5), 3);
  });

  it('halves sentiment in questions', () => {
    // problems -1.7 x 0.5 = -0.85
    expect(scoreText('Any problems?').score).toBeCloseTo(norm(-0.85), 3);
    expect(scoreText('Any problems?').score).toBeGreaterThan(scoreText('Problems.').score);
  });

  it('reads "can\'t wait" as eagerness and "never been so" as emphasis', () => {
    expect(scoreText("Can't wait to see it.").score).toBeCloseTo(norm(2.2), 3);
    // happy 2.7 + 0.293 (so) = 2.993, x 1.25 (never ... so) = 3.741
    expect(scoreText('I have never been so happy').score).toBeCloseTo(norm(3.741), 3);
  });
});

describe('text forms', () => {
  it('reads emoticons between and glued to words', () => {
    expect(scoreText('see you :)').score).toBeCloseTo(norm(2), 3);
    expect(scoreText('done :D').score).toBeCloseTo(norm(2.3), 3);
  });

  it('ignores words inside URLs and mentions', () => {
    expect(scoreText('see http://good.example.com/great for details').score).toBe(0);
  });

  it('collapses letters repeated three times or more', () => {
    expect(scoreText('it was sooo gooood').score).toBeCloseTo(norm(1.9 + 0.293), 3);
  });

  it('gives 0 for empty or wordless text', () => {
    expect(scoreText('').score).toBe(0);
    expect(scoreText('...').score).toBe(0);
  });

  it('scores long text in chunks of up to 50 words and averages them', () => {
    // Sentence 1: 29 filler words + "problem" (30 words, -1.7); sentence 2: 30 neutral words.
    // 30 + 30 > 50, so two chunks: mean(norm(-1.7), 0) = -0.201.
    const text = `${'alpha '.repeat(29)}problem. ${'beta '.repeat(29)}gamma.`;
    const s = scoreText(text);
    expect(s.chunkScores).toHaveLength(2);
    expect(s.score).toBeCloseTo(norm(-1.7) / 2, 3);
    // Short text is one chunk: the plain summed score.
    expect(scoreText('Great. Thanks.').chunkScores).toEqual([expect.closeTo(norm(3.1 + 1.9), 3)]);
  });

  it('quotes every contribution verbatim', () => {
    const text = "Honestly, it isn't BAD at all, but the rollout was a total mess :(";
    for (const c of scoreText(text).contributions) expect(text.slice(c.start, c.end)).toBe(c.word);
  });
});
