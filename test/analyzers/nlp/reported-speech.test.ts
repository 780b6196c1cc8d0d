/** Reported and imagined speech (analyzers/nlp/reported-speech.ts): which speech verbs open a quote. */
import { describe, expect, it } from 'vitest';
import { viewOf } from '../../../analyzers/nlp/phrase-matcher';
import { quotedAt } from '../../../analyzers/nlp/reported-speech';

/** Whether the words before `word` (its first occurrence) open a quote. */
function quotedBefore(text: string, word: string): boolean {
  const view = viewOf(text);
  return quotedAt(view, 0, view.lower.indexOf(word));
}

describe('quotedAt', () => {
  it('reads a past speech verb before a comma, colon or quotation mark as a report', () => {
    expect(quotedBefore('So I said, what do you think?', 'what')).toBe(true);
    expect(quotedBefore('She asked: "any thoughts?"', 'any')).toBe(true);
    expect(quotedBefore('Then she went, "what do you think?"', 'what')).toBe(true);
  });

  it('reads a present speech verb as a quote only after a modal or a third person', () => {
    expect(quotedBefore("'cause we could just sort of say, sorry what do you think about that", 'what')).toBe(true);
    expect(quotedBefore('She says, what do you think, every week.', 'what')).toBe(true);
    expect(quotedBefore('I want to ask: what do you think?', 'what')).toBe(false);
    expect(quotedBefore('Let me say, what do you think?', 'what')).toBe(false);
  });

  it('reads "as ... said," as an attribution, not a quote', () => {
    expect(quotedBefore("As Łukasz said, we haven't heard from Priya.", 'heard')).toBe(false);
    expect(quotedBefore('Like you said, what do we do about the budget?', 'what')).toBe(false);
  });

  it('needs the punctuation that opens a quote', () => {
    expect(quotedBefore('He said what do you think of it and left.', 'what')).toBe(false);
    expect(quotedBefore('What did you say about that, what do you think?', 'think')).toBe(false);
  });
});
