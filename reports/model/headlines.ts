/**
 * Headline observations stated from the numbers alone, for the cover when there is no commentary
 * (none requested): facts, not advice.
 */
import { QUIET_FRACTION, shareMultipleInWords } from '../../analyzers/inclusivity/thresholds';
import { formatPercent, formatSigned, plural } from '../format';
import { interruptionCounts } from './interruption-confidence';
import type { ReportModel } from './report-model';
import { meanToneWords } from '../../analyzers/sentiment/thresholds';
import { giniBand } from '../../analyzers/turn-taking/thresholds';
import { quietVoices } from './quiet-voices';

/**
 * Three to five plain sentences about the meeting as a whole.
 *
 * @example
 * factualHeadlines(model)
 * // => ['Ana spoke the most: 42% of the talk, against a fair share of 25%.', 'Talk was fairly even (Gini 0.31).', ...]
 */
export function factualHeadlines(model: ReportModel): string[] {
  const QUIET = shareMultipleInWords(QUIET_FRACTION);
  const out: string[] = [];
  const [top] = model.people;
  if (top && model.people.length > 1) {
    out.push(
      `${top.label} spoke the most: ${formatPercent(top.talkShare)} of the talk, against a fair share of ${formatPercent(model.fairShare)}.`,
    );
  }
  if (model.gini !== null && model.people.length > 1)
    out.push(`Talk was ${giniBand(model.gini).name} (Gini ${model.gini.toFixed(2)}).`);
  // A share the format or a role explains (a formal sitting's slots, a chair) is not called quiet: see Room to speak.
  const { quiet, explained } = quietVoices(model);
  if (model.people.length > 1 && quiet.length > 0)
    out.push(
      `${plural(quiet.length, 'person', 'people')} spoke less than ${QUIET} their fair share${quiet.length <= 3 ? `: ${quiet.map((p) => p.label).join(', ')}` : ''}.`,
    );
  else if (explained.some((p) => p.quietInContext === 'formal-sitting'))
    out.push('A formal sitting: the chair gave out the slots to speak, so small shares are not called quiet.');
  else if (model.people.length > 1 && explained.length === 0)
    out.push(`Nobody spoke less than ${QUIET} their fair share.`);
  const asker = [...model.people].sort((a, b) => b.questions - a.questions)[0];
  const questions = model.people.reduce((sum, p) => sum + p.questions, 0);
  if (asker && asker.questions > 0)
    out.push(`${asker.label} asked the most questions: ${asker.questions} of ${questions}.`);
  // Interruptions seen in the timings are stated; who cut in is named only where it was a habit. Possible ones alone
  // are no headline: about a third of them are interruptions (interruptionsInSummary).
  const cut = interruptionCounts(model.findings, model.possibleInterruptions);
  if (cut.confident > 0) {
    const [whoId, count] = [...cut.confidentBy].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    const who = cut.habitual.has(whoId) ? model.personById.get(whoId)?.label : undefined;
    out.push(
      `${plural(cut.confident, 'interruption')}${who ? `; ${who} cut in most often (${count})` : ''}${cut.possible > 0 ? `, and ${cut.possible} possible` : ''}.`,
    );
  }
  if (model.sentiment && model.sentiment.length > 0 && out.length < 5) {
    const mean = model.sentiment.reduce((sum, s) => sum + s.score, 0) / model.sentiment.length;
    out.push(`The tone was ${meanToneWords(mean)} (mean ${formatSigned(mean)} on a scale from −1 to +1).`);
  }
  return out.slice(0, 5);
}
