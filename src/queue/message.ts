/**
 * The Queue message for a job: just where to find it. The upload itself waits in R2 (messages
 * are limited to 128 KB; transcripts are bigger).
 */
import * as z from 'zod';

/** @example await env.JOBS.send(JobMessage.parse({ jobId, owner })) */
export const JobMessage = z.object({ jobId: z.string(), owner: z.string() });
export type JobMessage = z.infer<typeof JobMessage>;

/**
 * Reads a message body; null when it is not one of ours (it is then acknowledged and dropped).
 *
 * @example
 * readJobMessage({ jobId: 'm1c2...', owner: '3f9a...' }) // => { jobId: 'm1c2...', owner: '3f9a...' }
 * readJobMessage('hello') // => null
 */
export function readJobMessage(body: unknown): JobMessage | null {
  const parsed = JobMessage.safeParse(body);
  return parsed.success ? parsed.data : null;
}
