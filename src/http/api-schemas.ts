/**
 * Schemas of the API's responses (the requests' options are in upload-options.ts, jobs in
 * src/queue/job.ts). They describe the API in the OpenAPI document; tests validate against them.
 */
import * as z from 'zod';
import { Analysis } from '../../analyzers/analysis';

/**
 * @example
 * ErrorBody.parse({ error: { code: 'not-found', message: 'no analysis with id ...', details: { id: '...' } } });
 */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string().describe('Stable, machine-readable, e.g. "payload-too-large", "unknown-format", "not-found"'),
    message: z.string().describe('What was wrong, for people'),
    details: z
      .record(z.string(), z.unknown())
      .nullable()
      .describe('Facts behind the error (limit, line, accepted values), or null'),
  }),
});

/**
 * @example
 * AnalysisLinks.parse({ self: '/v1/analyses/k3v9...', report: '/v1/analyses/k3v9.../report.pdf' });
 */
export const AnalysisLinks = z.object({
  self: z.string(),
  report: z.string().describe('The PDF report'),
  transcript: z.string().optional().describe('The uploaded file, when kept (keepTranscript=true)'),
});

/**
 * The analysis as the API returns it: the Analysis with its id and links added at the top level.
 *
 * @example
 * AnalysisResponse.safeParse(await (await fetch('/v1/analyses/k3v9...')).json()).success // => true
 */
export const AnalysisResponse = Analysis.extend({
  id: z.string().describe('26 random base32 characters'),
  links: AnalysisLinks,
});

/**
 * One entry of `GET /v1/analyses`.
 *
 * @example
 * AnalysisSummary.parse({ id: 'k3v9...', title: 'Weekly sync', createdAt: '2026-11-21T10:00:00.000Z', expiresAt: null, links });
 */
export const AnalysisSummary = z.object({
  id: z.string(),
  title: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable().describe('When it will be deleted; null when retention is off'),
  links: AnalysisLinks,
});

/**
 * @example
 * AnalysisList.parse({ items: [], cursor: null });
 */
export const AnalysisList = z.object({
  items: z.array(AnalysisSummary),
  cursor: z.string().nullable().describe('Pass as ?cursor= for the next page; null on the last page'),
});

/**
 * @example
 * Health.parse({ status: 'ok', version: '0.1.0' });
 */
export const Health = z.object({ status: z.literal('ok'), version: z.string() });
