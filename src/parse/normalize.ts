/**
 * Raw cues to a Transcript: one code path for every format, so that speakers, ids, events,
 * turns and data-quality warnings mean the same thing whatever the source.
 */
import type {
  NonSpeechEvent,
  Speaker,
  Transcript,
  TranscriptIssue,
  Turn,
  Utterance,
  WarningCode,
} from '../model/transcript';
import { checkedTranscript } from './checked-transcript';
import { TranscriptError } from './errors';
import { extractEvents } from './events';
import { cleanLabel, isAnonymousLabel, personKey, roleKey, UNATTRIBUTED_LABEL } from '../model/person-keys';
import type { ParsedTranscript, RawCue } from './types';
export { countWords } from './words';

/** A warning names at most this many labels, then says how many more there are. */
const NAMES_LISTED = 4;

/**
 * The first NAMES_LISTED names, then "and K more".
 *
 * @example
 * listSome(['SPEAKER_00', 'SPEAKER_01'])                      // => 'SPEAKER_00, SPEAKER_01'
 * listSome(['spk_0', 'spk_1', 'spk_2', 'spk_3', 'spk_4', 'spk_5']) // => 'spk_0, spk_1, spk_2, spk_3 and 2 more'
 */
export function listSome(names: readonly string[]): string {
  const shown = names.slice(0, NAMES_LISTED).join(', ');
  return names.length > NAMES_LISTED ? `${shown} and ${names.length - NAMES_LISTED} more` : shown;
}

/** When only start times are known, an utterance is assumed to last at most this long (~150 words a minute). */
const MS_PER_WORD_ESTIMATE = 400;

export interface NormalizeOptions {
  /** How the bytes were decoded (see decode.ts); `windows-1252` adds a warning. Default utf-8. */
  encoding?: string;
}

/**
 * Builds the Transcript from a parser's raw cues.
 *
 * @example
 * const t = normalize({ format: 'plain', cues: [
 *   { speaker: 'Zoë', startMs: null, endMs: null, text: 'Shall we start? [laughter]', line: 1 },
 *   { speaker: 'ZOË', startMs: null, endMs: null, text: 'Okay.', line: 2 },
 * ] });
 * // t.speakers => [{ id: 's1', name: 'Zoë', aliases: ['ZOË'], anonymous: false }]
 * // t.utterances[0].text => 'Shall we start?'; t.events[0].kind => 'laughter'; t.turns.length => 1
 */
export function normalize(parsed: ParsedTranscript, options: NormalizeOptions = {}): Transcript {
  const issues: TranscriptIssue[] = [];
  const warn = (code: WarningCode, count: number, message: string) => issues.push({ code, message, count });

  const allTimed = everyCueTimed(parsed.cues);
  const cues = allTimed ? orderByTime(parsed.cues, warn) : parsed.cues;
  const timed = parsed.timingsAreReal !== false && cues.length > 0 && allTimed;

  const speech = new SpeechReader(timed);
  for (let i = 0; i < cues.length; i++) speech.add(cues, i);
  const { people, utterances, events, estimatedEnds, wordCount } = speech;
  const unattributed = speech.countLabels();
  if (utterances.length === 0) {
    throw new TranscriptError(
      'no-speech',
      `the ${parsed.format} file has no spoken text: ${parsed.cues.length} cue(s), none with words`,
    );
  }

  mergeBareRoles(people, utterances, events);

  // Final ids s1, s2, ... in order of first utterance; a label with only non-speech events is no speaker.
  const finalId = new Map<string, string>();
  const turns = turnsWithFinalIds(utterances, finalId);
  for (const e of events) e.speakerId = e.speakerId === null ? null : (finalId.get(e.speakerId) ?? null);
  for (const p of people.values()) p.id = finalId.get(p.id) ?? '';
  const speakers = speakersFrom(people, finalId.size);
  const timeline = timed ? timelineOf(utterances) : null;

  if (!timed)
    warn(
      'no-timings',
      0,
      'no timings in this transcript: talk time is measured in words, and pause, overlap and interruption-by-timing metrics are not available',
    );
  if (estimatedEnds > 0)
    warn(
      'estimated-end-times',
      estimatedEnds,
      `${estimatedEnds} utterance(s) have only a start time; their end was estimated from the next start and the number of words`,
    );
  if (speakers.length === 1)
    warn(
      'single-speaker',
      1,
      'only one speaker in this transcript: turn-taking and inclusivity metrics are not meaningful',
    );
  const anonymous = speakers.filter((s) => s.anonymous && s.name !== UNATTRIBUTED_LABEL);
  if (anonymous.length > 0) {
    const names = listSome(anonymous.map((s) => s.name));
    const message = `${anonymous.length} speaker(s) have placeholder labels (${names}): names are not known`;
    warn('anonymous-speakers', anonymous.length, message);
  }
  if (unattributed > 0)
    warn(
      'unattributed-cues',
      unattributed,
      `${unattributed} cue(s) name no speaker; they are attributed to "${UNATTRIBUTED_LABEL}"`,
    );
  const overlaps = timeline?.overlaps ?? 0;
  if (overlaps > 0)
    warn('overlapping-cues', overlaps, `${overlaps} utterance(s) start before the previous speaker's utterance ends`);
  const skipped = parsed.skipped ?? [];
  if (skipped.length > 0) {
    const where = skipped
      .slice(0, 3)
      .map((s) => (s.line === null ? s.reason : `line ${s.line}: ${s.reason}`))
      .join('; ');
    warn(
      'skipped-blocks',
      skipped.length,
      `${skipped.length} block(s) could not be read and were skipped (${where}${skipped.length > 3 ? '; ...' : ''})`,
    );
  }
  const lenient = parsed.lenient ?? [];
  if (lenient.length > 0) {
    const where = lenient
      .slice(0, 3)
      .map((s) => (s.line === null ? s.reason : `line ${s.line}: ${s.reason}`))
      .join('; ');
    const more = lenient.length > 3 ? '; ...' : '';
    const message = `${lenient.length} timestamp(s) broke the format's rules but had a plain meaning and were read as such`;
    warn('lenient-timestamps', lenient.length, `${message} (${where}${more})`);
  }
  const encoding = options.encoding ?? 'utf-8';
  if (encoding === 'windows-1252')
    warn('legacy-encoding', 0, 'the file is not UTF-8; it was read as Windows-1252 (Latin-1)');

  const durationMs = timeline === null ? null : timeline.durationMs;

  return checkedTranscript({
    format: parsed.format,
    encoding,
    hasTimings: timed,
    durationMs,
    speakers,
    utterances,
    turns,
    events,
    metadata: parsed.metadata ?? {},
    warnings: issues.map((i) => i.message),
    issues,
    wordCount,
  });
}

