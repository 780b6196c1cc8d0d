/**
 * The Transcript schema's check on what normalize built, without copying the big arrays.
 *
 * `Transcript.parse` copies every utterance, turn and event it checks: at 250k words that was 16 MB of
 * garbage and a third of normalising. normalize builds those objects itself, with the schema's keys in
 * the schema's order, and their strings and enums are typed by the schema; what types cannot say are
 * the number rules (whole, not negative, lines from 1, a turn holds an utterance). Those are checked
 * here; when any fails, the whole object goes through `Transcript.parse`, so the error is the schema's
 * own. Everything else (speakers, metadata, warnings, issues) is small and still parsed by the schema.
 * test/model/checked-transcript.test.ts holds the outcome equal to `Transcript.parse` on every fixture.
 */
import { Transcript, type NonSpeechEvent, type Turn, type Utterance } from '../model/transcript';

/**
 * What `Transcript.parse(fields)` returns, with the utterances, turns and events arrays kept as they are.
 *
 * @example
 * const t = checkedTranscript({ format: 'plain', encoding: 'utf-8', hasTimings: false, durationMs: null,
 *   speakers: [{ id: 's1', name: 'Zoë', aliases: [], anonymous: false }],
 *   utterances: [{ id: 'u1', speakerId: 's1', startMs: null, endMs: null, text: 'Hi', turn: 0, line: 1 }],
 *   turns: [{ id: 't1', speakerId: 's1', utteranceIds: ['u1'] }], events: [], metadata: {},
 *   warnings: [], issues: [], wordCount: 1 });
 * // t.utterances[0].text => 'Hi'
 */
export function checkedTranscript(fields: Transcript): Transcript {
  const { utterances, turns, events } = fields;
  if (!utterancesFit(utterances) || !turnsFit(turns) || !eventsFit(events)) return Transcript.parse(fields);
  const checked = Transcript.parse({ ...fields, utterances: [], turns: [], events: [] });
  // The keys are in place already (the schema's order); only their values are swapped back.
  checked.utterances = utterances;
  checked.turns = turns;
  checked.events = events;
  return checked;
}

/** `z.number().int().nonnegative().nullable()`: a safe whole number from 0, or null. */
function isTime(ms: number | null): boolean {
  return ms === null || (Number.isSafeInteger(ms) && ms >= 0);
}

// Index loops: these run once per utterance, and must cost far less than the copy they replace.
function utterancesFit(utterances: readonly Utterance[]): boolean {
  for (let i = 0; i < utterances.length; i++) {
    const u = utterances[i]!;
    if (!isTime(u.startMs) || !isTime(u.endMs) || !Number.isSafeInteger(u.turn) || u.turn < 0) return false;
    if (u.line !== null && !(Number.isSafeInteger(u.line) && u.line > 0)) return false;
  }
  return true;
}

function turnsFit(turns: readonly Turn[]): boolean {
  for (let i = 0; i < turns.length; i++) if (turns[i]!.utteranceIds.length === 0) return false;
  return true;
}

function eventsFit(events: readonly NonSpeechEvent[]): boolean {
  for (let i = 0; i < events.length; i++) if (!isTime(events[i]!.startMs)) return false;
  return true;
}
