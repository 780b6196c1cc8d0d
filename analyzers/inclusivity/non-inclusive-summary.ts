/**
 * Summary of the non-inclusive-language findings (found by analyzers/inclusive-language/index.ts):
 * counts per category for the meeting and per person, so a report can say "two gendered terms,
 * both from one person" without listing every finding.
 */
import * as z from 'zod';
import type { Finding } from '../../src/model/finding';
import { INCLUSIVE_LANGUAGE_RULES } from '../inclusive-language/index';

/** The finding's ruleId is `inclusive-language/<rule id>`; its category lives in the rule data. */
const CATEGORY_BY_RULE_ID: ReadonlyMap<string, string> = new Map(
  INCLUSIVE_LANGUAGE_RULES.map((r) => [`inclusive-language/${r.id}`, r.category]),
);

export const NonInclusiveSummary = z.object({
  total: z.number().int().nonnegative(),
  /** Findings per category, e.g. `{ "gender": 2, "ableist": 1 }`. */
  byCategory: z.record(z.string(), z.number().int()),
  bySpeaker: z.array(
    z.object({
      speakerId: z.string(),
      total: z.number().int().nonnegative(),
      byCategory: z.record(z.string(), z.number().int()),
      /** The finding ids, as evidence. */
      findingIds: z.array(z.string()),
    }),
  ),
});
export type NonInclusiveSummary = z.infer<typeof NonInclusiveSummary>;

/**
 * @example
 * summariseNonInclusive([{ ruleId: 'inclusive-language/guys', speakerId: 's1', id: 'f1', ... }])
 * // => { total: 1, byCategory: { gender: 1 }, bySpeaker: [{ speakerId: 's1', total: 1, byCategory: { gender: 1 }, findingIds: ['f1'] }] }
 */
export function summariseNonInclusive(findings: readonly Finding[]): NonInclusiveSummary {
  const byCategory: Record<string, number> = {};
  const bySpeaker = new Map<string, { total: number; byCategory: Record<string, number>; findingIds: string[] }>();
  for (const f of findings) {
    const category = CATEGORY_BY_RULE_ID.get(f.ruleId) ?? 'other';
    byCategory[category] = (byCategory[category] ?? 0) + 1;
    const key = f.speakerId ?? 'unknown';
    const s = bySpeaker.get(key) ?? { total: 0, byCategory: {}, findingIds: [] };
    s.total++;
    s.byCategory[category] = (s.byCategory[category] ?? 0) + 1;
    s.findingIds.push(f.id);
    bySpeaker.set(key, s);
  }
  return {
    total: findings.length,
    byCategory,
    bySpeaker: [...bySpeaker].map(([speakerId, s]) => ({ speakerId, ...s })),
  };
}
