/**
 * All analysers over one transcript: tokenised once, run in dependency order (inclusivity reads
 * the turn-taking numbers), findings gathered in transcript order (their ids come from the one
 * FindingIds of the prepared transcript, so they are unique across analysers).
 *
 * analyzers/: one folder per analyser (index, schema, thresholds, data/, README.md), shared machinery in nlp/,
 * the Analysis schema in analysis.ts, the metric docs' order in metric-docs.ts. May import src/model only.
 */
import type { Transcript } from '../src/model/transcript';
import type { Measurements } from './analysis';
import { analyzeInclusivity } from './inclusivity/index';
import { analyzeListening } from './listening/index';
import { prepare } from './nlp/prepare';
import { inRoleContext } from './roles';
import { analyzeSentiment } from './sentiment/index';
import { analyzeTurnTaking } from './turn-taking/index';

export type { Measurements } from './analysis';

/**
 * Runs every analyser.
 *
 * @example
 * const m = runAnalyzers(makeTranscript([['Ana', 'What do you think, Ben?'], ['Ben', 'Good point.']]));
 * // m.turnTaking.basis === 'words'; m.findings.some((f) => f.kind === 'invitation') === true
 */
export function runAnalyzers(transcript: Transcript, options: { attendees?: string[] } = {}): Measurements {
  const p = prepare(transcript);
  const turnTaking = analyzeTurnTaking(p, { attendees: options.attendees });
  const inclusivity = analyzeInclusivity(p, turnTaking.result);
  const sentiment = analyzeSentiment(p);
  const listening = analyzeListening(p);
  const order = p.utteranceIndex;
  const findings = [...turnTaking.findings, ...inclusivity.findings, ...sentiment.findings, ...listening.findings].sort(
    (a, b) =>
      (a.utteranceId === null ? Infinity : (order.get(a.utteranceId) ?? Infinity)) -
      (b.utteranceId === null ? Infinity : (order.get(b.utteranceId) ?? Infinity)),
  );
  return {
    turnTaking: turnTaking.result,
    inclusivity: inclusivity.result,
    sentiment: sentiment.result,
    listening: listening.result,
    // A witness's long answers are observations, not habits (analyzers/roles.ts); so is whatever the analysers
    // are unsure of: a low-confidence finding is shown for reflection, never raised with a person.
    findings: inRoleContext({
      transcript,
      turnTaking: turnTaking.result,
      inclusivity: inclusivity.result,
      findings,
    }).map((f) => (f.confidence === 'low' && f.severity !== 'info' ? { ...f, severity: 'info' as const } : f)),
  };
}
