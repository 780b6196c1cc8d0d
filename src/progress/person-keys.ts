/**
 * Person keys across meetings: exactly the `personKey` the parser uses within a file (case, accents,
 * honorifics, role parentheticals, post-nominals, "Surname, Given", ", Host"). Anonymous diarisation
 * labels get no key: "SPEAKER_01" in two files is two strangers.
 */
import { cleanLabel, isAnonymousLabel, personKey } from '../model/person-keys';
import { UNATTRIBUTED_LABEL } from '../model/person-keys';

/**
 * The key that matches one person across meetings; null for a label that names nobody
 * (a diarisation placeholder or the parser's "Unknown speaker").
 *
 * @example
 * meetingPersonKey('Lopez, Maria Elena')       // => 'maria elena lopez'
 * meetingPersonKey('Dr. María Elena López')    // => 'maria elena lopez'
 * meetingPersonKey('MARIA ELENA LOPEZ (Host)') // => 'maria elena lopez'
 * meetingPersonKey('SPEAKER_01')               // => null
 */
export function meetingPersonKey(label: string): string | null {
  const cleaned = cleanLabel(label);
  if (cleaned === '' || cleaned === UNATTRIBUTED_LABEL || isAnonymousLabel(cleaned)) return null;
  const key = personKey(cleaned);
  return key === '' ? null : key;
}

/**
 * The given name a key starts with: what a first-name-only label is compared with.
 *
 * @example
 * firstNameOfKey('maria elena lopez') // => 'maria'
 */
export function firstNameOfKey(key: string): string {
  return key.split(' ')[0]!;
}
