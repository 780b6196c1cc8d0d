/**
 * The Analysis: the JSON the API returns, the CLI writes and the PDF renders.
 * Field names at the top level are a contract other tools rely on: add, never rename.
 */
import { z } from 'zod';
import { Transcript } from './transcript';

export const Analysis = z.object({
  /** Schema version of this document. */
  schemaVersion: z.literal(1),
  /** The service/CLI version that produced it. */
  generator: z.object({ name: z.string(), version: z.string() }),
  transcript: Transcript,
});
export type Analysis = z.infer<typeof Analysis>;
