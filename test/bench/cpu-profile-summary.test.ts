import { describe, expect, it } from 'vitest';
import { shortFile } from './cpu-profile-summary';

describe('shortFile', () => {
  const root = 'file:///work/main/';

  it('makes our files repository-relative', () => {
    expect(shortFile('file:///work/main/reports/charts/chart-kit.ts', root)).toBe('reports/charts/chart-kit.ts');
  });

  it('collapses a package, scoped or not, to its name', () => {
    expect(shortFile('file:///work/main/node_modules/pdf-lib/cjs/core/PDFContext.js', root)).toBe(
      'node_modules/pdf-lib',
    );
    expect(shortFile('file:///work/main/node_modules/@pdf-lib/standard-fonts/lib/index.js', root)).toBe(
      'node_modules/@pdf-lib/standard-fonts',
    );
  });

  it("names V8's own time and leaves Node's built-ins as they are", () => {
    expect(shortFile('', root)).toBe('(V8: GC, idle, natives)');
    expect(shortFile('node:zlib', root)).toBe('node:zlib');
  });
});
