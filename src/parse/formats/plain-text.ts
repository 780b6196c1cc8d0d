/**
 * Plain-text transcripts, in the layouts people and tools write:
 *
 *     Zoë: Shall we start?                 [00:01:02] Zoë: Shall we start?
 *     00:01:02 Zoë: Shall we start?        Zoë (00:01:02): Shall we start?
 *     Zoë [00:01:02]: Shall we start?      (A) Shall we start? (B) Yes.       <- ELITR speaker codes
 *
 * Three styles, decided once per file:
 * - `labels`: lines with `Name:` labels (and/or timestamps) open cues; unlabelled lines continue the
 *   open cue, also after a blank line (a second paragraph of the same turn keeps the turn's time).
 * - `codes` (ELITR): `(X)` opens a turn; every line is its own cue (ELITR writes one segment per
 *   line), split again at every speaker code inside it (elitr-codes.ts); unlabelled lines continue
 *   the last speaker; a line opened by `(??)` (inaudible speech) is the last speaker's when a lower-case word
 *   follows, an unknown speaker's otherwise.
 * - `paragraphs`: no labels at all; one cue per paragraph with no speaker (the normaliser warns).
 * Lines before the first label are a header: title and `Key: value` go to metadata, the rest is
 * skipped. A first line such as "Hiring debrief: backend role", standing alone above a blank line
 * with a label used nowhere else, is a title, not a speaker.
 */
import { TranscriptError } from '../errors';
import type { ParsedTranscript, RawCue, TextFormatParser } from '../types';
import { knownSpeakerCodes, splitAtInlineCodes } from './elitr-codes';
import { classifyPlainLine, type PlainLine } from './plain-line';
import { metadataKeyOf, Preamble } from './preamble';
import { headLines, splitLines } from './text-lines';

type PlainStyle = 'labels' | 'codes' | 'paragraphs';

/** The code plain-line.ts gives a line opened by `(??)` or `(???)`. */
const UNKNOWN_CODE = '??';

/**
 * True when the words after a line's `(??)` go on with a sentence: they start with a lower-case letter.
 *
 * @example
 * continuesSentence('with that, so yeah') // => true
 * continuesSentence('Bye, bye.') // => false
 */
function continuesSentence(text: string): boolean {
  const first = text.replace(/^(?:\(\?{2,3}\)\s*)+/, '').charAt(0);
  return first !== '' && first !== first.toUpperCase();
}

/** Label lines that open a cue: a speaker or a timestamp, and not a header field such as `Date: ...`. */
function isCueLabel(c: PlainLine): c is Extract<PlainLine, { kind: 'label' }> {
  return c.kind === 'label' && (c.startMs !== null || (c.speaker !== null && metadataKeyOf(c.speaker) === null));
}

/**
 * Which style the file is written in. Two labelled lines make a labelled file (one could be
 * "Budget: tight" in prose); a tiny file with one label counts too.
 */
function chooseStyle(classified: readonly PlainLine[]): PlainStyle {
  let codes = 0;
  let labels = 0;
  let nonBlank = 0;
  for (const c of classified) {
    if (c.kind === 'blank' || c.kind === 'boilerplate') continue;
    nonBlank++;
    if (c.kind === 'code') codes++;
    else if (isCueLabel(c)) labels++;
  }
  const tiny = nonBlank <= 2;
  if ((codes >= 2 || (tiny && codes >= 1)) && codes >= labels) return 'codes';
  if (labels >= 2 || (tiny && labels >= 1)) return 'labels';
  return 'paragraphs';
}

/** Collects cues in source order; a cue may grow by appended lines until it is flushed. */
class CueList {
  readonly cues: RawCue[] = [];
  private open: { cue: RawCue; parts: string[] } | null = null;

  constructor(private readonly skipped: Array<{ line: number | null; reason: string }>) {}

  start(speaker: string | null, startMs: number | null, text: string, line: number): void {
    this.flush();
    this.open = { cue: { speaker, startMs, endMs: null, text: '', line }, parts: text === '' ? [] : [text] };
  }

