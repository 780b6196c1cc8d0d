/**
 * Participation: talk share against the fair share, the equality gauge, a table of turns,
 * monologues and questions, and who interrupted whom.
 */
import { drawEqualityGauge } from '../charts/equality-gauge';
import { drawInterruptionMatrix } from '../charts/interruption-matrix';
import { drawTalkShareBars } from '../charts/talk-share-bars';
import { formatCount, formatDuration, formatPercent, plural } from '../format';
import type { Flow } from '../layout/flow';
import { table } from '../layout/table';
import { COLORS, TYPE } from '../layout/theme';
import type { PersonView, ReportModel } from '../model/report-model';

/**
 * @example
 * drawParticipation(flow, model);
 */
export function drawParticipation(flow: Flow, model: ReportModel): void {
  flow.startSection('Participation', { newPage: true });
  flow.heading('Participation', 1);
  const basis = model.basis === 'time' ? 'speaking time' : 'words spoken';
  const intro = [
    `Talk share is measured by ${basis}${model.basis === null ? ' (turn-taking metrics were not computed; counted from the transcript)' : ''}.`,
  ];
  intro.push(
    `With ${plural(model.peopleCounted, 'person', 'people')}, an even split gives everyone ${formatPercent(model.fairShare)}: the dashed line.`,
  );
  if (model.switchesPerMinute !== null)
    intro.push(`The floor changed hands ${model.switchesPerMinute.toFixed(1)} times a minute.`);
  flow.paragraph(intro.join(' '));
  drawTalkShareBars(flow, model);

  if (model.gini !== null && model.people.length > 1) {
    flow.heading('Equality of talk', 2);
    // The people the Gini counts: "Unknown speaker" is nobody, silent invitees are (review r32: "with 6 people"
    // beside "with 5 people" on one page).
    drawEqualityGauge(flow, model.gini, model.peopleCounted);
  }

  flow.heading('Turns, monologues and questions', 2);
  // Who cut in on whom is counted only where someone can be named: without timings and with no confirmed
  // interruption, the two columns were zeros beside "18 possible interruptions", read as "nobody interrupted"
  // (review r31).
  const cutColumns = model.interruptionBasis === 'time' || model.interruptions.length > 0;
  table(flow, {
    columns: [
      { header: 'Person', weight: 2.9 },
      { header: model.basis === 'time' ? 'Talk time' : 'Words', weight: 1.3, align: 'right' },
      { header: 'Turns', weight: 0.9, align: 'right' },
      { header: 'Longest turn', weight: 1.8, align: 'right' },
      { header: 'Questions', weight: 1.1, align: 'right' },
      ...(cutColumns
        ? [
            { header: 'Cut in', weight: 0.9, align: 'right' as const },
            { header: 'Was cut off', weight: 1.1, align: 'right' as const },
          ]
        : []),
    ],
    rows: model.people.map((p) => [
      p.label,
      model.basis === 'time' && p.talkTimeMs !== null ? formatDuration(p.talkTimeMs) : formatCount(p.words),
      formatCount(p.turns),
      longestTurn(p),
      formatCount(p.questions),
      ...(cutColumns ? [formatCount(p.interruptionsMade), formatCount(p.interruptionsReceived)] : []),
    ]),
  });
  const turnBeyondTalk = longestTurnBeyondTalk(model);
  if (turnBeyondTalk)
    flow.paragraph(
      `A turn runs from its first word to its last, the speaker's own pauses included; talk time counts speech only. So one long turn can exceed a person's talk time (${turnBeyondTalk.label}: a turn of ${formatDuration(turnBeyondTalk.longestTurnMs!)}, ${formatDuration(turnBeyondTalk.talkTimeMs!)} of talk).`,
      { size: TYPE.small, color: COLORS.muted },
    );

  flow.heading('Who interrupted whom', 2);
  // Possible interruptions (a turn that breaks off in the text, no timings to confirm it) look just like
  // answers, completions and hand-overs: they are counted here and attributed to nobody.
  const possible =
    model.possibleInterruptions > 0
      ? ` ${plural(model.possibleInterruptions, 'possible interruption')} ${model.possibleInterruptions === 1 ? 'was' : 'were'} read from turns that break off in the text; not confirmed by timings, ${model.possibleInterruptions === 1 ? 'it is' : 'they are'} attributed to nobody.`
      : '';
  if (model.interruptions.length === 0) {
    flow.paragraph(
      model.interruptionBasis === 'time' || possible !== ''
        ? `No interruptions were confirmed.${possible}`
        : 'No interruptions were detected. Without timings they can only be recognised from turns that break off in the text ("I was going to--"), so some may be missed.',
      { color: COLORS.muted },
    );
    return;
  }
  flow.paragraph(
    `${plural(model.interruptions.length, 'interruption')} ${model.interruptionBasis === 'time' ? 'found from the timings: the person speaking stopped shortly after someone else started' : 'found from turns that break off in the text (no timings)'}. Each cell counts how often the person in the row cut in on the person in the column.${possible}`,
    { size: TYPE.small, color: COLORS.muted },
  );
  drawInterruptionMatrix(flow, model.interruptions, model.people);
}

/**
 * The person whose longest turn is longest beyond their whole talk time, if anyone's is: side by side the two read as
 * a contradiction (review r32: a presenter's 38-minute turn beside 37 minutes of talk), so the table explains them.
 */
function longestTurnBeyondTalk(model: ReportModel): PersonView | undefined {
  if (model.basis !== 'time') return undefined;
  const beyond = (p: PersonView) =>
    p.longestTurnMs !== null && p.talkTimeMs !== null ? p.longestTurnMs - p.talkTimeMs : 0;
  return model.people.filter((p) => beyond(p) > 0).sort((a, b) => beyond(b) - beyond(a))[0];
}

function longestTurn(p: PersonView): string {
  const parts: string[] = [];
  if (p.longestTurnMs !== null) parts.push(formatDuration(p.longestTurnMs));
  if (p.longestTurnWords !== null) parts.push(`${formatCount(p.longestTurnWords)} w`);
  return parts.join(' · ') || '—';
}
