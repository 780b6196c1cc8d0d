/**
 * Who speaks in a subtitle cue. A cue names its speaker with a WebVTT voice tag (`<v Zoë>`), a
 * `Name:` prefix (Zoom, SRT) or, in some SRT files, a `[Name]` prefix. One cue can hold two speakers
 * ("Zoë: Ready?" / "Tom: Yes."), so a cue is split wherever a later line names someone else; the
 * parts keep the cue's timing.
 *
 * "The first one: can I share it?" has the shape of `Name: text` too, so whether a label is a
 * speaker is decided per file (see `speakerRulesFor`).
 */
import { EVENT_MARKERS, isSoundLabelOnly } from '../events';
import { splitSpeakerPrefix } from '../speaker-prefix';
import { collapseWhitespace } from './cue-text';

/** A run of cue text: one line, or the part of a line after a voice tag. */
export interface CuePiece {
  /** Plain text (markup already removed). */
  text: string;
  /** 1-based source line the piece is on. */
  line: number;
  /** Set when a WebVTT voice tag opened this piece: its annotation, or '' for `<v>` without a name. */
  voice?: string;
  /** True when the piece is the whole start of a source line, where a `Name:` prefix can stand. */
  startsLine: boolean;
  /** The line-start label found by `speakerRulesFor`, kept so that no line is run through the label regex twice. */
  label?: LineLabel | null;
}

/** One speaker's share of a cue. */
export interface CueSegment {
  speaker: string | null;
  text: string;
  line: number;
}

/** A label at the start of a line, and the text after it. */
export interface LineLabel {
  speaker: string;
  text: string;
  kind: 'colon' | 'bracket';
}

/** The speaker label a piece opens with, as this file's rules accept it (null: none). */
export interface SpeakerRules {
  labelOf(piece: CuePiece): LineLabel | null;
}

/**
 * The longest stretch before the colon in which `Name:` is looked for. splitSpeakerPrefix caps a
 * label at 60 characters; checking the colon's position first keeps a 5 MB line from being run
 * through its regex.
 */
const MAX_PREFIX_CHARS = 80;

/** `[Label] rest`: up to 40 characters inside the brackets, an optional colon, then the text. */
const BRACKET_PREFIX = /^\[([^[\]]{1,40})\]:?[\t \u00a0]*(\S.*)$/su;
/** A name: 1-4 words of letters (with `.`, `'`, `-` inside names like "O'Neil" or "Jean-Luc"). */
const NAME_LIKE = /^[\p{L}][\p{L}\p{M}.'’-]*(?: [\p{L}][\p{L}\p{M}.'’-]*){0,3}$/u;
/** Marker words (`laughter`, `music`, `inaudible` ...) are events, never speakers. */
const NON_SPEECH_WORDS = new Set(EVENT_MARKERS.flatMap((m) => m.words));

/** Without file-level rules: every `Name:` label counts, `[Name]` is not looked for. */
const EVERY_COLON_LABEL: SpeakerRules = { labelOf: (piece) => candidateLabel(piece, false) };

/**
 * Splits a cue's pieces into speaker segments. A voice tag or an accepted line-start label sets the
 * speaker; when a later piece names a different speaker, a new segment starts; the same name again
 * is just removed from the text. Segments without words are dropped.
 *
 * @example
 * splitCueBySpeaker([
 *   { text: 'Zoë Martin: Ready to start?', line: 4, startsLine: true },
 *   { text: 'Łukasz Nowak: Yes.', line: 5, startsLine: true },
 * ])
 * // => [{ speaker: 'Zoë Martin', text: 'Ready to start?', line: 4 }, { speaker: 'Łukasz Nowak', text: 'Yes.', line: 5 }]
 */
export function splitCueBySpeaker(pieces: readonly CuePiece[], rules: SpeakerRules = EVERY_COLON_LABEL): CueSegment[] {
  const segments: CueSegment[] = [];
  let speaker: string | null = null;
  // The current segment's texts: most segments have one, kept without an array (no closure either:
  // this runs once per cue).
  let first: string | null = null;
  let more: string[] | null = null;
  let line: number | null = null;

  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    let text = piece.text;
    let named: string | undefined;
    if (piece.voice !== undefined) {
      if (piece.voice !== '') named = piece.voice;
    } else {
      const label = rules.labelOf(piece);
      if (label) {
        named = label.speaker;
        text = label.text;
      }
    }
    if (named !== undefined && named !== speaker) {
      if (line !== null) {
        pushSegment(segments, speaker, first!, more, line);
        first = more = line = null;
      }
      speaker = named;
    }
    if (text.trim() !== '') {
      if (first === null) first = text;
      else (more ??= [first]).push(text);
      line ??= piece.line;
    }
  }
  if (line !== null) pushSegment(segments, speaker, first!, more, line);
  return segments;
}

