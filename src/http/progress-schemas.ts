/**
 * Schemas of the progress routes (/v1/series, /v1/people): requests validated with them, responses
 * described by them in the OpenAPI document. The progress document itself is src/progress/schema.ts.
 */
import * as z from 'zod';

/**
 * @example
 * SeriesList.parse({ items: [{ id, name: 'Platform weekly', meetings: 5, firstDate: '2026-10-05', lastDate: '2026-11-02', links }] });
 */
export const SeriesList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      meetings: z.number().int().nonnegative(),
      firstDate: z.string().nullable(),
      lastDate: z.string().nullable(),
      links: z.object({ self: z.string(), report: z.string() }),
    }),
  ),
});

/**
 * @example
 * PeopleList.parse({ items: [{ id, name: 'Maria Elena Lopez', aliases: ['Lopez, Maria Elena'], anonymous: false, meetings: 5, links }] });
 */
export const PeopleList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      aliases: z.array(z.string()),
      anonymous: z
        .boolean()
        .describe('A diarisation placeholder ("SPEAKER_01"): one meeting only, never matched automatically'),
      meetings: z.number().int().nonnegative(),
      links: z.object({ self: z.string(), report: z.string() }),
    }),
  ),
});

/** @example MergeRequest.parse({ personId: 'k3v9...' }) */
export const MergeRequest = z.object({
  personId: z
    .string()
    .min(1)
    .max(64)
    .describe('The person to merge into this one (they stop existing; undo brings them back)'),
});

/** @example MergeResult.parse({ mergeId, personId, mergedId, links: { person, undo } }) */
export const MergeResult = z.object({
  mergeId: z.string(),
  personId: z.string().describe('The person who remains'),
  mergedId: z.string().describe('The person merged into them'),
  links: z.object({ person: z.string(), undo: z.string().describe('POST here to undo the merge') }),
});

/** @example UndoResult.parse({ personId, restoredId }) */
export const UndoResult = z.object({ personId: z.string(), restoredId: z.string() });

/** @example RenameRequest.parse({ name: 'Maria Elena López' }) */
export const RenameRequest = z.object({ name: z.string().trim().min(1).max(200) });
