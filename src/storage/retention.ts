/**
 * How long stored things live. RETENTION_DAYS decides when an analysis expires; an expired one
 * answers 410 on its first access and is deleted then (an R2 lifecycle rule deletes the ones nobody
 * asks for again: see the README).
 */

const DAY_MS = 86_400_000;

/**
 * When something stored now expires, or null when retention is off (0 days).
 *
 * @example
 * expiryFrom(new Date('2026-11-21T10:00:00Z'), 30) // => '2026-12-21T10:00:00.000Z'
 * expiryFrom(new Date('2026-11-21T10:00:00Z'), 0)  // => null
 */
export function expiryFrom(now: Date, retentionDays: number): string | null {
  return retentionDays > 0 ? new Date(now.getTime() + retentionDays * DAY_MS).toISOString() : null;
}

/**
 * True once the expiry time has passed. Missing or unreadable expiry means "kept".
 *
 * @example
 * isExpired('2026-12-21T10:00:00.000Z', new Date('2026-12-22T00:00:00Z')) // => true
 * isExpired(undefined, new Date()) // => false
 */
export function isExpired(expiresAt: string | null | undefined, now: Date): boolean {
  if (!expiresAt) return false;
  const at = Date.parse(expiresAt);
  return Number.isFinite(at) && at <= now.getTime();
}
