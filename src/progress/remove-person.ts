/**
 * Removes one person from a stored analysis when the owner deletes them (issue 12: "their numbers and
 * quotes removed from every stored analysis"). Their words become "[removed]", their name "Removed
 * person"; every per-person entry of theirs (numbers, findings, commentary, scores) and every item that
 * quotes one of their utterances is dropped. What belongs to the meeting as a whole (the Gini, counts,
 * other people's numbers) stays: it was computed with them and cannot be recomputed without changing
 * everyone else's numbers.
 */
import { Analysis } from '../../analyzers/analysis';
import { INVITEE_PREFIX } from './meeting-numbers';

/** What replaces a removed person's name and words. */
export const REMOVED_NAME = 'Removed person';
export const REMOVED_TEXT = '[removed]';

/** Parts of the analysis kept whole (their entries are renamed or blanked, not dropped). */
const STRUCTURE = new Set(['transcript']);

/**
 * `alsoKnownAs`: the person's other labels across meetings, so that a header naming them differently goes too.
 *
 * @example
 * const redacted = removePerson(analysis, 's2', ['Ben Okafor']);
 * redacted.transcript.speakers[1].name // => 'Removed person'
 * redacted.findings.some((f) => f.speakerId === 's2') // => false
 */
export function removePerson(analysis: Analysis, localId: string, alsoKnownAs: readonly string[] = []): Analysis {
  const copy = structuredClone(analysis);
  if (localId.startsWith(INVITEE_PREFIX))
    return removeInvitee(copy, Number(localId.slice(INVITEE_PREFIX.length)), alsoKnownAs);
  const speaker = copy.transcript.speakers.find((s) => s.id === localId);
  if (!speaker) return copy;
  const names = new Set([speaker.name, ...speaker.aliases, ...alsoKnownAs]);
  speaker.name = REMOVED_NAME;
  speaker.aliases = [];
  const theirs = new Set<string>();
  for (const u of copy.transcript.utterances) {
    if (u.speakerId !== localId) continue;
    theirs.add(u.id);
    u.text = REMOVED_TEXT;
  }
  const record = copy as unknown as Record<string, unknown>;
  for (const key of Object.keys(record))
    if (!STRUCTURE.has(key)) record[key] = scrub(record[key], localId, theirs, names);
  copy.meeting.attendees = copy.meeting.attendees.map((a) => (names.has(a) ? REMOVED_NAME : a));
  // Header lines ("Attendees: ...") and warnings name people too; other people's words stay as said.
  copy.transcript.metadata = scrub(copy.transcript.metadata, localId, theirs, names) as Record<string, string>;
  copy.transcript.warnings = scrub(copy.transcript.warnings, localId, theirs, names) as string[];
  return Analysis.parse(copy);
}

/** Drops array items that are theirs (own speakerId, or citing their utterances); replaces their name in strings. */
function scrub(value: unknown, id: string, utterances: Set<string>, names: Set<string>): unknown {
  if (Array.isArray(value)) {
    return value.filter((item) => !isTheirs(item, id, utterances)).map((item) => scrub(item, id, utterances, names));
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === id) continue; // records keyed by speaker id (share of voice per part)
      out[k] = scrub(v, id, utterances, names);
    }
    return out;
  }
  if (typeof value === 'string') {
    // Notes name people in sentences ("Ana Lima invited Ben Okafor to speak").
    let text = value;
    for (const name of names)
      if (name.length >= 3) text = text.replace(new RegExp(escapeRegExp(name), 'gi'), REMOVED_NAME);
    return text;
  }
  return value;
}

function isTheirs(item: unknown, id: string, utterances: Set<string>): boolean {
  if (typeof item === 'string') return utterances.has(item);
  if (item === null || typeof item !== 'object') return false;
  const o = item as Record<string, unknown>;
  if (o.speakerId === id) return true;
  return typeof o.utteranceId === 'string' && utterances.has(o.utteranceId);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function removeInvitee(analysis: Analysis, index: number, alsoKnownAs: readonly string[]): Analysis {
  const silent = analysis.turnTaking.attendees.silent[index];
  if (!silent) return analysis;
  const names = new Set([silent.name, ...alsoKnownAs]);
  const scrubbed = scrub({ ...analysis, transcript: undefined }, '', new Set(), names) as Record<string, unknown>;
  const metadata = scrub(analysis.transcript.metadata, '', new Set(), names) as Record<string, string>;
  return Analysis.parse({ ...scrubbed, transcript: { ...analysis.transcript, metadata } });
}
