/**
 * Speaker codes in the real ELITR calls of ../shared/corpus/meetings/elitr (Node only; skipped with a
 * message when the corpus is absent): per code, the words written after it in the raw text and the
 * words the parser attributes to it agree. The speaker codes were listed by reading the files
 * (`grep -o '^([^)]*)' FILE | sort -u`, without `(??)`, which marks inaudible speech).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/parse/decode';
import { plainText } from '../../src/parse/formats/plain-text';
import { CORPUS_DIR, corpusAvailable } from '../eval/corpus';
import { wordsPerCode, wordsPerSpeaker } from '../helpers/speaker-code-words';

const ELITR = join(CORPUS_DIR, 'meetings/elitr');
const FILES = [
  {
    file: 'elit_2018-04-05_pre-project-meeting__transcript_MAN_Ostrochovska_2018_04_05_ELITR_pre_project.txt',
    codes: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'],
  },
  {
    file: 'elit_2019-04-16_Elitr_RemoteMeeting__transcript_MAN2_Kousalova_2019_04_16_ELITR_Remote.txt',
    codes: ['A', 'F', 'FE', 'O', 'P', 'T', 'U'],
  },
  { file: 'elit_2020-02-27__transcript_MAN_Zak_2020_02_27_ELITR_Surge.txt', codes: ['A', 'D', 'J', 'S'] },
];

// Skipped without ../shared/corpus (a fresh clone): it reads the real ELITR meetings there.
describe.skipIf(!corpusAvailable('the real ELITR speaker-code check') || !existsSync(ELITR))(
  'real ELITR calls: words per speaker code',
  () => {
    it.each(FILES)('$file', ({ file, codes }) => {
      const text = decodeText(new Uint8Array(readFileSync(join(ELITR, file)))).text;
      const parsed = plainText.parse(text);
      expect([...new Set(parsed.cues.flatMap((c) => (c.speaker === null ? [] : [c.speaker])))].sort()).toEqual(
        [...codes].sort(),
      );
      expect(wordsPerSpeaker(parsed.cues)).toEqual(wordsPerCode(text, codes));
    });
  },
);