  /** Appends a wrapped line to the open cue; false when no cue is open. */
  append(text: string): boolean {
    if (!this.open) return false;
    this.open.parts.push(text);
    return true;
  }

  flush(): void {
    if (!this.open) return;
    const { cue, parts } = this.open;
    this.open = null;
    cue.text = parts.join(' ');
    if (cue.text === '')
      this.skipped.push({ line: cue.line, reason: `the speaker label "${cue.speaker ?? ''}" has no words after it` });
    else this.cues.push(cue);
  }
}

/**
 * Parses a plain-text transcript.
 *
 * @example
 * parsePlainText('Stand-up, 4 March\n\n[00:00:04] Zoë: Morning!\n[00:00:09] Łukasz: Hi.\nStill on mute?\n').cues
 * // => [{ speaker: 'Zoë', startMs: 4000, endMs: null, text: 'Morning!', line: 3 },
 * //     { speaker: 'Łukasz', startMs: 9000, endMs: null, text: 'Hi. Still on mute?', line: 4 }]
 * // metadata => { title: 'Stand-up, 4 March' }
 */
export function parsePlainText(text: string): ParsedTranscript {
  const lines = splitLines(text);
  const classified = lines.map((line, i) => classifyPlainLine(line, i + 1));
  const style = chooseStyle(classified);
  const preamble = new Preamble();
  const list = new CueList(preamble.skipped);
  const knownCodes =
    style === 'codes'
      ? knownSpeakerCodes(
          classified.flatMap((c) => (c.kind === 'code' && c.code !== UNKNOWN_CODE ? [c.code] : [])),
          classified.flatMap((c) => (c.kind === 'code' || c.kind === 'text' ? [c.text] : [])),
        )
      : new Set<string>();
  const labelUses = new Map<string, number>();
  for (const c of classified)
    if (c.kind === 'label' && c.speaker !== null) labelUses.set(c.speaker, (labelUses.get(c.speaker) ?? 0) + 1);
  const firstNonBlank = classified.findIndex((c) => c.kind !== 'blank');
  // A title stands above a blank line and more text; `Ana: hello there.` alone is a one-line transcript.
  const lastNonBlank = classified.findLastIndex((c) => c.kind !== 'blank');
  const isTitle = (c: Extract<PlainLine, { kind: 'label' }>, i: number): boolean =>
    i === firstNonBlank &&
    i < lastNonBlank &&
    c.startMs === null &&
    c.speaker !== null &&
    labelUses.get(c.speaker) === 1 &&
    lines[i + 1]?.trim() === '';

  let speaker: string | null = null;
  let started = style === 'paragraphs';
  let pendingStart: number | null = null;
  let afterBlank = true;
  let ownTimes = 0;
  let markers = 0;
  const takeStart = (own: number | null): number | null => {
    const start = own ?? pendingStart;
    pendingStart = null;
    return start;
  };

  /** ELITR: one cue per line segment, speakers switching at inline codes. */
  const addCodeLine = (code: string | null, body: string, line: number) => {
    if (code !== null) speaker = code;
    splitAtInlineCodes(body, knownCodes).forEach((segment, i) => {
      if (segment.code !== null) speaker = segment.code;
      const labelled = segment.code ?? (i === 0 ? code : null);
      if (segment.text === '') {
        if (labelled !== null)
          preamble.skipped.push({ line, reason: `the speaker code (${labelled}) has no words after it` });
        return;
      }
      list.start(speaker, takeStart(null), segment.text, line);
      list.flush();
    });
  };

  for (let i = 0; i < classified.length; i++) {
    const c = classified[i]!;
    const line = i + 1;
    const raw = lines[i]!.trim();
    const wasAfterBlank = afterBlank;
    afterBlank = c.kind === 'blank';
    if (c.kind === 'blank' || c.kind === 'boilerplate') continue;
    if (c.kind === 'time-marker') {
      list.flush();
      pendingStart = c.startMs;
      markers++;
      afterBlank = true;
      continue;
    }
    if (style === 'codes') {
      if (c.kind === 'code' && c.code === UNKNOWN_CODE) {
        // Inaudible speech, not a person: `(??)` stays in the text as an event. Before a lower-case word it is the
        // inaudible start of the current speaker's sentence ("(??) with that, so yeah": review r34 found a
        // speaker's report split off to "Unknown speaker"); before a capital or alone, someone unknown speaks.
        started = true;
        if (!continuesSentence(c.text)) speaker = null;
        addCodeLine(null, raw, line);
      } else if (c.kind === 'code') {
        started = true;
        addCodeLine(c.code, c.text, line);
      } else if (started) {
        addCodeLine(null, raw, line);
      } else {
        preamble.add(raw, line);
      }
      continue;
    }
    if (
      c.kind === 'label' &&
      isCueLabel(c) &&
      (style === 'labels' || c.startMs !== null) &&
      (started || !isTitle(c, i))
    ) {
      started = true;
      if (c.startMs !== null) ownTimes++;
      speaker = c.speaker;
      list.start(speaker, takeStart(c.startMs), c.text, line);
      continue;
    }
    if (!started) {
      preamble.add(raw, line);
      continue;
    }
    if ((style === 'paragraphs' && wasAfterBlank) || !list.append(raw)) list.start(speaker, takeStart(null), raw, line);
  }
  list.flush();

  if (list.cues.length === 0 && preamble.skipped.length === 0 && Object.keys(preamble.metadata).length === 0) {
    throw new TranscriptError('no-speech', 'the text holds no transcript lines', { line: 1 });
  }
  const parsed: ParsedTranscript = {
    format: 'plain',
    cues: list.cues,
    metadata: preamble.metadata,
    skipped: preamble.skipped,
  };
  // Google Meet's section markers every few minutes date only the cue right after them.
  if (markers > 0 && ownTimes === 0) parsed.timingsAreReal = false;
  return parsed;
}