/** One segment from its texts (joined with spaces), unless it has no words. */
function pushSegment(
  segments: CueSegment[],
  speaker: string | null,
  first: string,
  more: string[] | null,
  line: number,
): void {
  const text = collapseWhitespace(more === null ? first : more.join(' '));
  if (text !== '') segments.push({ speaker, text, line });
}

/**
 * Decides, for one file, which line-start labels are speakers. A `Name:` label counts when the file
 * is a labelled transcript (at least half of its cues open with a label, as in Zoom exports) or when
 * the same label opens at least two lines; "The first one: ..." in a plain subtitle file does not.
 * A `[Label]` (looked for only with `brackets`) must always open two lines: a one-off
 * `[Phone buzzing]` is a sound, not a person.
 *
 * @example
 * const rules = speakerRulesFor([[{ text: 'The first one: can I share it?', line: 3, startsLine: true }],
 *                                [{ text: 'Yes, with a link.', line: 6, startsLine: true }],
 *                                [{ text: 'Great.', line: 9, startsLine: true }]], { brackets: false });
 * rules.labelOf({ text: 'The first one: can I share it?', line: 3, startsLine: true }) // => null
 */
export function speakerRulesFor(
  cues: ReadonlyArray<readonly CuePiece[]>,
  options: { brackets: boolean },
): SpeakerRules {
  const tally = new LabelTally(options.brackets);
  // Index loop: once per cue, and an iterator's garbage in code run once is real (2 MB at 250k words).
  for (let c = 0; c < cues.length; c++) tally.add(cues[c]!);
  return tally.rules();
}

/**
 * What speakerRulesFor decides from, counted cue by cue. A parser that splits each cue as it reads it, by every
 * label (`everyLabel`), need not keep every cue's pieces until the file's rules are known: `acceptsEvery` says
 * at the end whether those rules would have split any cue otherwise.
 *
 * @example
 * const tally = new LabelTally(false);
 * tally.addLine('Zoë: Ready?'); // => { speaker: 'Zoë', text: 'Ready?' }
 * tally.addLine('Tom: Yes.');   // => { speaker: 'Tom', text: 'Yes.' }
 * tally.acceptsEvery()          // => true (every cue opens with a label: a labelled transcript)
 */
export class LabelTally {
  private readonly colonCounts = new Map<string, number>();
  private readonly bracketCounts = new Map<string, number>();
  private labelledCues = 0;
  private cuesWithText = 0;

  constructor(private readonly brackets: boolean) {}

  /** Counts one cue's pieces and keeps on each the label it opens with (`label`). */
  add(pieces: readonly CuePiece[]): void {
    // A cue that is only `[Musik]` is a sound, not an unlabelled line of speech.
    if (pieces.length === 1 && pieces[0]!.voice === undefined && isSoundLabelOnly(pieces[0]!.text)) return;
    let seenText = false;
    for (let p = 0; p < pieces.length; p++) {
      const piece = pieces[p]!;
      if (piece.voice !== undefined || piece.text.trim() === '') continue;
      const label = candidateLabel(piece, this.brackets);
      piece.label = label;
      if (label) {
        this.count(label.kind, label.speaker);
        if (!seenText) this.labelledCues++;
      }
      seenText = true;
    }
    if (seenText) this.cuesWithText++;
  }

  /**
   * `add` for a cue of one line of plain text (a single piece that starts its line, without a voice tag, as most
   * cues are), without the piece: the label it opens with, or null.
   */
  addLine(text: string): { speaker: string; text: string } | null {
    if (isSoundLabelOnly(text) || text.trim() === '') return null;
    this.cuesWithText++;
    const colon = colonLabel(text);
    const label = colon ?? (this.brackets ? bracketLabel(text.trimStart()) : null);
    if (label === null) return null;
    this.count(colon ? 'colon' : 'bracket', label.speaker);
    this.labelledCues++;
    return label;
  }

