/**
 * From generated text to uploaded bytes: the encodings real tools write (UTF-8 with and without
 * BOM, UTF-16 LE/BE with a BOM, UTF-16 LE without one, Windows-1252), a Word document around
 * paragraphs, and the hints (file name, content type) an upload carries, right or wrong.
 */
import fc from 'fast-check';
import { zipSync } from 'fflate';
import type { FormatHints } from '../../../src/parse/index';

/** @example 'utf-16le-bom' */
export type TextEncodingChoice = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16be-bom' | 'utf-16le' | 'windows-1252';

/** Mostly UTF-8, as in real uploads. @example fc.sample(encodingArb, 3) // => ['utf-8', 'utf-8', 'windows-1252'] */
export const encodingArb: fc.Arbitrary<TextEncodingChoice> = fc.oneof(
  { arbitrary: fc.constant('utf-8' as const), weight: 6 },
  {
    arbitrary: fc.constantFrom<TextEncodingChoice>(
      'utf-8-bom',
      'utf-16le-bom',
      'utf-16be-bom',
      'utf-16le',
      'windows-1252',
    ),
    weight: 2,
  },
);

/**
 * Encodes text as a tool would have written it. Windows-1252 cannot hold every character: those
 * become `?`, as "Save as ANSI" does.
 *
 * @example
 * encodeText('Zoë', 'windows-1252') // => Uint8Array [0x5a, 0x6f, 0xeb]
 * encodeText('Hi', 'utf-16le-bom')  // => Uint8Array [0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]
 */
export function encodeText(text: string, encoding: TextEncodingChoice): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode(`\ufeff${text}`);
    case 'utf-16le-bom':
      return utf16(`\ufeff${text}`, true);
    case 'utf-16be-bom':
      return utf16(`\ufeff${text}`, false);
    case 'utf-16le':
      return utf16(text, true);
    case 'windows-1252':
      return Uint8Array.from(text, (ch) => (ch.charCodeAt(0) <= 0xff ? ch.charCodeAt(0) : 0x3f));
  }
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 * i + (littleEndian ? 0 : 1)] = code & 0xff;
    out[2 * i + (littleEndian ? 1 : 0)] = code >> 8;
  }
  return out;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * A minimal .docx holding the lines as paragraphs (tabs and line breaks as Word writes them). With
 * `raw`, the lines go into document.xml unescaped: broken XML, stray entities and all.
 *
 * @example
 * buildDocx(['0:0:1.0 --> 0:0:2.0', 'Zoë', 'Hello']) // => the bytes of a Word document
 */
export function buildDocx(lines: readonly string[], raw = false): Uint8Array {
  const paragraphs = lines
    .map((line) => {
      const text = raw ? line : line.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]!);
      const runs = text
        .split('\t')
        .map((part) => `<w:t xml:space="preserve">${part.replace(/\n/g, '</w:t><w:br/><w:t>')}</w:t>`)
        .join('<w:tab/>');
      return `<w:p><w:r>${runs}</w:r></w:p>`;
    })
    .join('');
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': new TextEncoder().encode(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'word/document.xml': new TextEncoder().encode(xml),
  });
}

/** Hints an upload carries: none, right, or wrong (a .vtt name on an SRT body, JSON declared for text). @example fc.sample(hintsArb, 1) // => [{ fileName: 'meeting.vtt', contentType: 'application/json' }] */
export const hintsArb: fc.Arbitrary<FormatHints> = fc.oneof(
  { arbitrary: fc.constant({}), weight: 4 },
  {
    arbitrary: fc.record(
      {
        fileName: fc.constantFrom(
          'meeting.vtt',
          'meeting.srt',
          'meeting.sbv',
          'meeting.txt',
          'meeting.json',
          'meeting.docx',
          'meeting',
          'meeting.VTT',
          '.json',
          'a.b.c.srt',
        ),
        contentType: fc.constantFrom(
          'text/vtt',
          'application/x-subrip',
          'text/plain; charset=utf-8',
          'application/json',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'application/octet-stream',
          '',
        ),
      },
      { requiredKeys: [] },
    ),
    weight: 3,
  },
);
