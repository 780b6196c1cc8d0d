/**
 * Who the report calls quiet: a quiet share, unless the format or the person's role explains it (a formal
 * sitting's slots, a chair, a questioner: analyzers/roles.ts quietInContext). The headlines, Room to speak and the
 * talk-share chart read it from here.
 */
import type { PersonView, ReportModel } from './report-model';

/**
 * True when the report marks this person quiet.
 *
 * @example
 * markedQuiet({ participation: 'quiet', quietInContext: null })    // => true
 * markedQuiet({ participation: 'quiet', quietInContext: 'chair' }) // => false
 */
export function markedQuiet(p: Pick<PersonView, 'participation' | 'quietInContext'>): boolean {
  return p.participation === 'quiet' && p.quietInContext === null;
}

/**
 * The people marked quiet, and those whose quiet share their context explains.
 *
 * @example
 * const { quiet, explained } = quietVoices(model); // explained: e.g. a committee's chair
 */
export function quietVoices(model: ReportModel): { quiet: PersonView[]; explained: PersonView[] } {
  const quietShares = model.people.filter((p) => p.participation === 'quiet');
  return { quiet: quietShares.filter(markedQuiet), explained: quietShares.filter((p) => !markedQuiet(p)) };
}