  private count(kind: LineLabel['kind'], speaker: string): void {
    const counts = kind === 'colon' ? this.colonCounts : this.bracketCounts;
    counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
  }

  /** The file's rules, from what was counted. */
  rules(): SpeakerRules {
    const labelledFile = this.isLabelledFile();
    const { colonCounts, bracketCounts, brackets } = this;
    const accepted = (label: LineLabel) =>
      label.kind === 'colon'
        ? labelledFile || (colonCounts.get(label.speaker) ?? 0) >= 2
        : (bracketCounts.get(label.speaker) ?? 0) >= 2;
    return {
      labelOf(piece) {
        const label = piece.label !== undefined ? piece.label : candidateLabel(piece, brackets);
        return label && accepted(label) ? label : null;
      },
    };
  }

  /** True when `rules()` accepts every label counted: splitting by every label gave the same segments. */
  acceptsEvery(): boolean {
    if (!this.isLabelledFile()) for (const n of this.colonCounts.values()) if (n < 2) return false;
    for (const n of this.bracketCounts.values()) if (n < 2) return false;
    return true;
  }

  private isLabelledFile(): boolean {
    return this.cuesWithText > 0 && this.labelledCues * 2 >= this.cuesWithText;
  }
}

/**
 * Rules that take every label a piece opens with as a speaker, for splitting cues before a LabelTally is complete.
 *
 * @example
 * everyLabel(false).labelOf({ text: 'The plan: bring the slides', line: 4, startsLine: true })
 * // => { speaker: 'The plan', text: 'bring the slides', kind: 'colon' }
 */
export function everyLabel(brackets: boolean): SpeakerRules {
  return brackets ? EVERY_LABEL_OR_BRACKET : EVERY_LABEL;
}

const EVERY_LABEL: SpeakerRules = {
  labelOf: (piece) => (piece.label !== undefined ? piece.label : candidateLabel(piece, false)),
};
const EVERY_LABEL_OR_BRACKET: SpeakerRules = {
  labelOf: (piece) => (piece.label !== undefined ? piece.label : candidateLabel(piece, true)),
};

/** The label a piece opens with, before any file-level decision. */
function candidateLabel(piece: CuePiece, brackets: boolean): LineLabel | null {
  if (!piece.startsLine || piece.voice !== undefined) return null;
  const colon = colonLabel(piece.text);
  if (colon) return { speaker: colon.speaker, text: colon.text, kind: 'colon' };
  const bracket = brackets ? bracketLabel(piece.text.trimStart()) : null;
  return bracket ? { speaker: bracket.speaker, text: bracket.text, kind: 'bracket' } : null;
}

/**
 * `Name: text` at the start of a line, by splitSpeakerPrefix's rules, when text follows.
 *
 * @example
 * colonLabel('Дмитрий Иванов: Да, готово.') // => { speaker: 'Дмитрий Иванов', text: 'Да, готово.' }
 * colonLabel('Note: the budget is fixed.')   // => null
 */
export function colonLabel(line: string): { speaker: string; text: string } | null {
  const trimmed = line.trimStart();
  const colon = trimmed.indexOf(':');
  if (colon <= 0 || colon > MAX_PREFIX_CHARS) return null;
  const found = splitSpeakerPrefix(trimmed);
  return found && found.text !== '' ? found : null;
}

/**
 * `[Name] text` with a name-like label that is not a non-speech marker.
 *
 * @example
 * bracketLabel('[Zoë Martin] Good morning') // => { speaker: 'Zoë Martin', text: 'Good morning' }
 * bracketLabel('[Music] la la')             // => null
 */
export function bracketLabel(line: string): { speaker: string; text: string } | null {
  const close = line.indexOf(']');
  if (!line.startsWith('[') || close < 2 || close > 41) return null;
  const m = BRACKET_PREFIX.exec(line);
  if (!m) return null;
  const speaker = collapseWhitespace(m[1]!);
  if (!NAME_LIKE.test(speaker)) return null;
  const lower = speaker.toLowerCase();
  if (NON_SPEECH_WORDS.has(lower) || lower.split(' ').some((w) => NON_SPEECH_WORDS.has(w))) return null;
  return { speaker, text: m[2]!.trim() };
}
