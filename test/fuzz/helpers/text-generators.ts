/**
 * fast-check arbitraries that write transcripts in every text format we read: mostly well-formed,
 * with hostile names, words and timings mixed in (markup, RTL overrides, emoji, broken clocks,
 * stray arrows), so that each run reaches deep into a parser instead of failing on line 1.
 */
import fc from 'fast-check';

/** Characters that parsers treat specially, or that real transcripts hold and naive code mishandles. */
const AWKWARD_CHARS = [
  ':',
  '-',
  '>',
  '<',
  '[',
  ']',
  '(',
  ')',
  '{',
  '}',
  '\\',
  '/',
  '"',
  "'",
  ',',
  '.',
  '&',
  ';',
  '#',
  '=',
  '*',
  '_',
  '|',
  ' ',
  ' ',
  ' ',
  '\t',
  '\u00a0',
  '\u200b',
  '\u202e',
  '\u202d',
  '\u2028',
  '\ufeff',
  '\r',
  '\n',
  '\u0000',
  '\u001b',
  '\ud800',
  'é',
  'Ł',
  'Π',
  'Д',
  '李',
  '会',
  'ش',
  'א',
  '😀',
  '👍🏽',
  '\u0301',
  '0',
  '1',
  '9',
];
const awkwardChar = fc.oneof(
  { arbitrary: fc.constantFrom(...AWKWARD_CHARS), weight: 1 },
  { arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ'.split('')), weight: 3 },
);

/** A random string of awkward characters. @example fc.sample(awkwardString(5), 1) // => ['a:\u202e[b'] */
export const awkwardString = (maxLength: number) => fc.string({ unit: awkwardChar, maxLength });

const REAL_WORDS = [
  'okay',
  'so',
  'yes',
  'no',
  'I',
  'think',
  'we',
  'should',
  'ship',
  'it',
  'Friday',
  'sorry',
  'thanks',
  'great',
  'idea',
  'but',
  'what',
  'about',
  'the',
  'budget',
  'mm-hmm',
  'uh',
  'right',
  "don't",
  'can',
  'you',
  'hear',
  'me',
  '?',
  '!',
  '...',
  '—',
];
const MARKERS = [
  '[laughter]',
  '(inaudible)',
  '[crosstalk]',
  '<i>',
  '</i>',
  '<b>',
  '</b>',
  '<v Ana>',
  '</v>',
  '<c.yellow>',
  '{\\an8}',
  '&amp;',
  '&lt;',
  '-->',
  '::',
  '[00:01:02]',
  '(A)',
  '[Bo]',
  '<00:00:01.500>',
  '♪',
  '[',
  '(',
  '<',
];

/** A word: usually real, sometimes markup or noise. @example fc.sample(word, 3) // => ['budget', '[laughter]', 'x\u202e'] */
export const word: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...REAL_WORDS), weight: 6 },
  { arbitrary: fc.constantFrom(...MARKERS), weight: 2 },
  { arbitrary: awkwardString(10), weight: 1 },
);

/** Spoken text: 0-14 words. @example fc.sample(sentence, 1) // => ['so I think [laughter] we should'] */
export const sentence: fc.Arbitrary<string> = fc.array(word, { maxLength: 14 }).map((w) => w.join(' '));

const REAL_NAMES = [
  'Zoë Adams',
  'Łukasz Nowak',
  'Παναγιώτης',
  'Дмитрий Иванов',
  '李娜',
  'Amara Okafor',
  'Speaker 1',
  'spk_0',
  'Speaker A',
  'Unknown',
  'Hon. Jane Doe (Chair)',
  'The Chair',
  'Dr. Rémi Blanc',
  'ZOË ADAMS',
  'zoe adams',
  '<b>Bob</b>',
  '<script>alert(1)</script>',
  '\u202eevil\u202c',
  '😀',
  "O'Brien",
  'A',
  '??',
];
/** A speaker label. @example fc.sample(speakerName, 2) // => ['Zoë Adams', '<b>Bob</b>'] */
export const speakerName: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...REAL_NAMES), weight: 5 },
  { arbitrary: awkwardString(24), weight: 1 },
);

