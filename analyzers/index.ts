/**
 * All analysers over one transcript: tokenised once, run in dependency order (inclusivity reads
 * the turn-taking numbers), findings gathered in transcript order (their ids come from the one
 * FindingIds of the prepared transcript, so they are unique across analysers).
 *
 * analyzers/: one folder per analyser (index, schema, thresholds, data/, README.md), shared machinery in nlp/,
 * the Analysis schema in analysis.ts, the metric docs' order in metric-docs.ts. May import src/model only.
 */
import type { Finding, FindingKind } from '../src/model/finding';
import { UNATTRIBUTED_LABEL } from '../src/model/person-keys';
import type { Transcript } from '../src/model/transcript';
import type { Measurements } from './analysis';
import { analyzeInclusivity, type InclusivityResult } from './inclusivity/index';
import { analyzeListening } from './listening/index';
import { prepare } from './nlp/prepare';
import type { QuietContext } from './inclusivity/participation';
import { detectRoles, inRoleContext, quietInContext } from './roles';
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
  const inContext = { transcript, turnTaking: turnTaking.result, inclusivity: inclusivity.result, findings };
  const roles = detectRoles(inContext);
  const quietExplained = quietInContext(inContext, roles);
  return {
    turnTaking: turnTaking.result,
    inclusivity: withQuietInContext(inclusivity.result, quietExplained),
    sentiment: sentiment.result,
    listening: listening.result,
    // What a role or the format explains is no finding (a witness's long answers: analyzers/roles.ts), nor is a habit
    // of the unattributed speaker; whatever the analysers are unsure of is an observation: a low-confidence finding
    // is shown for reflection, never raised with a person.
    findings: withoutUnattributedHabits(transcript, inRoleContext(inContext, roles, quietExplained)).map((f) =>
      f.confidence === 'low' && f.severity !== 'info' ? { ...f, severity: 'info' as const } : f,
    ),
  };
}

/** Each quiet status with what explains it, if anything (analyzers/roles.ts): the report then does not mark it. */
function withQuietInContext(result: InclusivityResult, explained: Map<string, QuietContext>): InclusivityResult {
  const speakers = result.participation.speakers.map((s) => ({
    ...s,
    quietInContext: s.status === 'quiet' ? (explained.get(s.speakerId) ?? null) : null,
  }));
  return { ...result, participation: { ...result.participation, speakers } };
}

/** Kinds that are a habit of the speaker's, to credit or to work on: nothing to say of nobody in particular. */
const SPEAKER_HABITS: ReadonlySet<FindingKind> = new Set<FindingKind>([
  'invitation',
  'credit',
  'follow-up-question',
  'paraphrase',
  'building-on',
  'hedge',
  'apology',
  'filler',
  'self-deprecation',
]);

/**
 * The findings without the habits of the unattributed speaker: "Unknown speaker invited Jonas to speak" credits
 * nobody who could read it, and the voice may be several people (review r19). What they said stays in the
 * measurements, and findings about what happened to a named person (an interruption) or about the words used stay.
 *
 * @example
 * withoutUnattributedHabits(transcript, findings) // drops an invitation whose speakerId is the "Unknown speaker"
 */
function withoutUnattributedHabits(transcript: Transcript, findings: Finding[]): Finding[] {
  const unattributed = new Set(transcript.speakers.filter((s) => s.name === UNATTRIBUTED_LABEL).map((s) => s.id));
  if (unattributed.size === 0) return findings;
  return findings.filter((f) => f.speakerId === null || !unattributed.has(f.speakerId) || !SPEAKER_HABITS.has(f.kind));
}
