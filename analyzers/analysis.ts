/**
 * The Analysis: the JSON the API returns, the CLI writes and the PDF renders, composed here (the one
 * place) from src/model (transcript, finding, commentary) and each analyser's result schema.
 * Field names at the top level are a contract other tools rely on: add, never rename.
 */
import * as z from 'zod';
import { InclusivityResult } from './inclusivity/index';
import { ListeningResult } from './listening/index';
import { SentimentResult } from './sentiment/index';
import { TurnTakingResult } from './turn-taking/index';
import { Commentary } from '../src/model/commentary';
import { Finding } from '../src/model/finding';
import { Transcript } from '../src/model/transcript';

export const MeetingInfo = z.object({
  title: z.string(),
  /** When the analysis was made (ISO 8601). */
  analysedAt: z.string(),
  /** Invitees as given by the caller; those who never spoke count as silent in equality measures. */
  attendees: z.array(z.string()),
  /** Inputs that were cut to their limits (a title or attendee name too long), in plain words. */
  warnings: z.array(z.string()).optional(),
});

/**
 * What the analysers produce together (analyzers/index.ts `runAnalyzers`): one section per analyser and
 * every finding in one list.
 *
 * @example
 * const m: Measurements = runAnalyzers(transcript); // m.turnTaking.gini, m.findings[0].kind
 */
export const Measurements = z.object({
  turnTaking: TurnTakingResult,
  inclusivity: InclusivityResult,
  sentiment: SentimentResult,
  listening: ListeningResult,
  /** Every analyser's observations in one shape, in transcript order. */
  findings: z.array(Finding),
});
export type Measurements = z.infer<typeof Measurements>;

/**
 * @example
 * Analysis.parse(JSON.parse(await readFile('analysis.json', 'utf8'))).meeting.title // => 'Weekly sync'
 */
export const Analysis = z.object({
  /** Schema version of this document. */
  schemaVersion: z.literal(1),
  /** The service/CLI version that produced it. */
  generator: z.object({ name: z.string(), version: z.string() }),
  meeting: MeetingInfo,
  transcript: Transcript,
  ...Measurements.shape,
  commentary: Commentary,
});
export type Analysis = z.infer<typeof Analysis>;
