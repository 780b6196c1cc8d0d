/**
 * Schemas of the API's responses (the requests' options are in upload-options.ts, jobs in
 * src/queue/job.ts). They describe the API in the OpenAPI document; tests validate against them.
 */
import { z } from 'zod';
import { Analysis } from '../model/analysis';

export const ErrorBody = z.object({
  error: z.object({
    code: z.string().describe('Stable, machine-readable, e.g. "payload-too-large", "unknown-format", "not-found"'),
    message: z.string().describe('What was wrong, for people'),
    details: z.record(z.string(), z.unknown()).nullable().describe('Facts behind the error (limit, line, accepted values), or null'),
  }),
});

export const AnalysisLinks = z.object({
  self: z.string(),
  report: z.string().describe('The PDF report'),
  transcript: z.string().optional().describe('The uploaded file, when kept (keepTranscript=true)'),
});

/** The analysis as the API returns it: the Analysis with its id and links added at the top level. */
export const AnalysisResponse = Analysis.extend({
  id: z.string().describe('26 random base32 characters'),
  links: AnalysisLinks,
});

export const AnalysisSummary = z.object({
  id: z.string(),
  title: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable().describe('When it will be deleted; null when retention is off'),
  links: AnalysisLinks,
});

export const AnalysisList = z.object({
  items: z.array(AnalysisSummary),
  cursor: z.string().nullable().describe('Pass as ?cursor= for the next page; null on the last page'),
});

export const Health = z.object({ status: z.literal('ok'), version: z.string() });
