/**
 * The WebVTT parser against our own fixtures (fixtures/webvtt/) and small inline files, in Node and
 * in workerd. Expected values were worked out by hand from the fixture text: in zoom-standup.vtt
 * cue n (n ≤ 16) has its timing on line 4n and its text on line 4n + 1; cues 16 and 19 have two text
 * lines, which moves every later cue down by one line each.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import teamsB64 from '../../fixtures/webvtt/teams-review.vtt?base64';
import zoomB64 from '../../fixtures/webvtt/zoom-standup.vtt?base64';
import { TranscriptError } from '../../src/parse/errors';
import { parseCueTimings, readWebVtt, webvtt } from '../../src/parse/formats/webvtt';
import { webVttPlainText } from '../../src/parse/formats/webvtt-cue-text';
import { textOf, errorOf, speakerCounts } from '../helpers/parse-kit';

describe('webvtt: Zoom export (fixtures/webvtt/zoom-standup.vtt)', () => {
  const parsed = webvtt.parse(textOf(zoomB64));

  it('reads 23 cues, one of them split in two by a second speaker: 24 raw cues', () => {
    expect(parsed.format).toBe('webvtt');
    expect(parsed.cues).toHaveLength(24);
    expect(parsed.skipped).toBeUndefined();
    expect(parsed.metadata).toEqual({});
  });

  it('takes the speaker from the `Name:` prefix, as written, in any script', () => {
    expect(speakerCounts(parsed.cues)).toEqual({
      'Zoë Martin': 8,
      'Łukasz Nowak': 5,
      'Παναγιώτης Γεωργίου': 5,
      'Дмитрий Иванов': 5,
      null: 1,
    });
  });

  it('keeps times in ms and the line of the text', () => {
    expect(parsed.cues[0]).toEqual({
      speaker: 'Zoë Martin',
      startMs: 2150,
      endMs: 6480,
      text: "Morning, everyone. Let's keep it short today, we have the release review at eleven.",
      line: 5,
    });
    expect(parsed.cues[23]).toEqual({
      speaker: 'Дмитрий Иванов',
      startMs: 102100,
      endMs: 103000,
      text: 'Bye!',
      line: 95,
    });
  });

  it('keeps the emoji in the text', () => {
    expect(parsed.cues[6]!.text).toBe(
      'Yesterday I paired with Dmitry on the onboarding emails. We fixed the template for the Greek and Polish locales 🎉',
    );
    expect(parsed.cues[6]!.startMs).toBe(28050);
  });

  it('splits a cue whose second line names another speaker; both parts keep the timing', () => {
    expect(parsed.cues[15]).toEqual({
      speaker: 'Łukasz Nowak',
      startMs: 74800,
      endMs: 77030,
      text: 'That works for me.',
      line: 65,
    });
    expect(parsed.cues[16]).toEqual({
      speaker: 'Παναγιώτης Γεωργίου',
      startMs: 74800,
      endMs: 77030,
      text: 'Same here.',
      line: 66,
    });
  });

  it('leaves a cue without a prefix unattributed', () => {
    expect(parsed.cues[17]).toEqual({
      speaker: null,
      startMs: 77500,
      endMs: 79900,
      text: 'Sorry, I think someone is not muted.',
      line: 70,
    });
  });

  it('joins a wrapped cue with a space and keeps [laughter] for normalize', () => {
    expect(parsed.cues[19]!.text).toBe(
      'No problem. Okay, so Dmitry writes up the two-step plan, and we decide at the release review.',
    );
    expect(parsed.cues[19]!.line).toBe(78);
    expect(parsed.cues[18]!.text).toBe('That was me, sorry! [laughter]');
  });

  it('is sniffed as certain', () => {
    expect(webvtt.sniff(textOf(zoomB64))).toBe(1);
  });
});

describe('webvtt: Teams export (fixtures/webvtt/teams-review.vtt)', () => {
  const text = textOf(teamsB64);
  const parsed = webvtt.parse(text);

  it('reads 18 cues with speakers from <v> voice tags', () => {
    expect(parsed.cues).toHaveLength(18);
    expect(speakerCounts(parsed.cues)).toEqual({ "Sarah O'Connor": 4, 李娜: 7, 'Mateo García': 3, 'Kwame Mensah': 4 });
  });

  it("accepts Teams' short timestamps (0:0:8.0, 0:0:15.35, 0:1:3.700)", () => {
    expect(parsed.cues[1]).toMatchObject({ speaker: '李娜', startMs: 5100, endMs: 8000 });
    expect(parsed.cues[2]).toMatchObject({ startMs: 8600, endMs: 15350 });
    expect(parsed.cues[12]).toMatchObject({ speaker: 'Kwame Mensah', startMs: 59400, endMs: 63700 });
    expect(parsed.cues[17]).toMatchObject({ startMs: 83300, endMs: 87900, line: 74 });
  });

  it('joins a two-line cue and removes the voice tags', () => {
    expect(parsed.cues[4]).toEqual({
      speaker: '李娜',
      startMs: 19000,
      endMs: 25600,
      text: 'Yes, on Android and iOS. On small screens the postcode field moves below the city field.',
      line: 21,
    });
  });

  it('decodes character references (&amp; &#8211; &quot;)', () => {
    expect(parsed.cues[5]!.text).toBe('What happens to the R&D discount codes? Are they still on the last step?');
    expect(parsed.cues[9]!.text).toBe('Right. We use an aria-live region for that – I can show you after the call.');
    expect(parsed.cues[10]!.text).toBe('And the button label, is it still "Continue" on every step?');
  });

  it('keeps the GUID cue identifiers in the spec-level reading', () => {
    const doc = readWebVtt(text);
    expect(doc.cues[0]!.id).toBe('6f1c0d2e-8b7a-4c1e-9d3f-2a5b6c7d8e9f/12-0');
    expect(doc.cues[17]!.id).toBe('6f1c0d2e-8b7a-4c1e-9d3f-2a5b6c7d8e9f/29-0');
    expect(doc.cues[0]!.timingLine).toBe(4);
  });
});

describe('webvtt: file structure', () => {
  it('accepts a BOM and CRLF line endings', () => {
    const parsed = webvtt.parse('\ufeffWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nZoë Martin: Hi\r\n');
    expect(parsed.cues).toEqual([{ speaker: 'Zoë Martin', startMs: 1000, endMs: 2000, text: 'Hi', line: 4 }]);
  });

  it('puts header lines and the text after WEBVTT into metadata', () => {
    const parsed = webvtt.parse('WEBVTT - team sync\nKind: captions\nLanguage: en\n\n00:01.000 --> 00:02.000\nHello');
    expect(parsed.metadata).toEqual({ WEBVTT: '- team sync', Kind: 'captions', Language: 'en' });
  });

  it('ignores NOTE, STYLE and REGION blocks without reporting them', () => {
    const text = [
      'WEBVTT',
      '',
      'STYLE',
      '::cue { color: yellow }',
      '',
      'REGION',
      'id:left width:40%',
      '',
      'NOTE exported by hand',
      'second comment line',
      '',
      '00:01.000 --> 00:02.000',
      'Hello',
    ].join('\n');
    const parsed = webvtt.parse(text);
    expect(parsed.cues.map((c) => c.text)).toEqual(['Hello']);
    expect(parsed.skipped).toBeUndefined();
  });

  it('ignores cue settings after the end time', () => {
    const parsed = webvtt.parse('WEBVTT\n\n00:00:01.000 --> 00:00:02.500 align:start position:10% line:0\nHi');
    expect(parsed.cues[0]).toMatchObject({ startMs: 1000, endMs: 2500, text: 'Hi' });
  });

  it('starts a new cue at a `-->` line inside cue text (no blank line between cues)', () => {
    const parsed = webvtt.parse('WEBVTT\n\n00:01.000 --> 00:02.000\nfirst\n00:02.000 --> 00:03.000\nsecond');
    expect(parsed.cues.map((c) => [c.startMs, c.text, c.line])).toEqual([
      [1000, 'first', 4],
      [2000, 'second', 6],
    ]);
  });

  it('reads an identifier line before the timing line', () => {
    const doc = readWebVtt('WEBVTT\n\nintro\n00:01.000 --> 00:02.000\nHello');
    expect(doc.cues[0]).toEqual({ id: 'intro', startMs: 1000, endMs: 2000, text: 'Hello', timingLine: 4 });
  });

  it('skips a cue with a malformed timing and reports its line and why', () => {
    const text =
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nOne\n\n00:00:0x.000 --> 00:00:04.000\nTwo\n\n00:00:05.000 --> 00:00:06.000\nThree';
    const parsed = webvtt.parse(text);
    expect(parsed.cues.map((c) => c.text)).toEqual(['One', 'Three']);
    expect(parsed.skipped).toHaveLength(1);
    expect(parsed.skipped![0]!.line).toBe(6);
    expect(parsed.skipped![0]!.reason).toContain('00:00:0x.000');
  });

  it('reports text that has no timing line instead of dropping it silently', () => {
    const parsed = webvtt.parse(
      'WEBVTT\n\n00:01.000 --> 00:02.000\nOne\n\nstray words\n\n00:03.000 --> 00:04.000\nTwo',
    );
    expect(parsed.cues.map((c) => c.text)).toEqual(['One', 'Two']);
    expect(parsed.skipped).toEqual([{ line: 6, reason: 'text without a cue timing line ("stray words") was skipped' }]);
  });
});

describe('webvtt: errors', () => {
  it('rejects a file that does not start with WEBVTT, at line 1', () => {
    const err = errorOf(() => webvtt.parse('00:01.000 --> 00:02.000\nHello'));
    expect(err.code).toBe('invalid-structure');
    expect(err.line).toBe(1);
    expect(errorOf(() => webvtt.parse('WEBVTTX\n\n00:01.000 --> 00:02.000\nHi')).code).toBe('invalid-structure');
  });

  it('throws malformed-timestamp at the first bad timing line when no cue is usable', () => {
    const err = errorOf(() => webvtt.parse('WEBVTT\n\n00:01.000 --> 00:02.0\nOne\n\n0x:01.000 --> 00:02.000\nTwo'));
    expect(err.code).toBe('malformed-timestamp');
    expect(err.line).toBe(3);
    expect(err.message).toContain('00:01.000 --> 00:02.0');
  });

  it('throws malformed-timestamp when the text has no timing lines at all', () => {
    const err = errorOf(() => webvtt.parse('WEBVTT\n\nZoë: hello\n\nTom: hi'));
    expect(err.code).toBe('malformed-timestamp');
    expect(err.line).toBe(3);
  });

  it('throws no-speech for a file without cues, or with empty cues only', () => {
    expect(errorOf(() => webvtt.parse('WEBVTT\n')).code).toBe('no-speech');
    const empty = errorOf(() =>
      webvtt.parse('WEBVTT\n\n00:01.000 --> 00:02.000\n<v Zoë></v>\n\n00:03.000 --> 00:04.000\n'),
    );
    expect(empty.code).toBe('no-speech');
    expect(empty.line).toBe(3);
  });

  it('throws empty-input for an empty text', () => {
    expect(errorOf(() => webvtt.parse('')).code).toBe('empty-input');
  });
});

describe('webvtt: timestamps', () => {
  it('follows the spec grammar: (hh:)mm:ss.ttt, hours of any length', () => {
    expect(parseCueTimings('00:01.500 --> 01:02.250')).toEqual({ startMs: 1500, endMs: 62250 });
    expect(parseCueTimings('123:00:00.000 --> 123:00:01.000')).toEqual({ startMs: 442800000, endMs: 442801000 });
    expect(parseCueTimings('00:00:01.000-->00:00:02.000')).toEqual({ startMs: 1000, endMs: 2000 });
  });

  it('rejects what the grammar rejects and the Teams form does not cover', () => {
    for (const bad of [
      '00:01.50 --> 00:02.000',
      '0:01.500 --> 00:02.000',
      '00:75:00.000 --> 01:00.000',
      '00:01.000 -> 00:02.000',
      '00:01.000 --> 00:02',
      '0:5.5 --> 0:6.5',
      '00:00:75.00 --> 00:01:20.000',
    ]) {
      expect('error' in parseCueTimings(bad), bad).toBe(true);
    }
  });

  it("accepts Teams' H:M:S.f only with all three fields, minutes and seconds below 60", () => {
    expect(parseCueTimings('0:0:0.0 --> 0:0:0.570')).toEqual({ startMs: 0, endMs: 570 });
    expect(parseCueTimings('1:2:3.5 --> 1:2:4.25')).toEqual({ startMs: 3723500, endMs: 3724250 });
    expect('error' in parseCueTimings('0:0:75.0 --> 0:1:20.0')).toBe(true);
    expect('error' in parseCueTimings('0:0:1.2345 --> 0:0:2.0')).toBe(true);
  });
});

describe('webvtt: cue text', () => {
  it('removes every tag kind and keeps the words', () => {
    expect(
      webVttPlainText(
        '<c.yellow>Hello</c> <b>bold</b> <i>it</i> <u>under</u> <lang en-GB>colour</lang> <00:00:01.000>now',
      ),
    ).toBe('Hello bold it under colour now');
  });

  it('drops ruby annotations (<rt> inside <ruby>) but not <rt> outside ruby', () => {
    expect(webVttPlainText('<ruby>漢字<rt>かんじ</rt></ruby>です')).toBe('漢字です');
    expect(webVttPlainText('<rt>Hee!</rt>')).toBe('Hee!');
  });

  it('decodes the WebVTT and numeric character references; without ";" they stay text; a no-break space becomes a space', () => {
    expect(webVttPlainText('a &amp; b &lt;c&gt; it&#39;s it&#x27;s')).toBe("a & b <c> it's it's");
    expect(webVttPlainText('&lrm;x&rlm;')).toBe('\u200ex\u200f');
    expect(webVttPlainText('one&nbsp;two &nbsp three')).toBe('one two &nbsp three');
  });

  it('takes <v.class Name> as the speaker and splits a cue with two voices', () => {
    const parsed = webvtt.parse(
      'WEBVTT\n\n00:01.000 --> 00:03.000\n<v.loud Zoë Martin>Are we ready?</v> <v Tom>Yes.</v>',
    );
    expect(parsed.cues).toEqual([
      { speaker: 'Zoë Martin', startMs: 1000, endMs: 3000, text: 'Are we ready?', line: 4 },
      { speaker: 'Tom', startMs: 1000, endMs: 3000, text: 'Yes.', line: 4 },
    ]);
  });

  it('splits when a later line opens with another `<v Name>`, and not for the same voice', () => {
    const parsed = webvtt.parse('WEBVTT\n\n00:01.000 --> 00:03.000\n<v Zoë>One\n<v Zoë>two\n<v Tom>three');
    expect(parsed.cues.map((c) => [c.speaker, c.text, c.line])).toEqual([
      ['Zoë', 'One two', 4],
      ['Tom', 'three', 6],
    ]);
  });

  it('does not take "Note:" or a one-off sentence label for a speaker', () => {
    const text =
      'WEBVTT\n\n00:01.000 --> 00:02.000\nNote: the budget is fixed.\n\n00:03.000 --> 00:04.000\nThe first one: can I share it?\n\n00:05.000 --> 00:06.000\nYes.';
    expect(webvtt.parse(text).cues.map((c) => c.speaker)).toEqual([null, null, null]);
  });

  it('does not count YouTube rolling captions twice', () => {
    const text = [
      'WEBVTT',
      'Kind: captions',
      '',
      '00:00:01.000 --> 00:00:02.000 align:start position:0%',
      'so the plan',
      '',
      '00:00:02.000 --> 00:00:04.000 align:start position:0%',
      'so the plan',
      'is<00:00:02.500><c> to</c><00:00:03.000><c> ship</c>',
      '',
      '00:00:04.000 --> 00:00:04.010 align:start position:0%',
      'is to ship',
      ' ',
    ].join('\n');
    expect(webvtt.parse(text).cues.map((c) => [c.text, c.line])).toEqual([
      ['so the plan', 5],
      ['is to ship', 9],
    ]);
  });

  it('keeps a repeated line in ordinary captions', () => {
    const parsed = webvtt.parse('WEBVTT\n\n00:01.000 --> 00:02.000\nNo.\n\n00:02.000 --> 00:03.000\nNo.');
    expect(parsed.cues.map((c) => c.text)).toEqual(['No.', 'No.']);
  });
});

describe('webvtt: sniff', () => {
  it('is certain on the signature and says no otherwise', () => {
    expect(webvtt.sniff('WEBVTT\n\n00:01.000 --> 00:02.000\nHi')).toBe(1);
    expect(webvtt.sniff('\ufeffWEBVTT')).toBe(1);
    expect(webvtt.sniff('WEBVTT\tKind')).toBe(1);
    expect(webvtt.sniff('00:01.000 --> 00:02.000\nHi')).toBe(0);
    expect(webvtt.sniff('1\n00:00:01,000 --> 00:00:02,000\nHi')).toBe(0);
    expect(webvtt.sniff(' WEBVTT')).toBe(0);
  });
});

describe('webvtt: robustness', () => {
  it('throws nothing but TranscriptError, whatever the input', () => {
    const piece = fc.constantFrom(
      'WEBVTT',
      '\n',
      '\n\n',
      '-->',
      ' --> ',
      '00:01.000',
      '0:0:1.5',
      '<v Zoë>',
      '</v>',
      '<',
      '>',
      '&amp;',
      '&#x',
      'NOTE',
      'Zoë: ',
      '[',
      ':',
      '<ruby><rt>',
      '\r',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        for (const input of [text, `WEBVTT\n\n${text}`]) {
          try {
            const parsed = webvtt.parse(input);
            for (const cue of parsed.cues) expect(cue.text).not.toBe('');
          } catch (err) {
            if (!(err instanceof TranscriptError)) throw err;
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads a 5 MB cue written on one line, and pathological lines, without hanging', () => {
    const big = 'word '.repeat(1_000_000);
    expect(webvtt.parse(`WEBVTT\n\n00:01.000 --> 00:02.000\n${big}`).cues[0]!.text.length).toBe(big.length - 1);
    for (const line of [
      '<'.repeat(5_000_000),
      ' '.repeat(5_000_000) + ':',
      `a${' '.repeat(5_000_000)}`,
      '&'.repeat(5_000_000),
      `[${' '.repeat(5_000_000)}`,
    ]) {
      try {
        webvtt.parse(`WEBVTT\n\n00:01.000 --> 00:02.000\n${line}\n`);
      } catch (err) {
        expect(err).toBeInstanceOf(TranscriptError);
      }
    }
    expect(errorOf(() => webvtt.parse(`WEBVTT\n\n00:01.000 --> ${'0'.repeat(5_000_000)}\nHi`)).code).toBe(
      'malformed-timestamp',
    );
  });

  it('reads 40,000 cues (200k words)', () => {
    const blocks: string[] = ['WEBVTT', ''];
    for (let i = 0; i < 40_000; i++) {
      const s = i * 2;
      const clock = (t: number) =>
        `${String(Math.floor(t / 3600)).padStart(2, '0')}:${String(Math.floor(t / 60) % 60).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
      blocks.push(
        String(i + 1),
        `${clock(s)}.000 --> ${clock(s + 1)}.500`,
        `Speaker ${i % 7}: one two three four five`,
        '',
      );
    }
    const parsed = webvtt.parse(blocks.join('\n'));
    expect(parsed.cues).toHaveLength(40_000);
    // 39,999 % 7 = 1; the last block starts at line 3 + 39,999 * 4, its text is two lines further.
    expect(parsed.cues[39_999]).toEqual({
      speaker: 'Speaker 1',
      startMs: 79_998_000,
      endMs: 79_999_500,
      text: 'one two three four five',
      line: 3 + 39_999 * 4 + 2,
    });
  });
});