/** Milliseconds, mostly within a long meeting, sometimes at the edges. @example fc.sample(milliseconds, 2) // => [1834022, 359999999] */
export const milliseconds: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 4 * 3600_000 }), weight: 8 },
  { arbitrary: fc.constantFrom(0, 999, 59_999, 3_599_999, 359_999_999, 999 * 3600_000 + 3_599_999), weight: 1 },
);

type ClockStyle = 'vtt' | 'vtt-short' | 'srt' | 'sbv' | 'teams' | 'hms' | 'ms';

/**
 * Formats milliseconds the way a format writes them.
 *
 * @example
 * clock(3_723_500, 'srt')   // => '01:02:03,500'
 * clock(3_723_500, 'teams') // => '1:2:3.5'
 * clock(63_000, 'ms')       // => '1:03'
 */
export function clock(ms: number, style: ClockStyle): string {
  const h = Math.floor(ms / 3600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const f = ms % 1000;
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  switch (style) {
    case 'vtt':
      return `${p(h)}:${p(m)}:${p(s)}.${p(f, 3)}`;
    case 'vtt-short':
      return `${p(h * 60 + m)}:${p(s)}.${p(f, 3)}`;
    case 'srt':
      return `${p(h)}:${p(m)}:${p(s)},${p(f, 3)}`;
    case 'sbv':
      return `${h}:${p(m)}:${p(s)}.${p(f, 3)}`;
    case 'teams':
      return `${h}:${m}:${s}.${String(f).replace(/0+$/, '') || '0'}`;
    case 'hms':
      return `${p(h)}:${p(m)}:${p(s)}`;
    case 'ms':
      return h > 0 ? `${h}:${p(m)}:${p(s)}` : `${m}:${p(s)}`;
  }
}

/** A clock time in a style, or (1 time in 8) something that only looks like one. */
const clockIn = (style: ClockStyle): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: milliseconds.map((ms) => clock(ms, style)), weight: 7 },
    {
      arbitrary: fc.oneof(
        fc.constantFrom(
          '99:99:99.999',
          '-00:00:01.000',
          '00:00:01',
          '1e3',
          '',
          '00:00:00.000.000',
          '24:00:00,000',
          '0:0:0.0',
          '00:60:00.000',
          ' ',
        ),
        fc.string({ unit: fc.constantFrom(...'0123456789:.,- '.split('')), maxLength: 14 }),
      ),
      weight: 1,
    },
  );

/** Line ends as real files mix them. */
const lineEnd = fc.oneof(
  { arbitrary: fc.constant('\n'), weight: 8 },
  { arbitrary: fc.constantFrom('\r\n', '\r', '\n\n', ' \n'), weight: 1 },
);
/** Joins lines with mostly-LF line ends. */
const joinLines = (lines: fc.Arbitrary<string[]>): fc.Arbitrary<string> =>
  lines.chain((ls) =>
    fc
      .array(lineEnd, { minLength: ls.length, maxLength: ls.length })
      .map((ends) => ls.map((l, i) => l + ends[i]).join('')),
  );
/** Blocks separated by a blank line, sometimes by none or several. */
const blockGap = fc.oneof(
  { arbitrary: fc.constant('\n\n'), weight: 8 },
  { arbitrary: fc.constantFrom('\n', '\n\n\n', '\r\n\r\n', '\n \n'), weight: 1 },
);
const joinBlocks = (blocks: fc.Arbitrary<string[]>): fc.Arbitrary<string> =>
  blocks.chain((bs) =>
    fc
      .array(blockGap, { minLength: bs.length, maxLength: bs.length })
      .map((gaps) => bs.map((b, i) => b + gaps[i]).join('')),
  );

