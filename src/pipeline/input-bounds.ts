/**
 * Applies INPUT_LIMITS (src/model/limits.ts) between parsing and the analysers, for every way in
 * (API, queue, CLI): names and titles are cut with a warning; more speakers or attendees than the
 * limit are refused with an error that states the count and the limit.
 */
import { cutText, INPUT_LIMITS } from '../model/limits';
import type { Transcript } from '../model/transcript';

/**
 * More people than INPUT_LIMITS allows; src/http/errors.ts answers it with 422 and this code.
 *
 * @example
 * throw new InputLimitError('too-many-speakers', 'the transcript has 5000 distinct speakers; ...', { speakers: 5000 });
 */
export class InputLimitError extends Error {
  override readonly name = 'InputLimitError';
  constructor(
    readonly code: 'too-many-speakers' | 'too-many-attendees',
    message: string,
    readonly details: Record<string, number>,
  ) {
    super(message);
  }
}

/**
 * Refuses a transcript with more distinct speakers than INPUT_LIMITS.speakers, or more attendees
 * than INPUT_LIMITS.attendees: 422 `too-many-speakers` / `too-many-attendees`.
 *
 * @example
 * assertPeopleWithinLimits(transcript, ['Ana', 'Bo']); // returns, or throws InputLimitError('too-many-speakers')
 */
export function assertPeopleWithinLimits(transcript: Pick<Transcript, 'speakers'>, attendees: readonly string[]): void {
  const speakers = transcript.speakers.length;
  if (speakers > INPUT_LIMITS.speakers) {
    const message = `the transcript has ${speakers} distinct speakers; the limit is ${INPUT_LIMITS.speakers} per transcript`;
    throw new InputLimitError('too-many-speakers', message, { speakers, limitSpeakers: INPUT_LIMITS.speakers });
  }
  if (attendees.length > INPUT_LIMITS.attendees) {
    const message = `${attendees.length} attendees were given; the limit is ${INPUT_LIMITS.attendees}`;
    throw new InputLimitError('too-many-attendees', message, {
      attendees: attendees.length,
      limitAttendees: INPUT_LIMITS.attendees,
    });
  }
}

/**
 * The transcript with every speaker name and alias cut to INPUT_LIMITS.nameChars, and a
 * `names-shortened` warning when any was. Ids are untouched, so two long names stay two people.
 *
 * @example
 * boundSpeakerNames(transcript).speakers[0].name.length <= INPUT_LIMITS.nameChars // => true
 */
export function boundSpeakerNames(transcript: Transcript): Transcript {
  const max = INPUT_LIMITS.nameChars;
  let shortened = 0;
  const speakers = transcript.speakers.map((s) => {
    const name = cutText(s.name, max);
    const aliases = s.aliases.map((a) => cutText(a, max));
    if (!name.cut && !aliases.some((a) => a.cut)) return s;
    shortened++;
    return { ...s, name: name.text, aliases: aliases.map((a) => a.text) };
  });
  if (shortened === 0) return transcript;
  const message = `${shortened} speaker name(s) longer than ${max} characters were shortened.`;
  const issue = { code: 'names-shortened' as const, message, count: shortened };
  return {
    ...transcript,
    speakers,
    warnings: [...transcript.warnings, message],
    issues: [...transcript.issues, issue],
  };
}

/**
 * The title and attendee names cut to their limits, with a warning for each kind that was.
 *
 * @example
 * boundMeetingText('x'.repeat(300), ['Ana']) // => { title: 'xxx…' (200 characters), attendees: ['Ana'], warnings: ['The title was longer than 200 characters and was shortened.'] }
 */
export function boundMeetingText(
  title: string | undefined,
  attendees: readonly string[],
): { title: string | undefined; attendees: string[]; warnings: string[] } {
  const warnings: string[] = [];
  const cutTitle = title === undefined ? undefined : cutText(title, INPUT_LIMITS.titleChars);
  if (cutTitle?.cut) {
    warnings.push(`The title was longer than ${INPUT_LIMITS.titleChars} characters and was shortened.`);
  }
  const cutAttendees = attendees.map((a) => cutText(a, INPUT_LIMITS.nameChars));
  const long = cutAttendees.filter((a) => a.cut).length;
  if (long > 0) {
    warnings.push(`${long} attendee name(s) longer than ${INPUT_LIMITS.nameChars} characters were shortened.`);
  }
  return { title: cutTitle?.text, attendees: cutAttendees.map((a) => a.text), warnings };
}
