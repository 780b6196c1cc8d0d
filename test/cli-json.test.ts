import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indentedJsonParts, writeJson } from '../src/cli-json';

const dir = mkdtempSync(join(tmpdir(), 'cli-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The bytes `writeJson` must write: indented JSON, a newline, UTF-8. */
const expectedBytes = (value: unknown) => Buffer.from(JSON.stringify(value, null, 2) + '\n', 'utf8');

describe('writeJson', () => {
  it('writes a small value as indented JSON with a final newline', () => {
    const file = join(dir, 'small.json');
    writeJson(file, { speaker: 'Zoë', words: 3 });
    expect(readFileSync(file, 'utf8')).toBe('{\n  "speaker": "Zoë",\n  "words": 3\n}\n');
  });

  it('writes a JSON text of several megabytes whole, with letters of every width and one astride each chunk edge', () => {
    // Long enough for several chunks; the emoji (two UTF-16 units) sits where a chunk of 2^20 characters ends.
    const chunk = 1 << 20;
    const prefix = '[\n  "'.length;
    const text = 'a'.repeat(chunk - 1 - prefix) + '😀' + 'é—李'.repeat(chunk) + '😀'.repeat(chunk / 2);
    const value = [text, { quote: 'Let’s go — now' }];
    const file = join(dir, 'big.json');
    writeJson(file, value);
    const written = readFileSync(file);
    expect(written.equals(expectedBytes(value))).toBe(true);
    expect(JSON.parse(written.toString('utf8'))).toEqual(value);
  });
});

describe('indentedJsonParts', () => {
  const cases: [string, unknown][] = [
    ['an object of several properties, nested', { a: 1, b: [2, { c: 'd' }], e: { f: null, g: [] }, h: {} }],
    ['properties JSON leaves out', { gone: undefined, fn: () => 1, kept: 'yes', sym: Symbol('s'), last: undefined }],
    ['an object whose only property is left out', { gone: undefined }],
    ['an empty object', {}],
    ['an array at the top', [1, { a: 'b' }]],
    ['a value with its own toJSON', { toJSON: () => ({ shown: true }), hidden: 1 }],
    ['a date', new Date(0)],
    ['a string, a number and null', 'Let’s go — now'],
    ['null', null],
    ['letters of every width in some properties only', { plain: 'abc', wide: 'Zoë — 李娜 😀', after: ['x'] }],
  ];
  it.each(cases)('joins to exactly what JSON.stringify writes: %s', (_name, value) => {
    expect([...indentedJsonParts(value)].join('')).toBe(JSON.stringify(value, null, 2));
  });
});