/** A cue's text lines, with the speaker written the ways subtitle files write it. */
const cueText: fc.Arbitrary<string[]> = fc
  .tuple(
    speakerName,
    fc.array(sentence, { minLength: 1, maxLength: 3 }),
    fc.constantFrom('prefix', 'voice', 'voice-closed', 'dash', 'none', 'bracket'),
  )
  .map(([name, lines, style]) => {
    const [first = '', ...rest] = lines;
    switch (style) {
      case 'prefix':
        return [`${name}: ${first}`, ...rest];
      case 'voice':
        return [`<v ${name}>${first}`, ...rest];
      case 'voice-closed':
        return [`<v ${name}>${first}</v>`, ...rest];
      case 'dash':
        return [`- ${first}`, ...rest.map((r) => `- ${r}`)];
      case 'bracket':
        return [`[${name}] ${first}`, ...rest];
      case 'none':
        return lines;
    }
  });

const vttCue = fc
  .tuple(
    fc.option(fc.oneof(fc.nat({ max: 9999 }).map(String), awkwardString(12)), { nil: null }),
    clockIn('vtt'),
    clockIn('vtt'),
    fc.constantFrom('', ' align:start position:10%', ' line:0', ' x:y'),
    cueText,
    fc.constantFrom('vtt', 'vtt-short', 'teams'),
  )
  .map(([id, start, end, settings, text]) =>
    [...(id === null ? [] : [id]), `${start} --> ${end}${settings}`, ...text].join('\n'),
  );
const vttExtraBlock = fc.constantFrom(
  'NOTE this is a comment',
  'NOTE\nmulti\nline',
  'STYLE\n::cue { color: red }',
  'REGION\nid:fred width:40%',
  'garbage line without timing',
  '00:00:01.000 -->',
  '-->',
);

/** A WebVTT file. @example fc.sample(webvttText, 1)[0].startsWith('WEBVTT') // usually */
export const webvttText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(
      'WEBVTT',
      'WEBVTT - Zoom',
      '\ufeffWEBVTT',
      'WEBVTT\tx',
      'webvtt',
      'WEBVTT FILE',
      'WEBVTT\u00a0',
      '',
    ),
    fc.array(
      fc.constantFrom('Kind: captions', 'Language: en', 'X-TIMESTAMP-MAP=MPEGTS:0,LOCAL:00:00:00.000', 'Title: =:='),
      { maxLength: 3 },
    ),
    fc.array(fc.oneof({ arbitrary: vttCue, weight: 8 }, { arbitrary: vttExtraBlock, weight: 1 }), { maxLength: 12 }),
  )
  .chain(([signature, headers, blocks]) => joinBlocks(fc.constant([[signature, ...headers].join('\n'), ...blocks])));

/** An SRT file. @example fc.sample(srtText, 1)[0] // => '1\n00:00:01,000 --> 00:00:02,500\nZoë: so\n\n...' */
export const srtText: fc.Arbitrary<string> = joinBlocks(
  fc.array(
    fc
      .tuple(
        fc.oneof(fc.nat({ max: 99999 }).map(String), fc.constantFrom('', 'x', '-1', '1.5')),
        clockIn('srt'),
        clockIn('srt'),
        cueText,
        fc.boolean(),
      )
      .map(([index, start, end, text, withIndex]) =>
        [...(withIndex ? [index] : []), `${start} --> ${end}`, ...text].join('\n'),
      ),
    { maxLength: 12 },
  ),
);

/** A YouTube SBV file. @example fc.sample(sbvText, 1)[0] // => '0:00:00.599,0:00:04.160\nAmara: hi\n\n...' */
export const sbvText: fc.Arbitrary<string> = joinBlocks(
  fc.array(
    fc
      .tuple(clockIn('sbv'), clockIn('sbv'), cueText)
      .map(([start, end, text]) => [`${start},${end}`, ...text].join('\n')),
    { maxLength: 12 },
  ),
);

