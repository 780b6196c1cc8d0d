/**
 * Links between resources. Relative, so they stay right behind any proxy or custom domain
 * and cannot be steered by a forged Host header.
 */

/** @example { self: '/v1/analyses/k3v9...', report: '/v1/analyses/k3v9.../report.pdf' } */
export interface AnalysisLinks {
  self: string;
  report: string;
  transcript?: string;
}

/** @example { self: '/v1/jobs/m1c2...', analysis: '/v1/analyses/k3v9...', report: '/v1/analyses/k3v9.../report.pdf' } */
export interface JobLinks {
  self: string;
  analysis?: string;
  report?: string;
}

/**
 * @example
 * analysisLinks('k3v9r2m7q1x8c4d0z6w5t2b9hn', false)
 * // => { self: '/v1/analyses/k3v9r2m7q1x8c4d0z6w5t2b9hn', report: '/v1/analyses/k3v9r2m7q1x8c4d0z6w5t2b9hn/report.pdf' }
 */
export function analysisLinks(id: string, hasTranscript: boolean): AnalysisLinks {
  const self = `/v1/analyses/${id}`;
  return { self, report: `${self}/report.pdf`, ...(hasTranscript ? { transcript: `${self}/transcript` } : {}) };
}

/**
 * @example
 * jobLinks('m1c2...', null)          // => { self: '/v1/jobs/m1c2...' }
 * jobLinks('m1c2...', 'k3v9...')     // => { self: '/v1/jobs/m1c2...', analysis: '/v1/analyses/k3v9...', report: '/v1/analyses/k3v9.../report.pdf' }
 */
export function jobLinks(jobId: string, completedAnalysisId: string | null): JobLinks {
  const self = `/v1/jobs/${jobId}`;
  if (!completedAnalysisId) return { self };
  const analysis = analysisLinks(completedAnalysisId, false);
  return { self, analysis: analysis.self, report: analysis.report };
}
