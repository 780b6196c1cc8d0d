/**
 * The line-based text parsers against real exports in ../shared/corpus (Node only; skipped with a
 * message when the corpus is absent). Expected counts come from inspecting the files:
 * - formats/zoom_txt: 722 `[Name] HH:MM:SS` headers (`grep -c '^\['`), each followed by one text
 *   line; labels Experimenter, G3P1, G3P2; first caption 19:00:25, last 20:05:32 (65 min 7 s later).
 * - meetings/elitr: `grep -o '^([A-Z?]*)' FILE | sort -u` gives 10 codes (A-I and ??) for the
 *   2018 pre-project meeting, 7 (A F FE O P T U) for the 2019 remote meeting, 5 (?? A D J S) for
 *   the 2020 Surge call; `(??)` is inaudible speech, not a person, so its lines have no speaker;
 *   `grep -c '[^[:space:]]'` gives 1694, 527 and 79 non-blank lines.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/parse/decode';
import { otterTxt } from '../../src/parse/formats/otter-txt';
import { plainText } from '../../src/parse/formats/plain-text';
import { zoomTxt } from '../../src/parse/formats/zoom-txt';
import { CORPUS_DIR } from '../eval/corpus';
import { describeWithCorpus } from '../helpers/corpus-suite';

const ZOOM_TXT = join(CORPUS_DIR, 'formats/zoom_txt/Transcript-Phase-Coder__meeting_saved_closed_caption.txt');
const ELITR = join(CORPUS_DIR, 'meetings/elitr');
const present = existsSync(ZOOM_TXT) && existsSync(ELITR);
if (!present)
  console.log(`skipped the real text-format transcripts: the shared corpus is absent (looked in ${CORPUS_DIR})`);

const read = (path: string) => decodeText(new Uint8Array(readFileSync(path))).text;

describeWithCorpus(present)('real Zoom closed-caption export', () => {
  const text = read(ZOOM_TXT);
  const parsed = zoomTxt.parse(text);

  it('reads every caption with its three speakers and relative times', () => {
    expect(parsed.cues).toHaveLength(722);
    expect(new Set(parsed.cues.map((c) => c.speaker))).toEqual(new Set(['Experimenter', 'G3P1', 'G3P2']));
    expect(parsed.metadata).toEqual({ startClock: '19:00:25' });
    expect(parsed.cues[0]).toMatchObject({ speaker: 'Experimenter', startMs: 0, line: 1 });
    expect(parsed.cues[721]).toMatchObject({ speaker: 'G3P1', startMs: 3_907_000, text: 'Yes, sir. Bye.' });
  });

  it('loses no line: every text line is in the caption above it', () => {
    const lines = text.split('\n');
    const headerLines = lines.flatMap((l, i) => (l.startsWith('[') ? [i + 1] : []));
    expect(parsed.cues.map((c) => c.line)).toEqual(headerLines);
    parsed.cues.forEach((cue, k) => {
      const until = headerLines[k + 1] ?? lines.length + 1;
      const body = lines
        .slice(cue.line!, until - 1)
        .map((l) => l.trim())
        .filter((l) => l !== '');
      expect(cue.text).toBe(body.join(' '));
    });
  });

  it('is recognised by the Zoom sniffer, not the others', () => {
    expect(zoomTxt.sniff(text)).toBe(0.95);
    expect(otterTxt.sniff(text)).toBe(0);
    expect(plainText.sniff(text)).toBeLessThan(0.5);
  });
});

const ELITR_FILES = [
  {
    file: 'elit_2018-04-05_pre-project-meeting__transcript_MAN_Ostrochovska_2018_04_05_ELITR_pre_project.txt',
    codes: 9,
    unknown: true,
    nonBlank: 1694,
  },
  {
    file: 'elit_2019-04-16_Elitr_RemoteMeeting__transcript_MAN2_Kousalova_2019_04_16_ELITR_Remote.txt',
    codes: 7,
    unknown: false,
    nonBlank: 527,
  },
  { file: 'elit_2020-02-27__transcript_MAN_Zak_2020_02_27_ELITR_Surge.txt', codes: 4, unknown: true, nonBlank: 79 },
];

describeWithCorpus(present)('real ELITR meeting transcripts', () => {
  describe.each(ELITR_FILES)('$file', ({ file, codes, unknown, nonBlank }) => {
    const text = read(join(ELITR, file));
    const parsed = plainText.parse(text);

    it('finds the speaker codes the file uses; lines opened by (??) have no speaker', () => {
      expect(new Set(parsed.cues.flatMap((c) => (c.speaker === null ? [] : [c.speaker]))).size).toBe(codes);
      expect(parsed.cues.some((c) => c.speaker === null)).toBe(unknown);
      // An unknown speaker's stretch (its continuation lines included) starts at a line opened by (??).
      const stretchStarts = parsed.cues.filter((c, i) => c.speaker === null && parsed.cues[i - 1]?.speaker !== null);
      expect(stretchStarts.every((c) => c.text.startsWith('(??)'))).toBe(true);
    });

    it('loses no line: each non-blank line is its cues, minus the leading code', () => {
      const lines = text.split('\n');
      const kept = lines.flatMap((l, i) => (l.trim() === '' ? [] : [i + 1]));
      expect(kept).toHaveLength(nonBlank);
      expect(parsed.skipped).toHaveLength(0);
      for (const n of kept) {
        const withoutCode = lines[n - 1]!.trim().replace(/^\([A-Z][A-Z0-9]{0,3}\)\s*/, '');
        const cuesHere = parsed.cues.filter((c) => c.line === n).map((c) => c.text);
        expect(cuesHere.join(' ')).toBe(withoutCode);
      }
    });

    it('is recognised as a plain-text transcript', () => {
      expect(plainText.sniff(text)).toBeGreaterThanOrEqual(0.5);
      expect(zoomTxt.sniff(text)).toBe(0);
      expect(otterTxt.sniff(text)).toBe(0);
    });
  });
});
