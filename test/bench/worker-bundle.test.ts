import { describe, expect, it } from 'vitest';
import { parseTotalUpload } from './worker-bundle';

describe('parseTotalUpload', () => {
  it("reads the sizes from wrangler's dry-run output", () => {
    const output = [
      ' ⛅️ wrangler 4.86.0',
      '───────────',
      'Total Upload: 2180.09 KiB / gzip: 745.41 KiB',
      'Your Worker has access to the following bindings:',
    ].join('\n');
    expect(parseTotalUpload(output)).toEqual({ rawKiB: 2180.09, gzipKiB: 745.41 });
  });

  it('returns null when the line is missing, so the zlib measurement stands alone', () => {
    expect(parseTotalUpload('--dry-run: exiting now.')).toBeNull();
  });
});