/** A Zoom `meeting_saved_closed_caption.txt`. @example fc.sample(zoomText, 1)[0] // => '[Zoë Adams] 14:02:05\nOkay...\n\n...' */
export const zoomText: fc.Arbitrary<string> = joinBlocks(
  fc.array(
    fc
      .tuple(speakerName, clockIn('hms'), fc.array(sentence, { minLength: 1, maxLength: 2 }))
      .map(([name, time, lines]) => [`[${name}] ${time}`, ...lines].join('\n')),
    { maxLength: 12 },
  ),
);

/** An Otter.ai text export. @example fc.sample(otterText, 1)[0] // => 'Zoë Adams  0:03\nOkay...\n\n...' */
export const otterText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.constantFrom('Design review - Otter.ai', 'Transcribed by https://otter.ai', 'Tue, Mar 4, 2025'), {
      maxLength: 2,
    }),
    fc.array(
      fc
        .tuple(speakerName, clockIn('ms'), fc.constantFrom('  ', ' ', '\t', '   '), sentence)
        .map(([name, time, gap, text]) => `${name}${gap}${time}\n${text}`),
      { maxLength: 12 },
    ),
  )
  .chain(([head, blocks]) => joinBlocks(fc.constant([...head, ...blocks])));

/** One line of a plain-text transcript, in any of the shapes people and tools write. */
const plainLine: fc.Arbitrary<string> = fc
  .tuple(speakerName, sentence, clockIn('hms'), fc.constantFrom('A', 'B', 'PM', '??'), fc.integer({ min: 0, max: 8 }))
  .map(([name, text, time, code, shape]) => {
    switch (shape) {
      case 0:
      case 1:
      case 2:
        return `${name}: ${text}`;
      case 3:
        return `[${time}] ${name}: ${text}`;
      case 4:
        return `${name} (${time}): ${text}`;
      case 5:
        return `(${code}) ${text}`;
      case 6:
        return `${time} ${name}: ${text}`;
      case 7:
        return text;
      default:
        return `${name.toUpperCase()}: ${text}`;
    }
  });

/** A plain-text transcript, with a preamble sometimes. @example fc.sample(plainText, 1)[0] // => 'Zoë Adams: okay so\nŁukasz Nowak: yes\n' */
export const plainText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.constantFrom('Weekly sync notes', 'Date: Tuesday, 4 March 2025', 'Attendees: Zoë, Bo', '', '---'), {
      maxLength: 3,
    }),
    fc.array(plainLine, { maxLength: 20 }),
  )
  .chain(([head, lines]) => joinLines(fc.constant([...head, ...lines])));

