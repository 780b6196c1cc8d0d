/**
 * Checks every scenario gets on top of its own expectations: what a coach would never sign,
 * whatever the meeting. Each is reported as one expectation (`invariant-...`) per scenario.
 */
import { giniBand } from '../../analyzers/turn-taking/thresholds';
import type { Finding } from '../../src/model/finding';
import type { ScenarioView, Verdict } from './evaluate';
import { summaryTopics } from './topics';

export interface Invariant {
  id: string;
  class: string;
  why: string;
  check: (view: ScenarioView) => Verdict;
}

/** A finding is weak when it is info-level or says its confidence is low (the field issue 11 adds). */
const isWeak = (f: Finding) => f.severity === 'info' || (f as Finding & { confidence?: unknown }).confidence === 'low';

/** Holds when nothing is wrong; shows the first two problems otherwise. */
const report = (wrong: string[], fine: string): Verdict => ({
  holds: wrong.length === 0,
  observed: wrong.length === 0 ? fine : wrong.slice(0, 2).join('; '),
});

/**
 * The invariants, in report order.
 *
 * @example
 * INVARIANTS.map((i) => i.check(view).holds) // => [true, false] when an action rests on an info-level finding
 */
export const INVARIANTS: readonly Invariant[] = [
  {
    id: 'invariant-own-quotes',
    class: 'own-quotes',
    why: 'Every quote under a person is their own words (or explicitly labelled with who said it).',
    check(view) {
      const wrong: string[] = [];
      for (const person of view.analysis.commentary.people) {
        for (const q of [...person.strengths, ...person.actions].flatMap((item) => item.quotes)) {
          const said = view.speakerOf(q.utteranceId);
          // A future "what X said just before" quote says whose words it shows.
          const labelled = (q as typeof q & { speakerId?: unknown }).speakerId;
          if (said !== person.speakerId && labelled !== said) {
            wrong.push(`under ${view.name(person.speakerId)}: "${q.text}" said by ${view.name(said)}`);
          }
        }
      }
      return report(wrong, 'all quotes are their own');
    },
  },
  {
    id: 'invariant-no-action-on-weak-finding',
    class: 'no-action-on-weak-finding',
    why: 'No action for a named person rests only on info-level or low-confidence findings.',
    check(view) {
      const wrong: string[] = [];
      for (const person of view.analysis.commentary.people) {
        for (const action of person.actions) {
          const cited = new Set(action.utteranceIds);
          const cites = (f: Finding) => f.utteranceId !== null && cited.has(f.utteranceId);
          const basis = view.findings.filter((f) => cites(f) && f.speakerId === person.speakerId);
          if (basis.length > 0 && basis.every(isWeak)) {
            const kinds = basis.map((f) => `${f.kind}/${f.severity}`).join(', ');
            wrong.push(`${view.name(person.speakerId)}: "${action.text.slice(0, 50)}..." on ${kinds}`);
          }
        }
      }
      return report(wrong, 'every cited finding is low or above');
    },
  },
  {
    id: 'invariant-one-gini-band',
    class: 'band-consistency',
    why:
      "The commentary reads the Gini as the band the PDF's gauge and headline print (GINI_BANDS): " +
      "never 'fairly even' on one and 'unevenly' on the other.",
    check(view) {
      const tt = view.analysis.turnTaking;
      if (tt.speakers.length < 2) return report([], 'one speaker: no reading of the Gini');
      const band = giniBand(tt.gini);
      const said = view.analysis.commentary.summary.filter((i) => /\bGini\b/.test(i.text));
      const wrong: string[] = [];
      for (const item of said) {
        const topics = summaryTopics(item);
        const reads = topics.has('uneven-talk') ? 'uneven' : topics.has('even-talk') ? 'even' : 'no reading';
        if (reads !== (band.uneven ? 'uneven' : 'even'))
          wrong.push(`Gini ${tt.gini.toFixed(2)} is '${band.name}' on the gauge; the summary says "${item.text}"`);
      }
      return report(wrong, `summary and gauge both read '${band.name}'`);
    },
  },
];
