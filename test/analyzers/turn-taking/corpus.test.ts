/**
 * Turn-taking on the real word-timed meetings in ../shared/corpus (Node only; skipped when absent):
 * the NXT reader reads every AMI and ICSI words file, and our talk shares stay within 2 points of
 * the shares computed directly from the word times (the evaluation's target).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../eval/corpus';
import { decodeLatin1, isSpokenWord, parseNxtWords } from '../../eval/nxt-words';
import { runTurnTakingEval } from '../../eval/turn-taking-eval';

const AMI = join(CORPUS_DIR, 'meetings', 'ami_nxt', 'words');
const present = existsSync(AMI);
if (!present) console.log(`skipped the turn-taking corpus tests: ${AMI} is absent (set CORPUS_DIR to point elsewhere)`);

// Skipped without ../shared/corpus (a fresh clone): it reads real data from there.
describe.skipIf(!present)('turn-taking on AMI and ICSI word-timed meetings', () => {
  it('reads every <w> element of an AMI words file', () => {
    const xml = decodeLatin1(readFileSync(join(AMI, 'ES2004a.A.words.xml')));
    // Counted independently of the reader: one "<w " per word or punctuation mark.
    expect(parseNxtWords(xml).filter((t) => t.tag === 'w')).toHaveLength(xml.split('<w ').length - 1);
    expect(parseNxtWords(xml).filter(isSpokenWord).length).toBeGreaterThan(300);
  });

  it('keeps talk shares within 2 points of the word-time reference', async () => {
    // No timing here: timing each meeting 26 times is bench work (npm run eval and npm run bench do it).
    const section = await runTurnTakingEval(CORPUS_DIR, { timing: false });
    expect(section.targetsMet).toBe(true);
    const shares = section.tables[0]!;
    expect(shares.rows.length).toBeGreaterThanOrEqual(8);
    for (const row of shares.rows) expect(Math.abs(Number(row[6])), String(row[1])).toBeLessThanOrEqual(0.02);
  }, 60_000);
});
