import { describe, expect, it } from 'vitest';
import { devServerIncidents } from './service-bench';

describe('devServerIncidents', () => {
  it('counts restarts and keeps the lines about them and about failed requests, not the successful ones', () => {
    const log = [
      '[wrangler:info] Ready on http://127.0.0.1:41873',
      '[wrangler:info] POST /v1/analyses 201 Created (503ms)',
      '⎔ Reloading local server...',
      '⎔ Local server updated and ready',
      '[wrangler:info] POST /v1/analyses 503 Service Unavailable (1690ms)',
    ].join('\n');
    // One "Reloading" line; the 201 line is left out even though its duration contains "503".
    expect(devServerIncidents(log)).toEqual({
      restarts: 1,
      lines: ['⎔ Reloading local server...', '[wrangler:info] POST /v1/analyses 503 Service Unavailable (1690ms)'],
    });
  });

  it("leaves out the numbers in wrangler's network events, which are no HTTP status", () => {
    const log = ['  dataLength: 537,', '  encodedDataLength: 538', '  timestamp: 24179.555,'].join('\n');
    expect(devServerIncidents(log)).toEqual({ restarts: 0, lines: [] });
  });

  it('finds nothing in a clean run', () => {
    expect(devServerIncidents('[wrangler:info] GET /health 200 OK (3ms)\n')).toEqual({ restarts: 0, lines: [] });
  });
});
