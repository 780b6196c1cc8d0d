/**
 * The WebVTT reader splits each cue by speaker as it reads it, before it knows which labels the file's
 * rules accept (cue-speakers.ts: LabelTally), and reads the file again when a label turns out to be rejected.
 * Its cues must be the ones the rules give when every cue's pieces are kept until the rules are known.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LabelTally, speakerRulesFor, splitCueBySpeaker } from '../../src/parse/formats/cue-speakers';
import { readWebVtt, webvtt } from '../../src/parse/formats/webvtt';
import { webVttCuePieces } from '../../src/parse/formats/webvtt-cue-text';
import type { RawCue } from '../../src/parse/types';
import { errorOf } from '../helpers/parse-kit';

/** The cues by the rules, the plain way: every cue's pieces, then the file's rules, then the split. */
function cuesByTheRules(text: string): RawCue[] {
  const cues = readWebVtt(text).cues;
  const pieces = cues.map((c) => webVttCuePieces(c.text, c.timingLine + 1));
  const rules = speakerRulesFor(pieces, { brackets: false });
  return cues.flatMap((cue, k) =>
    splitCueBySpeaker(pieces[k]!, rules).map((s) => ({ ...s, startMs: cue.startMs, endMs: cue.endMs })),
  );
}

const vtt = (cueTexts: string[]) =>
  ['WEBVTT', '', ...cueTexts.map((t, i) => `00:00:${String(i).padStart(2, '0')}.000 --> 00:00:59.000\n${t}\n`)].join(
    '\n',
  );

describe('webvtt: speakers found in one pass', () => {
  it('keeps a one-off label inside a two-line cue of an unlabelled file as text', () => {
    const text = vtt(['Good morning.', 'Sure.\nThe first one: can I share it?', 'Yes.', 'Thanks.']);
    expect(webvtt.parse(text).cues.map((c) => [c.speaker, c.text])).toEqual([
      [null, 'Good morning.'],
      [null, 'Sure. The first one: can I share it?'],
      [null, 'Yes.'],
      [null, 'Thanks.'],
    ]);
  });

  it('splits the same two-line cue where the file is labelled', () => {
    const text = vtt(['Ana: Good morning.', 'Sure.\nBo: can I share it?', 'Ana: Yes.', 'Bo: Thanks.']);
    expect(webvtt.parse(text).cues.map((c) => [c.speaker, c.text])).toEqual([
      ['Ana', 'Good morning.'],
      [null, 'Sure.'],
      ['Bo', 'can I share it?'],
      ['Ana', 'Yes.'],
      ['Bo', 'Thanks.'],
    ]);
  });

  it('names the first cue when no cue has words', () => {
    const err = errorOf(() => webvtt.parse(vtt(['  ', '(Musik)']).replace('(Musik)', '&nbsp;')));
    expect([err.code, err.line]).toEqual(['no-speech', 3]);
  });

  it('takes a label that opens two lines in an unlabelled file, and not one that opens only one', () => {
    const text = vtt(['Hello.', 'Chair: Order.', 'Yes.', 'Chair: Thank you.', 'So.', 'Then: we vote.', 'Fine.']);
    expect(webvtt.parse(text).cues.map((c) => c.speaker)).toEqual([null, 'Chair', null, 'Chair', null, null, null]);
  });

  // No word-timing tags: a file with them may be rolling captions, which are read by the rules directly.
  const line = fc.constantFrom(
    'Ana: yes',
    'Bo: no  thanks',
    'The first one: can I share it?',
    'Note: later',
    'plain words',
    '(Musik)',
    '<v Cy>from a voice tag',
    '<v Ana>Ana: both',
    '&amp; more',
    '  ',
    '<i>Bo:</i> styled',
  );
  const file = fc.array(fc.array(line, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 });

  it('gives the cues the rules give, on any mix of labelled, unlabelled and tagged cues', () => {
    fc.assert(
      fc.property(file, (cues) => {
        const text = vtt(cues.map((lines) => lines.join('\n')));
        const expected = cuesByTheRules(text);
        if (expected.length === 0) expect(errorOf(() => webvtt.parse(text)).code).toBe('no-speech');
        else expect(webvtt.parse(text).cues).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readWebVtt with a cue reader', () => {
  it('hands each cue to the reader as it is read, and keeps none', () => {
    const text = 'WEBVTT\n\nintro\n00:01.000 --> 00:02.000\nAna: hi\n\n00:00:03.000 --> 00:00:04.000\nBo: yes\n';
    const seen: Array<[string, number, number, string, number]> = [];
    const doc = readWebVtt(text, (c) => seen.push([c.id, c.startMs, c.endMs, c.text, c.timingLine]));
    expect(seen).toEqual([
      ['intro', 1000, 2000, 'Ana: hi', 4],
      ['', 3000, 4000, 'Bo: yes', 7],
    ]);
    expect(doc.cues).toEqual([]);
  });
});

describe('LabelTally', () => {
  it('accepts every label of a labelled file, and says when a one-off label of an unlabelled one is not', () => {
    const labelled = new LabelTally(false);
    expect(labelled.addLine('Zoë: Ready?')).toEqual({ speaker: 'Zoë', text: 'Ready?' });
    expect(labelled.addLine('Tom: Yes.')).toEqual({ speaker: 'Tom', text: 'Yes.' });
    expect(labelled.acceptsEvery()).toBe(true);

    const plain = new LabelTally(false);
    for (const text of ['Hello.', 'The first one: can I share it?', 'Yes.']) plain.addLine(text);
    expect(plain.acceptsEvery()).toBe(false);
  });

  it('does not count a sound label or a blank line as a cue with text', () => {
    const tally = new LabelTally(false);
    expect(tally.addLine('(Musiikki)')).toBeNull();
    expect(tally.addLine('   ')).toBeNull();
    tally.addLine('Ana: hello');
    // One cue with text, and it is labelled: a labelled file, so a one-off label is accepted.
    expect(tally.acceptsEvery()).toBe(true);
  });
});
