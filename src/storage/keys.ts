/**
 * Where things live in the R2 bucket. Everything of one analysis or job sits under one prefix
 * that starts with the owner id, so one owner's requests can only ever build paths to their own
 * objects, and deleting an analysis is deleting a prefix.
 *
 *   analyses/<owner>/<id>/analysis.json   the analysis (written last: it marks the analysis as complete)
 *   analyses/<owner>/<id>/report.pdf      the PDF report
 *   analyses/<owner>/<id>/transcript      the uploaded file, only with keepTranscript=true
 *   jobs/<owner>/<jobId>/job.json         an async job's state
 *   jobs/<owner>/<jobId>/upload           the upload waiting for the queue consumer (deleted when done)
 *   commentary-cache/<owner>/<sha256>.json  cached LLM commentary, keyed by a hash of the prompt; the analysis
 *                                           that wrote it records the hash, so deleting it deletes this too
 */

/**
 * Object keys of one analysis.
 *
 * @example
 * analysisKeys('3f9a...', 'k3v9r2m7q1x8c4d0z6w5t2b9hn').json // => 'analyses/3f9a.../k3v9r2m7q1x8c4d0z6w5t2b9hn/analysis.json'
 */
export function analysisKeys(owner: string, id: string) {
  const prefix = `analyses/${owner}/${id}/`;
  return { prefix, json: `${prefix}analysis.json`, pdf: `${prefix}report.pdf`, transcript: `${prefix}transcript` };
}

/**
 * Prefix under which all of an owner's analyses live.
 *
 * @example
 * ownerAnalysesPrefix('3f9a...') // => 'analyses/3f9a.../'
 */
export function ownerAnalysesPrefix(owner: string): string {
  return `analyses/${owner}/`;
}

/**
 * Object keys of one job.
 *
 * @example
 * jobKeys('3f9a...', 'm1c2...').upload // => 'jobs/3f9a.../m1c2.../upload'
 */
export function jobKeys(owner: string, jobId: string) {
  const prefix = `jobs/${owner}/${jobId}/`;
  return { prefix, json: `${prefix}job.json`, upload: `${prefix}upload` };
}

/**
 * Key of a cached commentary.
 *
 * @example
 * commentaryCacheKey('3f9a...', 'ab12...') // => 'commentary-cache/3f9a.../ab12....json'
 */
export function commentaryCacheKey(owner: string, hash: string): string {
  return `commentary-cache/${owner}/${hash}.json`;
}
