import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReadme } from '../../analyzers/build-readme';

describe('analyzers/README.md', () => {
  it('holds the current definitions from analyzers/docs (rerun `npx tsx analyzers/build-readme.ts`)', () => {
    expect(readFileSync(join(import.meta.dirname, '../../analyzers/README.md'), 'utf8')).toBe(buildReadme());
  });
});
