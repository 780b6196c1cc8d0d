/**
 * Invitees a transcript names in its own header ("Attendees: Ana Lima, Ben Okafor"), as parsers keep it
 * in `metadata`. Every way in (API, page, both command lines) counts them with the invitees given
 * alongside the upload, so someone listed who never spoke is a silent invitee. A list with semicolons is split at them, so "Lopez, Maria; Okafor, Ben" keeps its commas.
 */
import type { Transcript } from '../model/transcript';

const KEYS = ['attendees', 'Attendees', 'participants', 'Participants'];

/**
 * @example
 * attendeesInTranscript({ metadata: { attendees: 'Ana Lima, Ben Okafor' } }) // => ['Ana Lima', 'Ben Okafor']
 * attendeesInTranscript({ metadata: { attendees: 'Lopez, Maria; Okafor, Ben' } }) // => ['Lopez, Maria', 'Okafor, Ben']
 */
export function attendeesInTranscript(transcript: Pick<Transcript, 'metadata'>): string[] {
  const list = KEYS.map((k) => transcript.metadata[k]).find((v) => v !== undefined);
  if (!list) return [];
  return list
    .split(list.includes(';') ? ';' : /[,\n]/)
    .map((a) => a.trim())
    .filter(Boolean);
}
