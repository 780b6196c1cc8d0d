/**
 * What `renderReport` reads: the Analysis, the commentary and a few options.
 *
 * `ReportAnalysis` is the Analysis with the analyser sections the report draws. Turn-taking and
 * inclusivity use the analysers' own result types; sentiment is typed here from issue 3's JSON
 * contract until its analyser exports `SentimentResult`. Once src/model/analysis.ts carries all
 * of them, `ReportAnalysis` is simply `Analysis`. Only reports/model/build-model.ts and the
 * sections' detail tables read these fields.
 */
import type { InclusivityResult } from '../analyzers/inclusivity';
import type { ListeningResult } from '../analyzers/listening';
import type { TurnTakingResult } from '../analyzers/turn-taking';
import type { Analysis } from '../src/model/analysis';
import type { Commentary } from '../src/model/commentary';
import type { Finding } from '../src/model/finding';

export interface SentimentUtteranceInput {
  utteranceId: string;
  /** -1..1. */
  score: number;
  /** The words that produced the score. */
  evidence: string[];
}

export interface SentimentInput {
  utterances: SentimentUtteranceInput[];
}

/** The Analysis with the analyser sections the report renders; any of them may be missing. */
export type ReportAnalysis = Analysis & {
  turnTaking?: TurnTakingResult;
  inclusivity?: InclusivityResult;
  listening?: ListeningResult;
  sentiment?: SentimentInput;
  findings?: Finding[];
};

export interface ReportOptions {
  /** Shown on the cover and in every page header; default "Meeting report". */
  title?: string;
  /** When the report was made: passed in so that the same input always gives the same bytes. */
  generatedAt: Date;
  /** When the meeting took place, if known (an ISO date or free text such as "3 March 2025"). */
  meetingDate?: string | null;
  /** The PDF's Author field; default "meeting-analyser". */
  author?: string;
}

/**
 * @example
 * const input: ReportInput = { analysis, commentary, options: { title: 'Weekly sync', generatedAt: new Date('2025-03-03T10:00:00Z') } };
 */
export interface ReportInput {
  analysis: ReportAnalysis;
  /** Null (or `source: "none"`) when no commentary was requested: the report then states facts only. */
  commentary: Commentary | null;
  options: ReportOptions;
}
