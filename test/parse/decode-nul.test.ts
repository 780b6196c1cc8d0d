/**
 * A NUL in the text is refused whichever way the bytes are decoded: UTF-8 bytes are searched for a zero
 * byte before decoding, every other path searches the decoded text. Each error names the line of the NUL.
 */
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/parse/decode';
import { errorOf } from '../helpers/parse-kit';

const utf16le = (text: string) => {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 0xff;
    out[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
};

describe('decodeText: NUL characters', () => {
  const text = 'Ana: hello\nBo: there\u0000now\n';

  it.each([
    ['UTF-8 without a BOM', new TextEncoder().encode(text)],
    ['UTF-8 with a BOM', Uint8Array.of(0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text))],
    ['UTF-16LE with a BOM', Uint8Array.of(0xff, 0xfe, ...utf16le(text))],
    ['UTF-16LE without a BOM', utf16le(text)],
    ['Windows-1252', Uint8Array.of(...new TextEncoder().encode('Zo'), 0xeb, ...new TextEncoder().encode(`\n${text}`))],
  ])('%s: binary-input at the NUL line', (_, bytes) => {
    const err = errorOf(() => decodeText(bytes));
    expect(err.code).toBe('binary-input');
    expect(err.line).toBe(bytes[0] === 0x5a ? 3 : 2);
  });

  it('reads the same text without the NUL', () => {
    expect(decodeText(new TextEncoder().encode('Ana: hello\nBo: there\n')).text).toBe('Ana: hello\nBo: there\n');
  });
});
