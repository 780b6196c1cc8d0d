/**
 * Speaker labels to people. One person appears under several labels in real transcripts:
 * "Hon. Andrew Scheer" and "Hon. Andrew Scheer (Leader of the Opposition)", "The Acting Chair
 * (Mr. Bruce Stanton)" and "The Acting Chair (Mr. Bruce Stanton (Simcoe North, CPC))",
 * "Suzy Davies AM", "ZOË MARTIN" and "Zoë  Martin". `personKey` maps every variant to one key.
 * Beside the model because parsing (merging aliases) and analysis (attendees, names in the text) share it.
 */

/**
 * The label given to cues that name no speaker (a bucket, not a person: the equality measures leave it out).
 *
 * @example
 * transcript.speakers.filter((s) => s.name !== UNATTRIBUTED_LABEL) // the known people
 */
export const UNATTRIBUTED_LABEL = 'Unknown speaker';

/** Honorifics dropped from the front of a name (Canadian Hansard, UK and Welsh committees, everyday use). */
const HONORIFICS = [
  'right honourable',
  'right hon',
  'rt hon',
  'honourable',
  'hon',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
];
/** Post-nominal letters dropped from the end ("Suzy Davies AM"): only in capitals, only after two or more words. */
const POST_NOMINALS = new Set([
  'AM',
  'MS',
  'MP',
  'MSP',
  'MLA',
  'MPP',
  'MEP',
  'TD',
  'PHD',
  'PhD',
  'MD',
  'QC',
  'KC',
  'OBE',
  'MBE',
  'CBE',
]);

const HONORIFIC_PREFIX = new RegExp(`^(?:(?:${HONORIFICS.join('|')})\\.?\\s+)+`, 'i');
/** "Role (Mr. Name ...)": the parenthesis names the person. */
const ROLE_WITH_NAME = new RegExp(
  `^[^()]+\\(\\s*((?:${HONORIFICS.join('|')})\\.?\\s+[^()]+?)\\s*(?:\\(.*\\))?\\s*\\)$`,
  'i',
);

/**
 * Labels that stand for an unknown or anonymous voice: diarisation placeholders and "unknown".
 * @example "Speaker 1", "SPEAKER_00", "spk_0", "Speaker A", "Channel 2", "Unknown", "??", "Participant 3", "Guest"
 */
const ANONYMOUS =
  /^(?:(?:speaker|spk|spkr|participant|person|voice|guest|caller|attendee|channel|unknown speaker|unidentified speaker)[\s_-]*(?:\d{1,3}|[a-z])?|unknown|unidentified|\?+|-+)$/i;

/**
 * Tidies a label for display: trims, collapses spaces, drops a trailing colon.
 *
 * @example
 * cleanLabel('  Zoë   Martin: ') // => 'Zoë Martin'
 */
export function cleanLabel(label: string): string {
  return label.normalize('NFC').replace(/\s+/g, ' ').replace(/\s*:$/, '').trim();
}

/**
 * The key under which label variants of one person are merged.
 *
 * @example
 * personKey('Hon. Andrew Scheer (Leader of the Opposition)') // => 'andrew scheer'
 * personKey('The Acting Chair (Mr. Bruce Stanton (Simcoe North, CPC))') // => 'bruce stanton'
 * personKey('Suzy Davies AM') // => 'suzy davies'
 * personKey('ZOË  MARTIN')   // => 'zoe martin'
 * personKey('López, María Elena') // => 'maria elena lopez'
 */
export function personKey(label: string): string {
  let name = cleanLabel(label);
  const role = ROLE_WITH_NAME.exec(name);
  if (role) name = role[1]!;
  // Drop trailing parentheticals: constituencies, parties, roles.
  for (let guard = 0; guard < 3 && /\)\s*$/.test(name); guard++) {
    const stripped = stripTrailingParenthetical(name);
    if (stripped === name || stripped === '') break;
    name = stripped;
  }
  name = givenNameFirst(name)
    .map((part) => part.replace(HONORIFIC_PREFIX, ''))
    .join(' ');
  const words = name.split(' ');
  while (words.length > 2 && POST_NOMINALS.has(words[words.length - 1]!)) words.pop();
  const key = words
    .join(' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}?]+/gu, ' ')
    .trim();
  return key === '' ? cleanLabel(label).toLowerCase() : key;
}

/**
 * The role in a "Role (Mr. Name ...)" label, as a person key; null for other labels.
 * A transcript that writes "The Chair (Hon. Anthony Rota)" once and "The Chair" after that
 * means one person; normalize() merges the two when only one named person holds the role.
 *
 * @example
 * roleKey('The Chair (Hon. Anthony Rota (Nipissing, Lib.))') // => 'the chair'
 * roleKey('Hon. Bill Blair (Minister of Public Safety)')    // => null
 */
export function roleKey(label: string): string | null {
  const name = cleanLabel(label);
  if (!ROLE_WITH_NAME.test(name)) return null;
  return personKey(name.slice(0, name.indexOf('(')));
}

/**
 * True for placeholder labels that do not name a person.
 *
 * @example
 * isAnonymousLabel('SPEAKER_01') // => true
 * isAnonymousLabel('Zoë')        // => false
 */
export function isAnonymousLabel(label: string): boolean {
  return ANONYMOUS.test(cleanLabel(label));
}

/**
 * Words that name a role, not a person, after a comma ("Ana Lima, Host"): Zoom and Teams add "Host",
 * "Co-host", "Organizer", "Guest", "External"; the rest are the roles meeting notes name most.
 */
const ROLE_SUFFIXES = new Set([
  'host',
  'co-host',
  'cohost',
  'organizer',
  'organiser',
  'guest',
  'external',
  'chair',
  'facilitator',
  'moderator',
  'presenter',
  'scribe',
  'note-taker',
  'notetaker',
  'ceo',
  'cto',
  'cfo',
  'coo',
  'pm',
  'vp',
  'lead',
  'manager',
  'intern',
]);
/** One to three words of letters (no digits, no brackets): a part of a name. */
const NAME_PART = /^[\p{L}'’.\- ]{1,60}$/u;

/**
 * Splits "Surname, Given" (calendar invitations, attendee lists, some exports) into [given, surname] and
 * drops a role after a comma ("Ana Lima, Host" -> ["Ana Lima"]). Anything else stays whole.
 *
 * @example
 * givenNameFirst('Lopez, Maria Elena') // => ['Maria Elena', 'Lopez']
 * givenNameFirst('Ana Lima, Host')     // => ['Ana Lima']
 * givenNameFirst('Okafor, Dr. Ben')    // => ['Dr. Ben', 'Okafor']
 * givenNameFirst('Room 4, table 2')    // => ['Room 4, table 2']
 */
export function givenNameFirst(name: string): string[] {
  if (/[()]/.test(name)) return [name];
  const parts = name.split(',');
  if (parts.length !== 2) return [name];
  const [left, right] = [parts[0]!.trim(), parts[1]!.trim()];
  if (ROLE_SUFFIXES.has(right.toLowerCase())) return [left];
  const words = (s: string) => s.split(' ').filter(Boolean).length;
  if (!NAME_PART.test(left) || !NAME_PART.test(right) || words(left) > 3 || words(right) > 3) return [name];
  return [right, left];
}

/** Removes one balanced parenthetical group at the end of the label, nested groups included. */
function stripTrailingParenthetical(name: string): string {
  let depth = 0;
  for (let i = name.length - 1; i >= 0; i--) {
    const ch = name[i];
    if (ch === ')') depth++;
    else if (ch === '(') {
      depth--;
      if (depth === 0) return name.slice(0, i).trim();
    }
  }
  return name;
}