/** A cell as a CSV writer quotes it: in quotes (quotes doubled) when it holds the delimiter, a quote or a line break; sometimes quoted anyway; sometimes broken. */
const csvCell = (value: string, delimiter: string, quoting: number): string => {
  if (quoting === 0) return value;
  if (quoting === 1 || /["\n\r]/.test(value) || value.includes(delimiter)) return `"${value.replace(/"/g, '""')}"`;
  return `"${value}`;
};

/**
 * A transcript table: a header naming speaker/start/end/text columns (synonyms, any order) and rows,
 * with comma, semicolon or tab delimiters and times as seconds or clock times.
 * @example fc.sample(tableText, 1)[0] // => 'Speaker,Start Time,Text\nZoë Adams,1.5,"so, yes"\n'
 */
export const tableText: fc.Arbitrary<string> = fc
  .tuple(
    fc.shuffledSubarray(['Speaker', 'Start Time', 'End', 'Text', 'Name', 'start_ms', 'Transcript', 'file'], {
      minLength: 2,
      maxLength: 5,
    }),
    fc.constantFrom(',', ';', '\t'),
    fc.array(
      fc.tuple(
        speakerName,
        sentence,
        clockIn('hms'),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.integer({ min: 0, max: 12 }),
      ),
      { maxLength: 12 },
    ),
  )
  .chain(([columns, delimiter, rows]) =>
    joinLines(
      fc.constant([
        columns.join(delimiter),
        ...rows.map(([name, text, clock, seconds, quoting]) =>
          columns
            .map((c) =>
              /speaker|name/i.test(c)
                ? name
                : /text|transcript/i.test(c)
                  ? text
                  : /start|end/i.test(c)
                    ? quoting % 2
                      ? clock
                      : String(seconds)
                    : 'a.wav',
            )
            .map((cell) => csvCell(cell, delimiter, quoting > 10 ? 2 : quoting % 3 === 0 ? 1 : 0))
            .join(delimiter),
        ),
      ]),
    ),
  );

/** Lines for a Word document: Teams classic, Teams current, or Google Meet. @example fc.sample(docxLines, 1)[0] // => ['0:0:1.5 --> 0:0:3.0', 'Zoë Adams', 'so I think'] */
export const docxLines: fc.Arbitrary<string[]> = fc.oneof(
  fc
    .array(
      fc
        .tuple(clockIn('teams'), clockIn('teams'), speakerName, sentence)
        .map(([s, e, name, text]) => [`${s} --> ${e}`, name, text]),
      { maxLength: 10 },
    )
    .map((b) => b.flat()),
  fc
    .array(
      fc.tuple(speakerName, clockIn('ms'), sentence).map(([name, time, text]) => [`${name}   ${time}`, text]),
      { maxLength: 10 },
    )
    .map((b) => b.flat()),
  fc
    .tuple(
      fc.constantFrom(['Meeting notes', 'Attendees', 'Zoë, Bo', 'Transcript'], []),
      fc.array(fc.oneof(plainLine, clockIn('hms')), { maxLength: 12 }),
    )
    .map(([head, lines]) => [...head, ...lines]),
);

/** A copied Teams transcript: timing line, name line, words; no blank lines. @example fc.sample(teamsCopyText, 1)[0] // => '0:0:1.5 --> 0:0:3.0\nZoë Adams\nso I think\n' */
export const teamsCopyText: fc.Arbitrary<string> = joinLines(
  fc
    .array(
      fc.tuple(
        fc.constantFrom<ClockStyle>('vtt', 'teams'),
        milliseconds,
        milliseconds,
        clockIn('vtt'),
        fc.boolean(),
        speakerName,
        fc.array(sentence, { minLength: 0, maxLength: 2 }),
      ),
      { maxLength: 12 },
    )
    .map((blocks) =>
      blocks.flatMap(([style, start, end, odd, useOdd, name, lines]) => [
        `${clock(start, style)} --> ${useOdd ? odd : clock(end, style)}`,
        name,
        ...lines,
      ]),
    ),
);

/** Diarised speech-to-text text, either layout. @example fc.sample(diarizedText, 1)[0] // => '[0:00:01.500000 - 0:00:03] SPEAKER_00 - so\n' */
export const diarizedText: fc.Arbitrary<string> = fc.oneof(
  joinLines(
    fc
      .array(
        fc.tuple(
          clockIn('sbv'),
          fc.oneof(speakerName, fc.constantFrom('SPEAKER_00', 'None')),
          fc.array(sentence, { maxLength: 2 }),
        ),
        { maxLength: 12 },
      )
      .map((bs) =>
        bs.flatMap(([time, label, lines]) => [
          `${time.replace(/\.\d+$/, '')}\t${label}`,
          ...lines.map((l) => `\t${l}`),
        ]),
      ),
  ),
  joinLines(
    fc
      .array(
        fc.tuple(
          clockIn('sbv'),
          clockIn('hms'),
          fc.oneof(speakerName, fc.constantFrom('SPEAKER_01', 'UNKNOWN')),
          sentence,
        ),
        { maxLength: 12 },
      )
      .map((ls) => ls.map(([start, end, label, text]) => `[${start}000 - ${end}] ${label} - ${text}`)),
  ),
);

/** A text transcript in any format. @example fc.sample(anyText, 1) */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  webvttText,
  srtText,
  sbvText,
  zoomText,
  otterText,
  teamsCopyText,
  diarizedText,
  tableText,
  plainText,
);