/**
 * How sure we are that the text is a plain-text transcript: moderate when many of the first 30
 * lines carry `Name:` labels, timestamps or `(X)` codes (or two different codes appear); low (0.2)
 * for any prose; near zero otherwise.
 *
 * @example
 * sniffPlainText('Zoë: Hi!\nŁukasz: Hello.\nZoë: Shall we?') // => 0.6
 * sniffPlainText('Some notes about the offsite.')            // => 0.2
 */
export function sniffPlainText(text: string): number {
  let labelled = 0;
  let nonBlank = 0;
  let wordy = 0;
  const codes = new Set<string>();
  headLines(text, 30).forEach((line, i) => {
    let c: PlainLine;
    try {
      c = classifyPlainLine(line, i + 1);
    } catch (err) {
      if (!(err instanceof TranscriptError)) throw err;
      c = { kind: 'label', speaker: null, startMs: 0, text: line };
    }
    if (c.kind === 'blank' || c.kind === 'boilerplate') return;
    nonBlank++;
    if (c.kind === 'code') codes.add(c.code);
    if (c.kind === 'code' || c.kind === 'time-marker' || isCueLabel(c)) labelled++;
    if (/\p{L}{2,}/u.test(line)) wordy++;
  });
  if (nonBlank === 0) return 0;
  const ratio = labelled / nonBlank;
  if (labelled >= 2 && ratio >= 0.3) return Math.min(0.6, 0.5 + 0.1 * ratio);
  // Two different ELITR codes such as `(A)` and `(B)` at line starts are distinctive even when rare.
  if (codes.size >= 2) return 0.5;
  return wordy / nonBlank >= 0.5 ? 0.2 : 0.05;
}

/**
 * The plain-text parser for the format registry: the fallback for any text with speaker labels.
 *
 * @example
 * plainText.parse('Zoë: Hi!\nŁukasz: Hello.').cues.map((c) => c.speaker) // => ['Zoë', 'Łukasz']
 */
export const plainText: TextFormatParser = {
  format: 'plain',
  label: 'Plain text (Name: text, [00:01:02] Name: text, ELITR (A) text)',
  extensions: ['txt', 'text', 'md'],
  sniff: sniffPlainText,
  parse: parsePlainText,
};
