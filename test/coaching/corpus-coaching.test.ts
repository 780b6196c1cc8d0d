/**
 * Over every real meeting in ../shared/corpus/meetings that ingest() reads as it stands (QMSum's AMI, ICSI
 * and committee meetings, ELITR's remote calls; the AMI/ICSI NXT word folders hold the same meetings in raw
 * form), the rule-based coaching keeps its two promises: no action for a named person rests on an
 * info-level or low-confidence finding, and every quote under a person is that person's own words.
 * Each meeting is analysed once; skipped, saying why, without the corpus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { llmConfigFromEnv } from '../../src/commentary/config';
import { isCoachable } from '../../src/model/finding';
import { UNATTRIBUTED_LABEL } from '../../src/model/person-keys';
import { ingest } from '../../src/parse/index';
import { analyzeTranscript } from '../../src/pipeline/analyze';
import { describeWithCorpus } from '../helpers/corpus-suite';
import { CORPUS_DIR } from '../eval/corpus';

const MEETINGS = join(CORPUS_DIR, 'meetings');
/** The transcript files ingest() reads directly; ELITR's minutes are summaries, not transcripts. */
function meetingFiles(): string[] {
  const inDir = (dir: string, keep: RegExp) =>
    existsSync(join(MEETINGS, dir))
      ? readdirSync(join(MEETINGS, dir))
          .filter((f) => keep.test(f))
          .sort()
          .map((f) => join(MEETINGS, dir, f))
      : [];
  return [...inDir('qmsum', /\.json$/), ...inDir('elitr', /__transcript_.*\.txt$/)];
}

type Analysed = { file: string; analysis: Awaited<ReturnType<typeof analyzeTranscript>> };

describeWithCorpus(existsSync(MEETINGS))('coaching over the real meetings in the corpus', () => {
  const analysed: Analysed[] = [];
  beforeAll(async () => {
    for (const file of meetingFiles()) {
      const transcript = ingest(new Uint8Array(readFileSync(file)), { fileName: file.split('/').at(-1) });
      const analysis = await analyzeTranscript(transcript, {
        commentary: 'rules',
        llm: llmConfigFromEnv({}),
        now: new Date('2026-01-01T00:00:00Z'),
      });
      analysed.push({ file, analysis });
    }
  }, 300_000);

  it('reads at least ten meetings (the test is not vacuous)', () => {
    expect(analysed.length).toBeGreaterThanOrEqual(10);
    // And some advice rests on quoted findings, so the checks below have something to check.
    const quoted = analysed.flatMap((m) => m.analysis.commentary.people.flatMap((p) => p.actions));
    expect(quoted.filter((a) => a.utteranceIds.length > 0).length).toBeGreaterThan(0);
  });

  it('never rests an action for a named person on an info-level or low-confidence finding', () => {
    const wrong: string[] = [];
    for (const { file, analysis } of analysed) {
      for (const person of analysis.commentary.people) {
        for (const action of person.actions) {
          const cited = new Set([...action.utteranceIds, ...action.quotes.map((q) => q.utteranceId)]);
          const basis = analysis.findings.filter(
            (f) => f.utteranceId !== null && cited.has(f.utteranceId) && f.speakerId === person.speakerId,
          );
          if (basis.length > 0 && !basis.some(isCoachable))
            wrong.push(`${file}: ${person.speakerId} "${action.text.slice(0, 60)}"`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("quotes under a person only that person's own words, and advises no unattributed speaker", () => {
    const wrong: string[] = [];
    for (const { file, analysis } of analysed) {
      const saidBy = new Map(analysis.transcript.utterances.map((u) => [u.id, u.speakerId]));
      const unknown = new Set(
        analysis.transcript.speakers.filter((s) => s.name === UNATTRIBUTED_LABEL).map((s) => s.id),
      );
      for (const person of analysis.commentary.people) {
        const items = [...person.strengths, ...person.actions];
        if (unknown.has(person.speakerId) && items.length > 0) wrong.push(`${file}: advice for ${UNATTRIBUTED_LABEL}`);
        for (const item of items)
          for (const q of item.quotes)
            if (saidBy.get(q.utteranceId) !== person.speakerId)
              wrong.push(
                `${file}: "${q.text.slice(0, 40)}" under ${person.speakerId}, said by ${saidBy.get(q.utteranceId)}`,
              );
      }
    }
    expect(wrong).toEqual([]);
  });
});
