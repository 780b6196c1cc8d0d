/**
 * alex (retext-equality + retext-profanities), run as the comparison baseline for the
 * inclusive-language evaluation. Evaluation only: alex never ships in src/ or analyzers/.
 */
import { text as alexText } from 'alex';

/**
 * One alex message, flattened.
 *
 * @example
 * { source: 'retext-equality', ruleId: 'gals-man', actual: 'guys', start: 3, end: 7 }
 */
export interface AlexFlag {
  /** `retext-equality` or `retext-profanities`. */
  source: string;
  ruleId: string;
  /** The flagged words as alex reports them. */
  actual: string;
  /** Character offsets in the text alex was given (null when alex gives no position). */
  start: number | null;
  end: number | null;
}

/**
 * Runs alex on plain text with its default settings.
 *
 * @example
 * alexFlags('Hi guys.').map((f) => [f.ruleId, f.actual]) // => [['gals-man', 'guys']]
 */
export function alexFlags(value: string): AlexFlag[] {
  return alexText(value).messages.map((m) => ({
    source: m.source ?? '',
    ruleId: m.ruleId ?? '',
    actual: typeof m.actual === 'string' ? m.actual : '',
    start: m.position?.start.offset ?? null,
    end: m.position?.end.offset ?? null,
  }));
}
