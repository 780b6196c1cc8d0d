/**
 * The inclusivity and listening analysers on the real QMSum meetings in ../shared/corpus (Node only;
 * skipped when the corpus is absent): they run without error, their results match their schemas,
 * every quote is verbatim, and the rare findings stay rare (no flood of false alarms).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeInclusivity, InclusivityResult } from '../../../analyzers/inclusivity/index';
import { analyzeListening, ListeningResult } from '../../../analyzers/listening/index';
import { prepare } from '../../../analyzers/nlp/prepare';
import { Finding } from '../../../src/model/finding';
import { ingest } from '../../../src/parse/index';
import { CORPUS_DIR } from '../../eval/corpus';

const QMSUM = join(CORPUS_DIR, 'meetings', 'qmsum');
const present = existsSync(QMSUM);
if (!present)
  console.log(`skipped the inclusivity/listening corpus tests: ${QMSUM} is absent (set CORPUS_DIR to point elsewhere)`);

// Skipped without ../shared/corpus (a fresh clone): it reads real data from there.
describe.skipIf(!present)('inclusivity and listening on the QMSum meetings', () => {
  const meetings = present ? readdirSync(QMSUM).filter((f) => f.endsWith('.json')) : [];

  it.each(meetings)('%s: valid results, verbatim quotes, unique ids', (file) => {
    const t = ingest(readFileSync(join(QMSUM, file)), { fileName: file });
    const p = prepare(t);
    // Word shares computed here from the tokens, standing in for the turn-taking result.
    const words = new Map<string, number>();
    t.utterances.forEach((u, i) => words.set(u.speakerId, (words.get(u.speakerId) ?? 0) + p.tokens[i]!.length));
    const total = [...words.values()].reduce((a, b) => a + b, 0);
    const speakers = t.speakers.map((s) => ({
      speakerId: s.id,
      talkShare: (words.get(s.id) ?? 0) / total,
      interruptionsMade: 0,
      interruptionsReceived: 0,
    }));

    const inclusivity = analyzeInclusivity(p, { basis: 'words', speakers });
    const listening = analyzeListening(p);
    expect(() => InclusivityResult.parse(inclusivity.result)).not.toThrow();
    expect(() => ListeningResult.parse(listening.result)).not.toThrow();
    const findings = [...inclusivity.findings, ...listening.findings];
    const byId = new Map(t.utterances.map((u) => [u.id, u.text]));
    for (const f of findings) {
      Finding.parse(f);
      if (f.utteranceId !== null) expect(byId.get(f.utteranceId), f.id).toContain(f.quote);
    }
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
    // Restatement and self-deprecation flags are rare by design: at most one per 5,000 words.
    const rare = findings.filter((f) => f.kind === 'uncredited-restatement' || f.kind === 'self-deprecation').length;
    expect(rare).toBeLessThanOrEqual(Math.ceil(t.wordCount / 5000));
  });
});
