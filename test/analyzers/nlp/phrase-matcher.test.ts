/**
 * The building blocks shared by inclusivity and listening: the suffix stripper, the name index,
 * sentence bounds, the phrase matcher's guards, and "whom does this answer".
 */
import { describe, expect, it } from 'vitest';
import { conversationContext, respondingTo } from '../../../analyzers/nlp/context';
import { buildNameIndex, matchName } from '../../../analyzers/nlp/names';
import {
  gapBefore,
  isSentenceStart,
  PhraseMatcher,
  sentenceRange,
  viewOf,
} from '../../../analyzers/nlp/phrase-matcher';
import type { PhraseRule } from '../../../analyzers/nlp/types';
import { stem } from '../../../analyzers/nlp/stem';
import { prepare } from '../../../analyzers/nlp/prepare';
import { makeTranscript } from '../../helpers/make-transcript';

describe('stem', () => {
  it('maps inflections of one word to one key', () => {
    expect(stem('batteries')).toBe(stem('battery'));
    expect(stem('designing')).toBe(stem('design'));
    expect(stem('controlled')).toBe(stem('control'));
    expect(stem('making')).toBe(stem('make'));
    expect(stem('filling')).toBe(stem('fill'));
    expect(stem("priya's")).toBe('priya');
  });

  it('leaves short words and -ss words alone', () => {
    expect(stem('bus')).toBe('bus');
    expect(stem('pass')).toBe('pass');
    expect(stem('analysis')).toBe('analysis');
  });
});

describe('names', () => {
  const index = buildNameIndex([
    { id: 's1', name: 'Zoë Martin', aliases: [], anonymous: false },
    { id: 's2', name: 'Hon. Bill Blair (Minister of Public Safety)', aliases: [], anonymous: false },
    { id: 's3', name: 'The Chair', aliases: [], anonymous: false },
    { id: 's4', name: 'Speaker 2', aliases: [], anonymous: true },
  ]);

  it('indexes the person, not the role, the title or a placeholder label', () => {
    expect([...index.byToken.keys()].sort()).toEqual(['bill', 'blair', 'martin', 'zoe', 'zoë']);
  });

  it("matches a title with the name after it, across the title's full stop", () => {
    expect(matchName(viewOf('Thanks, Mr. Blair.'), 1, index, false)).toEqual({
      start: 1,
      end: 3,
      speakerIds: ['s2'],
      text: 'Mr. Blair',
    });
    expect(matchName(viewOf('Thanks, Zoe.'), 1, index, false)?.speakerIds).toEqual(['s1']);
  });

  it('takes an unknown capitalised word for a name, but not a common word or a role', () => {
    expect(matchName(viewOf('as Tom said'), 1, index, false)).toMatchObject({ speakerIds: [], text: 'Tom' });
    expect(matchName(viewOf('Thank you, Chair'), 2, index, false)).toBeNull();
    expect(matchName(viewOf('That said'), 0, index, false)).toBeNull();
  });
});

describe('sentences', () => {
  it('does not end a sentence at a title', () => {
    const view = viewOf('Go ahead, Mr. Green. Then we vote.');
    // tokens: Go(0) ahead(1) Mr(2) Green(3) Then(4) we(5) vote(6)
    expect(gapBefore(view, 2)).toBe(', ');
    expect(isSentenceStart(view, 3)).toBe(false);
    expect(isSentenceStart(view, 4)).toBe(true);
    expect(sentenceRange(view, 1)).toEqual({ start: 0, end: 4 });
  });
});

describe('phrase matcher guards', () => {
  const rule = (over: Partial<PhraseRule>): PhraseRule => ({
    id: 'r',
    pattern: 'good idea',
    example: '',
    source: '-',
    note: '-',
    ...over,
  });
  const ids = (r: PhraseRule, text: string) =>
    new PhraseMatcher([[r]]).match(viewOf(text), { byToken: new Map() })[0]!.map((m) => m.start);

  it('applies notAfter and notBefore only without punctuation between', () => {
    const r = rule({ notAfter: ['not a'], notBefore: ['to'] });
    expect(ids(r, "That's not a good idea.")).toEqual([]);
    expect(ids(r, 'A good idea to wait.')).toEqual([]);
    expect(ids(r, 'Good idea, to be honest.')).toEqual([0]);
  });

  it('keeps the longest match and never overlaps within a list', () => {
    const m = new PhraseMatcher([
      [rule({ id: 'short', pattern: 'i think' }), rule({ id: 'long', pattern: 'i think [that] maybe' })],
    ]);
    expect(
      m.match(viewOf('I think that maybe I think'), { byToken: new Map() })[0]!.map((x) => [x.rule.id, x.start, x.end]),
    ).toEqual([
      ['long', 0, 4],
      ['short', 4, 6],
    ]);
  });

  it('rejects punctuation inside a match unless the rule allows it', () => {
    expect(ids(rule({ pattern: "you're right" }), "You're, right.")).toEqual([]);
    expect(ids(rule({ pattern: 'yes and', punctuationInside: 'no-question-mark' }), 'Yes. And then.')).toEqual([0]);
    expect(ids(rule({ pattern: 'yes and', punctuationInside: 'no-question-mark' }), 'Yes? And then.')).toEqual([]);
  });
});

describe('respondingTo', () => {
  it("skips back-channels and the speaker's own turn, and stops at their own earlier turn", () => {
    const p = prepare(
      makeTranscript([
        ['Ana', 'The export fails.'], // 0
        ['Ben', 'Mm-hmm.'], // 1
        ['Cy', 'Good point.'], // 2
        ['Cy', 'And it is slow.'], // 3 (same turn as 2)
        ['Dee', 'Right.'], // 4
        ['Cy', 'Yeah. And the logs too.'], // 5: Cy resumes after Dee's back-channel
      ]),
    );
    const ctx = conversationContext(p);
    expect([2, 3, 5].map((i) => respondingTo(ctx, i))).toEqual([0, 0, -1]);
  });
});
