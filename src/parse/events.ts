/**
 * Non-speech markers in transcript text: `[laughter]`, `<noise>`, `(inaudible)`, `{vocalsound}`.
 * They are events, not words: counting them as words would inflate talk share and confuse the
 * sentiment lexicon. The vocabulary is data; each entry names the tools that write it.
 */
import type { NonSpeechEvent } from '../model/transcript';

type EventKind = NonSpeechEvent['kind'];

interface MarkerWords {
  kind: EventKind;
  /** Lower-case marker words, matched whole inside any bracket pair (an optional timestamp may follow). */
  words: readonly string[];
  source: string;
}

/** Marker vocabulary by kind. */
export const EVENT_MARKERS: readonly MarkerWords[] = [
  { kind: 'laughter', words: ['laughter', 'laughs', 'laugh', 'laughing', 'chuckles', 'chuckle', 'giggles', 'laguh'], source: 'Zoom/Otter/Rev captions; ELITR <laugh> (and its typo <laguh>)' },
  { kind: 'noise', words: ['noise', 'nonvocalsound', 'background noise', 'sound', 'cough', 'coughs', 'coughing', 'sneeze', 'door', 'typing', 'phone ringing', 'beep', 'static', 'other_noise'], source: 'ELITR <noise> and <other_noise>, QMSum {nonvocalsound}, caption conventions' },
  { kind: 'vocal-sound', words: ['vocalsound', 'sigh', 'sighs', 'breath', 'breathing', 'clears throat'], source: 'QMSum/AMI {vocalsound}' },
  { kind: 'inaudible', words: ['inaudible', 'unintelligible', 'unclear', 'indiscernible', 'incomprehensible', '??', '?', 'unk', 'foreign', 'foreign language', 'other_speech unrecognizable', 'other_speech'], source: 'Rev/Otter [inaudible 00:01:02], ELITR (??), (unintelligible) and <other_speech unrecognizable>' },
  { kind: 'crosstalk', words: ['crosstalk', 'cross talk', 'cross-talk', 'overlapping', 'overtalk', 'talking over each other', 'parallel_talk', 'parallel-talk'], source: 'Rev [crosstalk], ELITR <parallel_talk>, court-reporting conventions' },
  { kind: 'music', words: ['music', 'musik', 'music playing'], source: 'YouTube and Whisper captions' },
  { kind: 'applause', words: ['applause', 'clapping'], source: 'YouTube and Whisper captions' },
  { kind: 'pause', words: ['pause', 'long pause', 'silence', 'gap', 'blank_audio', 'blank audio', 'no_speech', 'no speech'], source: 'QMSum/AMI {pause} and {gap}; whisper.cpp [BLANK_AUDIO]' },
  { kind: 'disfluency', words: ['disfmarker'], source: 'QMSum/AMI {disfmarker}: the point where a speaker broke off or restarted' },
  { kind: 'other', words: ['comment'], source: 'QMSum/AMI {comment}' },
];

const KIND_BY_WORD = new Map<string, EventKind>(EVENT_MARKERS.flatMap((m) => m.words.map((w) => [w, m.kind] as const)));

/** Any bracket pair with at most 40 characters inside and no nested brackets. */
const BRACKETED = /\[([^\[\]\n]{0,40})\]|<([^<>\n]{0,40})>|\(([^()\n]{0,40})\)|\{([^{}\n]{0,40})\}/g;
/** A trailing timestamp inside the marker, as in `[inaudible 00:12:01]`. */
const TRAILING_TIME = /\s+\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?$/;

export interface FoundEvent {
  kind: EventKind;
  label: string;
  position: NonSpeechEvent['position'];
}

/**
 * Removes non-speech markers from one utterance's text and reports them.
 * Brackets that hold words (ELITR's `(with)` marks an uncertain word) stay as text.
 *
 * @example
 * extractEvents('[Laughter] that was close {disfmarker}')
 * // => { text: 'that was close', events: [{ kind: 'laughter', label: '[Laughter]', position: 'start' },
 * //                                         { kind: 'disfluency', label: '{disfmarker}', position: 'end' }] }
 */
export function extractEvents(raw: string): { text: string; events: FoundEvent[] } {
  if (!/[\[<({]/.test(raw)) return { text: collapseSpaces(raw), events: [] };
  const found: Array<{ kind: EventKind; label: string; index: number; end: number }> = [];
  const text = raw.replace(BRACKETED, (label: string, a?: string, b?: string, c?: string, d?: string, index?: number) => {
    const inner = (a ?? b ?? c ?? d ?? '').trim().toLowerCase().replace(TRAILING_TIME, '').replace(/[.!]$/, '');
    const kind = KIND_BY_WORD.get(inner);
    if (kind === undefined) return label;
    found.push({ kind, label, index: index ?? 0, end: (index ?? 0) + label.length });
    return ' ';
  });
  const cleaned = collapseSpaces(text);
  if (found.length === 0) return { text: cleaned, events: [] };
  const events = found.map((f): FoundEvent => {
    const before = raw.slice(0, f.index).replace(BRACKETED, ' ').trim();
    const after = raw.slice(f.end).replace(BRACKETED, ' ').trim();
    const position = cleaned === '' ? 'alone' : before === '' ? 'start' : after === '' || /^[.,;:!?…\-–—]*$/.test(after) ? 'end' : 'middle';
    return { kind: f.kind, label: f.label, position };
  });
  return { text: cleaned, events };
}

function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/\s+([.,;:!?])/g, '$1').trim();
}
