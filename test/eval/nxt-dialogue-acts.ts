/**
 * Dialogue-act annotations of the AMI and ICSI corpora (NXT XML), used as human labels for the
 * turn-taking evaluation: AMI "elicit" acts and ICSI MRDA question tags for question detection,
 * ICSI MRDA disruption marks for interruptions. Evaluation code only.
 */
import { parseIdRange } from './nxt-words';

export interface DialogueAct {
  id: string;
  /** AMI: the da-types.xml id (e.g. `ami_da_5`); ICSI: the MRDA tag string (e.g. `qy^d^g.%-`). */
  type: string;
  /** Word ranges (first and last token id) the act spans. */
  ranges: Array<{ from: string; to: string }>;
  startSec: number | null;
  endSec: number | null;
  participant: string | null;
}

/** AMI da-types in the "elicit" class (ontologies/da-types.xml): Elicit-Inform, -Offer-Or-Suggestion, -Assessment, -Comment-Understanding. */
export const AMI_ELICIT_TYPES: ReadonlySet<string> = new Set(['ami_da_5', 'ami_da_8', 'ami_da_11', 'ami_da_13']);

/**
 * Parses an AMI `*.dialog-act.xml` file.
 *
 * @example
 * parseAmiDialogueActs('<dact nite:id="d1"><nite:pointer role="da-aspect" href="da-types.xml#id(ami_da_5)"/><nite:child href="ES.A.words.xml#id(w1)..id(w4)"/></dact>')
 * // => [{ id: 'd1', type: 'ami_da_5', ranges: [{ from: 'w1', to: 'w4' }], startSec: null, endSec: null, participant: null }]
 */
export function parseAmiDialogueActs(xml: string): DialogueAct[] {
  const acts: DialogueAct[] = [];
  for (const m of xml.matchAll(/<dact\b[^>]*nite:id="([^"]+)"[^>]*>([\s\S]*?)<\/dact>/g)) {
    const body = m[2]!;
    const type = /role="da-aspect"\s+href="[^"]*#id\(([^)]+)\)"/.exec(body)?.[1] ?? '';
    const ranges = [...body.matchAll(/<nite:child\s+href="([^"]+)"/g)]
      .map((c) => parseIdRange(c[1]!))
      .filter((r) => r !== null);
    acts.push({ id: m[1]!, type, ranges, startSec: null, endSec: null, participant: null });
  }
  return acts;
}

/**
 * Parses an ICSI `*.dialogue-acts.xml` file (MRDA tags).
 *
 * @example
 * parseIcsiDialogueActs('<dialogueact nite:id="d2" starttime="1.5" endtime="2.0" type="qy^d^g" participant="me003"><nite:child href="B.words.xml#id(w.9)..id(w.12)"/></dialogueact>')
 * // => [{ id: 'd2', type: 'qy^d^g', ranges: [{ from: 'w.9', to: 'w.12' }], startSec: 1.5, endSec: 2, participant: 'me003' }]
 */
export function parseIcsiDialogueActs(xml: string): DialogueAct[] {
  const acts: DialogueAct[] = [];
  for (const m of xml.matchAll(/<dialogueact\b([^>]*)>([\s\S]*?)<\/dialogueact>/g)) {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(m[1]!)?.[1];
    const ranges = [...m[2]!.matchAll(/<nite:child\s+href="([^"]+)"/g)]
      .map((c) => parseIdRange(c[1]!))
      .filter((r) => r !== null);
    const num = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));
    acts.push({
      id: attr('nite:id') ?? '',
      type: attr('type') ?? '',
      ranges,
      startSec: num(attr('starttime')),
      endSec: num(attr('endtime')),
      participant: attr('participant') ?? null,
    });
  }
  return acts;
}

/**
 * The parts of an MRDA tag: a unit may hold several acts joined by ':' ("s:qw"); each part is a
 * general tag, '^'-joined specific tags, and an optional '.'-suffixed disruption mark.
 *
 * @example
 * mrdaParts('s.%--:qy^rt') // => [{ general: 's', specific: [], disruption: '%--' }, { general: 'qy', specific: ['rt'], disruption: null }]
 */
export function mrdaParts(tag: string): Array<{ general: string; specific: string[]; disruption: string | null }> {
  return tag.split(/[:|]/).map((part) => {
    const [body, disruption] = part.split('.') as [string, string | undefined];
    const [general, ...specific] = body.split('^');
    return { general: general ?? '', specific, disruption: disruption ?? null };
  });
}

/**
 * MRDA question class of a tag: `open` for wh- and open-ended questions (qw, qo), `closed` for
 * yes/no and or-questions (qy, qr, qrr), `rhetorical` (qh), or null when the act is no question.
 *
 * @example
 * mrdaQuestion('qy^d^g') // => 'closed'
 * mrdaQuestion('s:qw')   // => 'open'
 * mrdaQuestion('s^bk')   // => null
 */
export function mrdaQuestion(tag: string): 'open' | 'closed' | 'rhetorical' | null {
  for (const { general } of mrdaParts(tag)) {
    if (general === 'qw' || general === 'qo') return 'open';
    if (general === 'qy' || general === 'qr' || general === 'qrr') return 'closed';
    if (general === 'qh') return 'rhetorical';
  }
  return null;
}
