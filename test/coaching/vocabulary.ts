/**
 * The vocabulary of the coaching acceptance suite: what a coach may expect of an analysis, as data.
 *
 * Each `fixtures/coaching/NAME.expect.json` names a transcript and lists expectations; each
 * expectation is one claim that `must` hold or `mustNot` hold. A claim is an object with one key,
 * its type, e.g. `{ "interruption": { "by": "Dev Patel", "of": "Marek Nowak" } }`. People are
 * named as the transcript names them; `at` is a verbatim piece of one utterance (case and spacing
 * ignored) that must occur in exactly one utterance. The claims speak of what a coach reads
 * (an interruption by X, an action addressed to Y about speaking up), never of wording or rule ids,
 * so that they survive a rework of the analysers and the commentary: evaluate.ts maps each claim
 * onto the Analysis JSON, and is the one place to change when the contract grows.
 * fixtures/coaching/README.md documents every claim.
 */
import * as z from 'zod';

const Person = z.string().min(1);
const At = z.string().min(1);
const Marker = z.object({ by: Person.optional(), at: At.optional() }).strict();
/** Someone doing something to someone else: interrupting `of`, restating `of`'s idea. */
const ByOfAt = z.object({ by: Person.optional(), of: Person.optional(), at: At.optional() }).strict();
/** Someone doing something for someone else: inviting `to`, crediting `to`. */
const ByToAt = z.object({ by: Person.optional(), to: Person.optional(), at: At.optional() }).strict();

/** Coaching topics an action or a strength can be about; topics.ts says how an item is classified. */
export const ACTION_TOPICS = [
  'interruptions',
  'speak-up',
  'talk-less',
  'balance',
  'monologue',
  'open-questions',
  'follow-up',
  'paraphrase',
  'tone',
  'wording',
  'credit',
  'self-deprecation',
] as const;
export const STRENGTH_TOPICS = [
  'invitation',
  'credit',
  'follow-up',
  'paraphrase',
  'building-on',
  'positive',
  'answering',
] as const;
export const Topic = z.enum([...ACTION_TOPICS, ...STRENGTH_TOPICS]);
export type Topic = z.infer<typeof Topic>;

/** Per-person and meeting-level numbers a claim may compare (evaluate.ts maps each to its field). */
export const PERSON_METRICS = [
  'turns',
  'questions',
  'interruptionsMade',
  'interruptionsReceived',
  'medianGapBeforeSpeakingMs',
  'apologies',
  'talkShare',
] as const;
export const MEETING_METRICS = ['interruptions', 'longSilences', 'participantsCounted', 'people'] as const;

const Status = z.enum(['quiet', 'balanced', 'dominant']);
/** Coaching addressed `to` a person, `about` a topic. */
const Coaching = z.object({ to: Person.optional(), about: Topic.optional() }).strict();
const Tension = z.object({ between: z.tuple([Person, Person]).optional(), involving: Person.optional() }).strict();

/**
 * One observation a coach expects (or rules out), as `{ type: params }`.
 *
 * @example
 * Claim.parse({ action: { to: 'Lee', about: 'interruptions' } }) // ok
 * Claim.parse({ action: { to: 'Lee', about: 'be nicer' } })      // throws: not a topic
 */
export const Claim = z.union([
  z.object({ interruption: ByOfAt }).strict(),
  z.object({ invitation: ByToAt }).strict(),
  z.object({ credit: ByToAt }).strict(),
  z.object({ 'uncredited-restatement': ByOfAt }).strict(),
  z.object({ tension: Tension }).strict(),
  z.object({ 'negative-remark': Marker }).strict(),
  z.object({ 'positive-moment': Marker }).strict(),
  z.object({ tone: z.object({ at: At, is: z.enum(['positive', 'neutral', 'negative']) }).strict() }).strict(),
  z.object({ apology: Marker }).strict(),
  z.object({ hedge: Marker }).strict(),
  z.object({ filler: Marker }).strict(),
  z.object({ 'self-deprecation': Marker }).strict(),
  /** `word`: the flagged words must include it (the utterance may hold other flagged words). */
  z.object({ 'non-inclusive': Marker.extend({ word: z.string().min(1).optional() }).strict() }).strict(),
  z.object({ paraphrase: Marker }).strict(),
  z.object({ 'follow-up': Marker }).strict(),
  z.object({ 'building-on': Marker }).strict(),
  z.object({ backchannel: Marker }).strict(),
  z.object({ monologue: Marker }).strict(),
  z.object({ question: Marker.extend({ type: z.enum(['open', 'closed']).optional() }).strict() }).strict(),
  z.object({ answered: z.object({ at: At, by: Person.optional() }).strict() }).strict(),
  z.object({ status: z.object({ who: Person.optional(), is: Status }).strict() }).strict(),
  z.object({ 'silent-invitee': z.object({ name: Person }).strict() }).strict(),
  z.object({ 'named-in-commentary': z.object({ name: Person }).strict() }).strict(),
  z.object({ participant: z.object({ name: Person }).strict() }).strict(),
  z
    .object({
      metric: z
        .object({
          who: Person.optional(),
          name: z.enum([...PERSON_METRICS, ...MEETING_METRICS]),
          op: z.enum(['==', '>=', '<=', '>', '<']),
          value: z.number(),
        })
        .strict()
        .refine(
          (m) => (m.who !== undefined) === (PERSON_METRICS as readonly string[]).includes(m.name),
          'a person metric needs `who`, a meeting metric must not have it',
        ),
    })
    .strict(),
  z.object({ action: Coaching }).strict(),
  z.object({ strength: Coaching }).strict(),
  z.object({ summary: z.object({ about: z.enum(['uneven-talk', 'even-talk', 'interruptions']) }).strict() }).strict(),
  z.object({ 'contradictory-advice': z.object({ to: Person }).strict() }).strict(),
]);
export type Claim = z.infer<typeof Claim>;

export const Expectation = z
  .object({
    /** Unique within the scenario; `scenario#id` is its name in known-failures.json. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    /** The misreading class it tests (the per-class table counts by this). */
    class: z.string().regex(/^[a-z][a-z-]*$/),
    must: Claim.optional(),
    mustNot: Claim.optional(),
    /** The coach's reason, in one sentence. */
    why: z.string().min(1),
  })
  .strict()
  .refine((e) => (e.must === undefined) !== (e.mustNot === undefined), 'exactly one of must / mustNot');
export type Expectation = z.infer<typeof Expectation>;

/**
 * A `NAME.expect.json` file.
 *
 * @example
 * const file = 'fixtures/coaching/01-room-question-unpunctuated.expect.json';
 * ScenarioFile.parse(JSON.parse(readFileSync(file, 'utf8'))).expect.length // => 6
 */
export const ScenarioFile = z
  .object({
    title: z.string().min(1),
    /** The transcript, a file name beside this one. */
    transcript: z.string().regex(/^[a-z0-9-]+\.(vtt|txt|srt)$/),
    setting: z.string().min(1),
    classes: z.array(z.string()).min(1),
    /** Everyone invited (spoken or not), passed to the analysis like the CLI's --attendees. */
    attendees: z.array(z.string()).optional(),
    expect: z.array(Expectation).min(1),
  })
  .strict();
export type ScenarioFile = z.infer<typeof ScenarioFile>;

/**
 * The claim's type and its parameters.
 *
 * @example
 * claimParts({ interruption: { by: 'Ana' } }) // => ['interruption', { by: 'Ana' }]
 */
export function claimParts(claim: Claim): [string, Record<string, unknown>] {
  const [type, params] = Object.entries(claim)[0]!;
  return [type, params as Record<string, unknown>];
}
