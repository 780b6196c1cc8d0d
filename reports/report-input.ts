/**
 * What `renderReport` reads: the Analysis (measurements, findings and commentary, see
 * analyzers/analysis.ts) and a few options. Only reports/model/build-model.ts and the sections'
 * detail tables read the analysers' sections.
 */
import type { Analysis } from '../analyzers/analysis';

export interface ReportOptions {
  /** Shown on the cover and in every page header; default `analysis.meeting.title`. */
  title?: string;
  /** When the report was made: passed in so that the same input always gives the same bytes. */
  generatedAt: Date;
  /** When the meeting took place, if known (an ISO date or free text such as "3 March 2025"). */
  meetingDate?: string | null;
  /** The PDF's Author field; default the generator's name. */
  author?: string;
  /**
   * `brief` (default): a compact appendix of at most 3 pages (limits, data, conventions, the definitions a reader
   * needs, commentary, versions), pointing to analyzers/README.md and /docs/methodology for the full methodology.
   * `full`: the appendix also carries every analyser's metric documentation (analyzers/<name>/README.md, about
   * 12 pages).
   */
  appendix?: 'full' | 'brief';
}

/**
 * @example
 * const input: ReportInput = { analysis, options: { generatedAt: new Date('2025-03-03T10:00:00Z') } };
 */
export interface ReportInput {
  /** Its `commentary` with `source: "none"` gives a report of measurements only. */
  analysis: Analysis;
  options: ReportOptions;
}
