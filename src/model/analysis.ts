/**
 * The Analysis: the JSON the API returns, the CLI writes and the PDF renders.
 * Field names at the top level are a contract other tools rely on: add, never rename.
 */
import { z } from 'zod';
import { InclusivityResult } from '../../analyzers/inclusivity';
import { ListeningResult } from '../../analyzers/listening';
import { SentimentResult } from '../../analyzers/sentiment';
import { TurnTakingResult } from '../../analyzers/turn-taking';
import { Commentary } from './commentary';
import { Finding } from './finding';
import { Transcript } from './transcript';

export const MeetingInfo = z.object({
  title: z.string(),
  /** When the analysis was made (ISO 8601). */
  analysedAt: z.string(),
  /** Invitees as given by the caller; those who never spoke count as silent in equality measures. */
  attendees: z.array(z.string()),
  /** Inputs that were cut to their limits (a title or attendee name too long), in plain words. */
  warnings: z.array(z.string()).optional(),
});

export const Analysis = z.object({
  /** Schema version of this document. */
  schemaVersion: z.literal(1),
  /** The service/CLI version that produced it. */
  generator: z.object({ name: z.string(), version: z.string() }),
  meeting: MeetingInfo,
  transcript: Transcript,
  turnTaking: TurnTakingResult,
  inclusivity: InclusivityResult,
  sentiment: SentimentResult,
  listening: ListeningResult,
  /** Every analyser's observations in one shape, in transcript order. */
  findings: z.array(Finding),
  commentary: Commentary,
});
export type Analysis = z.infer<typeof Analysis>;
