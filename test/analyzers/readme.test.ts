import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReadme } from '../../analyzers/build-readme';

describe('analyzers/README.md', () => {
  it('holds the current definitions from analyzers/<name>/README.md (run `npm run generate`)', () => {
    expect(readFileSync(join(import.meta.dirname, '../../analyzers/README.md'), 'utf8')).toBe(buildReadme());
  });
});
