/**
 * The page's script is checked source (src/page/client/app.js) bundled into a generated module; this
 * fails while the module served at /page/app.js is older than its source or the modules it imports.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clientScriptModule, GENERATED } from '../../src/page/build-client-script';
import { PAGE_SCRIPT } from '../../src/page/client-script.generated';

describe('src/page/client-script.generated.ts', () => {
  it('is the current bundle of src/page/client/app.js (run `npm run generate` if not)', async () => {
    const expected = await clientScriptModule();
    expect(readFileSync(GENERATED, 'utf8') === expected, 'out of date: run `npm run generate`').toBe(true);
  });

  it('carries the shared tables instead of copies: the job stages and the transcript error statuses', () => {
    for (const stage of ['queued', 'reading', 'analysing', 'rendering', 'storing', 'done'])
      expect(PAGE_SCRIPT).toContain(`${stage}: "`);
    expect(PAGE_SCRIPT).toContain('// src/http/transcript-status.ts');
    expect(PAGE_SCRIPT).toContain('// reports/format.ts');
    // Stage names no job ever reports are gone.
    for (const never of ['uploading:', 'parsing:', 'measuring:', 'saving:']) expect(PAGE_SCRIPT).not.toContain(never);
  });
});