/** A person: their id, and each label they were given with how many cues it names. */
type Person = { id: string; labels: Map<string, number> };
type People = Map<string, Person>;

/**
 * Reads the cues into utterances and events, and their labels into people (ids in order of first appearance).
 * One `add` a cue: a method called per cue is optimised once it is hot, where a loop body in the once-called
 * normalize ran unoptimised until on-stack replacement.
 */
class SpeechReader {
  readonly people: People = new Map();
  readonly utterances: Utterance[] = [];
  readonly events: NonSpeechEvent[] = [];
  estimatedEnds = 0;
  // Summed here from extractEvents, which counts while it tidies: a second scan of every text cost as much.
  wordCount = 0;
  // A meeting repeats a handful of labels thousands of times: each is cleaned, keyed and matched to its person
  // once, and a cue only counts (one map lookup a cue, not four); the counts join the person's labels after.
  private readonly labelsSeen = new Map<string, { shown: string; person: Person; count: number }>();

  constructor(private readonly timed: boolean) {}

  /** Adds the utterance and events of `cues[i]` (the next cue's start bounds an estimated end). */
  add(cues: readonly RawCue[], i: number): void {
    const cue = cues[i]!;
    const { text, events: found, words } = extractEvents(cue.text);
    if (text === '' && found.length === 0) return;
    const speakerId = this.speakerIdOf(cue.speaker);
    const timed = this.timed;
    const startMs = timed ? cue.startMs : null;
    let endMs = timed ? cue.endMs : null;
    const endEstimated = timed && endMs === null && startMs !== null;
    if (endEstimated) {
      endMs = estimateEnd(startMs, words, i + 1 < cues.length ? cues[i + 1]!.startMs : null);
      this.estimatedEnds++;
    }
    if (startMs !== null && endMs !== null && endMs < startMs) endMs = startMs;
    const utteranceId = text === '' ? null : `u${this.utterances.length + 1}`;
    for (let k = 0; k < found.length; k++) {
      const e = found[k]!;
      // In the schema's key order: checkedTranscript keeps these objects as they are.
      this.events.push({ kind: e.kind, position: e.position, label: e.label, utteranceId, speakerId, startMs });
    }
    if (utteranceId === null) return;
    const u: Utterance = { id: utteranceId, speakerId, startMs, endMs, text, turn: 0, line: cue.line };
    if (endEstimated) u.endEstimated = true;
    this.utterances.push(u);
    this.wordCount += words;
  }

  private speakerIdOf(label: string | null): string {
    let seen = this.labelsSeen.get(label ?? '');
    if (seen === undefined) {
      const cleaned = label === null ? '' : cleanLabel(label);
      const shown = cleaned === '' ? UNATTRIBUTED_LABEL : cleaned;
      const key = shown === UNATTRIBUTED_LABEL ? '\u0000unattributed' : personKey(shown);
      let person = this.people.get(key);
      if (!person) {
        person = { id: `p${this.people.size + 1}`, labels: new Map() };
        this.people.set(key, person);
      }
      // In the person's labels from its first use, so that they stay in order of first appearance.
      if (!person.labels.has(shown)) person.labels.set(shown, 0);
      seen = { shown, person, count: 0 };
      this.labelsSeen.set(label ?? '', seen);
    }
    seen.count++;
    return seen.person.id;
  }

  /** Adds each label's count of cues to its person's labels; returns how many cues named no speaker. */
  countLabels(): number {
    let unattributed = 0;
    for (const { shown, person, count } of this.labelsSeen.values()) {
      person.labels.set(shown, person.labels.get(shown)! + count);
      if (shown === UNATTRIBUTED_LABEL) unattributed += count;
    }
    return unattributed;
  }
}

