/**
 * Checks every scenario gets on top of its own expectations: what a coach would never sign,
 * whatever the meeting. Each is reported as one expectation (`invariant-...`) per scenario.
 */
import type { Verdict } from './evaluate';
import { ScenarioView } from './evaluate';

/** A finding is weak when it is info-level or says its confidence is low (the field issue 11 adds). */
const isWeak = (f: { severity: string } & Record<string, unknown>) => f.severity === 'info' || f.confidence === 'low';

export const INVARIANTS: ReadonlyArray<{ id: string; class: string; why: string; check: (view: ScenarioView) => Verdict }> = [
  {
    id: 'invariant-own-quotes',
    class: 'own-quotes',
    why: 'Every quote under a person is their own words (or explicitly labelled with who said it).',
    check(view) {
      const wrong: string[] = [];
      for (const person of view.analysis.commentary.people) {
        for (const item of [...person.strengths, ...person.actions]) {
          for (const q of item.quotes) {
            const said = view.speakerOf(q.utteranceId);
            const labelled = (q as Record<string, unknown>).speakerId;
            if (said !== person.speakerId && labelled !== said) wrong.push(`under ${view.name(person.speakerId)}: "${q.text}" said by ${view.name(said)}`);
          }
        }
      }
      return { holds: wrong.length === 0, observed: wrong.length === 0 ? 'all quotes are their own' : wrong.slice(0, 2).join('; ') };
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
          const basis = view.findings.filter((f) => f.utteranceId !== null && cited.has(f.utteranceId) && f.speakerId === person.speakerId);
          if (basis.length > 0 && basis.every((f) => isWeak(f as never))) {
            wrong.push(`${view.name(person.speakerId)}: "${action.text.slice(0, 50)}..." on ${basis.map((f) => `${f.kind}/${f.severity}`).join(', ')}`);
          }
        }
      }
      return { holds: wrong.length === 0, observed: wrong.length === 0 ? 'every cited finding is low or above' : wrong.slice(0, 2).join('; ') };
    },
  },
];
