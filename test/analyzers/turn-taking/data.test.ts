import { describe, expect, it } from 'vitest';
import { CUTOFF_MARKERS } from '../../../analyzers/turn-taking/data/cutoff-markers';
import { tokenize } from '../../../analyzers/nlp/tokenize';
import { detectCutoff } from '../../../analyzers/turn-taking/cutoffs';
import { extractEvents } from '../../../src/parse/events';

/** Runs an example the way the analyser sees it: events extracted by the parser, then tokens. */
function cutoffOf(raw: string) {
  const { text, events } = extractEvents(raw);
  const endKinds = new Set(events.filter((e) => e.position === 'end').map((e) => e.kind as string));
  return detectCutoff(text, tokenize(text), endKinds);
}

describe('cut-off markers data', () => {
  it('has unique ids and non-empty patterns, sources and notes', () => {
    const ids = CUTOFF_MARKERS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of CUTOFF_MARKERS) {
      expect(m.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(m.pattern.trim(), m.id).not.toBe('');
      expect(m.source.trim(), m.id).not.toBe('');
      expect(m.note.trim(), m.id).not.toBe('');
    }
  });

  it("detects every marker's example with that very marker", () => {
    for (const m of CUTOFF_MARKERS) expect(cutoffOf(m.example)?.id, `${m.id}: "${m.example}"`).toBe(m.id);
  });
});

describe('detectCutoff', () => {
  it('does not read complete sentences as cut off', () => {
    for (const text of ['That is all.', 'We start with the demo.', 'I like the.', 'Is it going to?', 'Okay'])
      expect(cutoffOf(text), text).toBeNull();
  });

  it('ignores a disfluency marker in the middle (a restart, not a break-off)', () => {
    expect(cutoffOf('we {disfmarker} we should ship it')).toBeNull();
  });

  it('reads the mark after the last word past any trailing white space, also non-ASCII spaces', () => {
    expect(cutoffOf('I was going to-- \t')?.id).toBe('double-hyphen');
    expect(cutoffOf('so we take the\u00a0')?.id).toBe('dangling-the');
    expect(cutoffOf('so we take the.\u3000')).toBeNull();
    // A mark longer than what follows the last word is not there: "-" after "to" is no "--".
    expect(cutoffOf('I was going to-')?.id).toBe('hyphen');
  });
});