/**
 * "The Chair (Hon. Anthony Rota)" and a bare "The Chair" are one person when exactly one named
 * person holds that role: the bare label's utterances and events move to the named person.
 */
function mergeBareRoles(people: People, utterances: Utterance[], events: NonSpeechEvent[]): void {
  const holders = new Map<string, Set<string>>();
  for (const [key, person] of people) {
    for (const label of person.labels.keys()) {
      const role = roleKey(label);
      if (role !== null && role !== key) holders.set(role, (holders.get(role) ?? new Set()).add(key));
    }
  }
  for (const [role, keys] of holders) {
    const bare = people.get(role);
    if (!bare || keys.size !== 1) continue;
    const named = people.get([...keys][0]!)!;
    for (const [label, n] of bare.labels) named.labels.set(label, (named.labels.get(label) ?? 0) + n);
    // Index loops: once per utterance, for every role merged.
    for (let i = 0; i < utterances.length; i++)
      if (utterances[i]!.speakerId === bare.id) utterances[i]!.speakerId = named.id;
    for (let i = 0; i < events.length; i++) if (events[i]!.speakerId === bare.id) events[i]!.speakerId = named.id;
    people.delete(role);
  }
}

function everyCueTimed(cues: readonly RawCue[]): boolean {
  for (let i = 0; i < cues.length; i++) if (cues[i]!.startMs === null) return false;
  return true;
}

/** Stable sort by start time (every cue has one); counts cues that were out of order. */
function orderByTime(cues: RawCue[], warn: (code: WarningCode, count: number, message: string) => void): RawCue[] {
  let outOfOrder = 0;
  for (let i = 1; i < cues.length; i++) if (cues[i]!.startMs! < cues[i - 1]!.startMs!) outOfOrder++;
  if (outOfOrder === 0) return cues;
  warn(
    'out-of-order-cues',
    outOfOrder,
    `${outOfOrder} cue(s) were out of time order and have been sorted by start time`,
  );
  return cues
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.startMs! - b.c.startMs! || a.i - b.i)
    .map((x) => x.c);
}

function estimateEnd(startMs: number, words: number, nextStartMs: number | null): number {
  const byWords = startMs + Math.max(1, words) * MS_PER_WORD_ESTIMATE;
  return nextStartMs !== null && nextStartMs >= startMs ? Math.min(byWords, nextStartMs) : byWords;
}

/** The display name is the label used most often (the first seen on a tie); the rest are aliases. */
function speakersFrom(people: Map<string, { id: string; labels: Map<string, number> }>, count: number): Speaker[] {
  return [...people.values()]
    .filter((p) => p.id !== '')
    .sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)))
    .slice(0, count)
    .map((p) => {
      const labels = [...p.labels.entries()];
      const name = labels.reduce((best, cur) => (cur[1] > best[1] ? cur : best))[0];
      return {
        id: p.id,
        name,
        aliases: labels.map(([l]) => l).filter((l) => l !== name),
        anonymous: name === UNATTRIBUTED_LABEL || isAnonymousLabel(name),
      };
    });
}

/**
 * Gives each utterance its final speaker id (s1, s2, ... in order of first utterance, kept in `finalId`) and groups
 * consecutive utterances of one speaker into turns: one pass (an index loop, no iterator) where there were two.
 */
function turnsWithFinalIds(utterances: Utterance[], finalId: Map<string, string>): Turn[] {
  const turns: Turn[] = [];
  let last: Turn | null = null;
  for (let i = 0; i < utterances.length; i++) {
    const u = utterances[i]!;
    let id = finalId.get(u.speakerId);
    if (id === undefined) finalId.set(u.speakerId, (id = `s${finalId.size + 1}`));
    u.speakerId = id;
    if (last !== null && last.speakerId === id) last.utteranceIds.push(u.id);
    else turns.push((last = { id: `t${turns.length + 1}`, speakerId: id, utteranceIds: [u.id] }));
    u.turn = turns.length - 1;
  }
  return turns;
}

/**
 * For timed utterances, in one pass: how many start before the latest end so far of another speaker's speech,
 * and the span from the first start to the last end.
 */
function timelineOf(utterances: readonly Utterance[]): { overlaps: number; durationMs: number } {
  let overlaps = 0;
  let latestEnd = -1;
  let latestSpeaker = '';
  let firstStart = Infinity;
  let lastEnd = -Infinity;
  for (let i = 0; i < utterances.length; i++) {
    const u = utterances[i]!;
    firstStart = Math.min(firstStart, u.startMs ?? 0);
    lastEnd = Math.max(lastEnd, u.endMs ?? 0);
    if (u.startMs === null || u.endMs === null) continue;
    if (u.startMs < latestEnd && u.speakerId !== latestSpeaker) overlaps++;
    if (u.endMs > latestEnd) {
      latestEnd = u.endMs;
      latestSpeaker = u.speakerId;
    }
  }
  return { overlaps, durationMs: lastEnd - firstStart };
}
