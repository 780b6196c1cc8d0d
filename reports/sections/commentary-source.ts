/**
 * Where the coaching text came from, said the same way on the cover and in the appendix.
 */
import type { ReportModel } from '../model/report-model';

/**
 * @example
 * commentarySourceSentence(model)
 * // => 'The coaching text was written by Claude (claude-sonnet-4-5); every quote in it was checked against the transcript.'
 */
export function commentarySourceSentence(model: ReportModel): string {
  const c = model.commentary;
  if (!c) return 'No coaching commentary was requested: the report states measurements only.';
  const dropped = c.dropped.count > 0 ? ` ${c.dropped.count} item(s) failed that check and were left out.` : '';
  if (c.source === 'claude') {
    return `The coaching text was written by Claude${c.model ? ` (${c.model})` : ''} from the measurements; every quote and number in it was checked against the transcript and the metrics.${dropped}`;
  }
  const why = c.fallbackReason ? ` (${c.fallbackReason.replace(/\.$/, '')})` : '';
  return `The coaching text was written by deterministic rules from the measurements, not by an AI model${why}.${dropped}`;
}
