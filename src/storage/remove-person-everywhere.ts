/**
 * Deleting a person (DELETE /v1/people/{id}): their numbers and quotes go from every stored analysis of
 * the owner (JSON rewritten, PDF rendered again), then from the progress index. The index goes last, so
 * that a failure half-way can be retried: the person is still listed until every analysis is clean.
 */
import { Analysis } from '../../analyzers/analysis';
import { renderAnalysisPdf } from '../pipeline/report';
import { removePerson } from '../progress/remove-person';
import { guarded } from './errors';
import { analysisKeys } from './keys';
import type { PersonAppearance, ProgressStore } from './progress-store';

/**
 * @example
 * await removePersonEverywhere(env.REPORTS, owner.id, progressStore, personId); // false when unknown
 */
export async function removePersonEverywhere(
  bucket: R2Bucket,
  owner: string,
  progress: ProgressStore,
  personId: string,
): Promise<boolean> {
  const appearances = await progress.appearances(personId);
  if (appearances === null) return false;
  const labels = [...new Set(appearances.map((a) => a.label))];
  for (const where of appearances) await rewriteAnalysis(bucket, owner, where, labels);
  await progress.deletePerson(personId);
  return true;
}

async function rewriteAnalysis(
  bucket: R2Bucket,
  owner: string,
  where: PersonAppearance,
  labels: string[],
): Promise<void> {
  const keys = analysisKeys(owner, where.meetingId);
  const object = await guarded('read the analysis', () => bucket.get(keys.json));
  if (!object) return; // deleted or expired meanwhile: nothing of theirs is left there
  const stored = (await object.json()) as Record<string, unknown>;
  const { id, links, ...rest } = stored;
  const redacted = removePerson(Analysis.parse(rest), where.localId, labels);
  const pdf = await renderAnalysisPdf(redacted);
  const customMetadata = object.customMetadata ?? {};
  await guarded('store the report', () =>
    bucket.put(keys.pdf, pdf, { httpMetadata: { contentType: 'application/pdf' }, customMetadata }),
  );
  const json = JSON.stringify({ id, ...redacted, links });
  await guarded('store the analysis', () =>
    bucket.put(keys.json, json, { httpMetadata: { contentType: 'application/json; charset=utf-8' }, customMetadata }),
  );
}
