/**
 * ReportInput -> ReportModel: the one place that reads the analysers' output.
 */
import type { GlyphCoverage } from '../text/fit-text';
import { fitTextToFont, missingCodePoints, needsReplacement } from '../text/fit-text';
import type { ReportInput } from '../report-input';
import type {
  InterruptionView,
  MissingGlyphNote,
  PersonView,
  ReportModel,
  ScoredUtterance,
  UtteranceView,
} from './report-model';
import { participationStatus } from '../../analyzers/inclusivity/thresholds';
import { tokenize } from '../../analyzers/nlp/tokenize';
import { UNATTRIBUTED_LABEL } from '../../src/model/person-keys';
import { isInterruptionInstance } from './interruption-confidence';

/** The per-person numbers the report draws (the turn-taking analyser's speakers have all of them). */
type SpeakerStats = { speakerId: string } & Pick<
  PersonView,
  'talkShare' | 'talkTimeMs' | 'words' | 'turns' | 'longestTurnMs' | 'longestTurnWords' | 'questions'
>;

/**
 * Builds the model the sections draw. `font` decides which names need their speaker id shown.
 *
 * @example
 * const model = buildReportModel(input, fonts.regular);
 * model.people[0].label // => 'Ana Lima' (the person who talked most)
 */
export function buildReportModel(input: ReportInput, font: GlyphCoverage): ReportModel {
  const { analysis, options } = input;
  const transcript = analysis.transcript;
  // Every section is required by the schema; `?? null` keeps an older stored analysis drawable.
  const turnTaking = analysis.turnTaking ?? null;
  const inclusivity = analysis.inclusivity ?? null;
  const sentimentResult = analysis.sentiment ?? null;

  const utterances = utteranceViews(transcript.utterances);
  const utteranceById = new Map(utterances.map((u) => [u.id, u]));
  const sentiment: ScoredUtterance[] | null = sentimentResult
    ? sentimentResult.utterances
        .filter((s) => utteranceById.has(s.utteranceId) && Number.isFinite(s.score))
        .map((s) => ({ utteranceId: s.utteranceId, score: s.score, evidence: s.evidence }))
    : null;

  const statsById = new Map<string, SpeakerStats>((turnTaking?.speakers ?? []).map((s) => [s.speakerId, s]));
  const tally = (list: ReadonlyArray<{ speakerId: string; given: number; received: number }> | undefined) =>
    new Map((list ?? []).map((t) => [t.speakerId, t]));
  const invitations = tally(inclusivity?.invitations.bySpeaker);
  const credits = tally(inclusivity?.credit.bySpeaker);
  const fallback = fallbackStats(utterances);
  const speakerCount = Math.max(1, transcript.speakers.filter((s) => s.name !== UNATTRIBUTED_LABEL).length);
  const fairShare = inclusivity?.participation.fairShare ?? 1 / speakerCount;
  const statusById = new Map((inclusivity?.participation.speakers ?? []).map((s) => [s.speakerId, s.status]));
  const quietContextById = new Map(
    (inclusivity?.participation.speakers ?? []).map((s) => [s.speakerId, s.quietInContext ?? null]),
  );
  const toneBySpeaker = new Map(
    (sentimentResult?.speakers ?? [])
      .filter((s) => s.utterances > 0)
      .map((s) => [s.speakerId, { mean: s.mean, spread: s.std, count: s.utterances }]),
  );

  const findings = analysis.findings ?? [];
  // The turn-taking analyser lists every interruption; without it, interruption findings stand in. Only those
  // a coach would stand behind are attributed to people; the rest are counted as "possible" (issue 11).
  const events = turnTaking?.interruptions.events ?? [];
  const interruptionFindings = findings.filter(
    (f) => isInterruptionInstance(f) && f.speakerId !== null && f.targetSpeakerId !== null,
  );
  const interruptions: InterruptionView[] = turnTaking
    ? events
        .filter((e) => e.confidence !== 'low')
        .map((e) => ({
          fromId: e.speakerId,
          toId: e.targetSpeakerId,
          utteranceId: e.utteranceId,
          startMs: e.startMs,
          quote: e.quote,
        }))
    : interruptionFindings
        .filter((f) => f.confidence !== 'low')
        .map((f) => ({
          fromId: f.speakerId!,
          toId: f.targetSpeakerId!,
          utteranceId: f.utteranceId,
          startMs: f.startMs ?? (f.utteranceId ? (utteranceById.get(f.utteranceId)?.startMs ?? null) : null),
          quote: f.quote,
        }));
  const possibleInterruptions = (turnTaking ? events.length : interruptionFindings.length) - interruptions.length;
  const countBy = (key: 'fromId' | 'toId', id: string) => interruptions.filter((i) => i[key] === id).length;

  const unsorted = transcript.speakers.map((speaker) => {
    const stats = statsById.get(speaker.id) ?? fallback.get(speaker.id) ?? emptyStats(speaker.id);
    const replaced = needsReplacement(speaker.name, font);
    const person: PersonView = {
      id: speaker.id,
      name: speaker.name,
      label: replaced ? `${fitTextToFont(speaker.name, font)} (${speaker.id})` : speaker.name,
      anonymous: speaker.anonymous,
      index: 0,
      talkShare: clamp01(stats.talkShare),
      talkTimeMs: stats.talkTimeMs,
      words: stats.words,
      turns: stats.turns,
      longestTurnMs: stats.longestTurnMs,
      longestTurnWords: stats.longestTurnWords,
      questions: stats.questions,
      interruptionsMade: countBy('fromId', speaker.id),
      interruptionsReceived: countBy('toId', speaker.id),
      // Unattributed speech is nobody's: no verdict (shown without a tag), as in the analyser.
      participation:
        speaker.name === UNATTRIBUTED_LABEL
          ? 'balanced'
          : (statusById.get(speaker.id) ?? participationStatus(stats.talkShare, fairShare, speakerCount)),
      quietInContext: quietContextById.get(speaker.id) ?? null,
      sentiment: toneBySpeaker.get(speaker.id) ?? null,
      invitationsGiven: invitations.get(speaker.id)?.given ?? null,
      invitationsReceived: invitations.get(speaker.id)?.received ?? null,
      creditGiven: credits.get(speaker.id)?.given ?? null,
      creditReceived: credits.get(speaker.id)?.received ?? null,
    };
    return person;
  });
  // Largest voice first: bars read top-down; ties keep the transcript's order.
  const people = unsorted
    .map((p, i) => ({ p, i }))
    .sort((a, b) => b.p.talkShare - a.p.talkShare || a.i - b.i)
    .map(({ p }, index) => ({ ...p, index }));

  const missingGlyphs: MissingGlyphNote[] = people
    .filter((p) => needsReplacement(p.name, font))
    .map((p) => ({ speakerId: p.id, label: p.label, codePoints: missingCodePoints(p.name, font) }));

  return {
    title: options.title?.trim() || analysis.meeting?.title?.trim() || 'Meeting report',
    meetingDate: options.meetingDate ?? null,
    generatedAt: options.generatedAt,
    author: options.author ?? analysis.generator.name,
    generator: analysis.generator,
    format: transcript.format,
    hasTimings: transcript.hasTimings,
    durationMs: transcript.durationMs,
    // The analysers' count, which the per-person words add up to: the cover's whitespace count (6,731) and the
    // table's sum (6,774: "F_N_" is two words there) disagreed on one report (review r31).
    wordCount: turnTaking?.totalWords ?? transcript.wordCount,
    basis: turnTaking?.basis ?? null,
    people,
    personById: new Map(people.map((p) => [p.id, p])),
    utterances,
    utteranceById,
    fairShare,
    peopleCounted: inclusivity?.participation.people ?? speakerCount,
    gini: turnTaking && Number.isFinite(turnTaking.gini) ? turnTaking.gini : null,
    switchesPerMinute: turnTaking?.switchesPerMinute ?? null,
    interruptions,
    possibleInterruptions,
    interruptionBasis: turnTaking ? turnTaking.interruptions.basis : transcript.hasTimings ? 'time' : 'text',
    turnTaking,
    inclusivity,
    sentimentResult,
    listening: analysis.listening ?? null,
    sentiment,
    findings,
    commentary: analysis.commentary && analysis.commentary.source !== 'none' ? analysis.commentary : null,
    issues: transcript.issues,
    missingGlyphs,
  };
}

function utteranceViews(source: ReportInput['analysis']['transcript']['utterances']): UtteranceView[] {
  let offset = 0;
  return source.map((u, index) => {
    // The analysers' words (turn-taking's per-person counts, the cover's total): the axis ends at that total.
    const words = tokenize(u.text).length;
    const view: UtteranceView = {
      id: u.id,
      speakerId: u.speakerId,
      index,
      startMs: u.startMs,
      endMs: u.endMs,
      text: u.text,
      words,
      wordOffset: offset,
      line: u.line,
    };
    offset += words;
    return view;
  });
}

/**
 * Word counts per speaker for when turn-taking was not computed: enough to draw participation
 * from the transcript alone, labelled as words-based.
 */
function fallbackStats(utterances: UtteranceView[]): Map<string, SpeakerStats> {
  const total = utterances.reduce((sum, u) => sum + u.words, 0) || 1;
  const out = new Map<string, SpeakerStats>();
  let previous: string | null = null;
  for (const u of utterances) {
    const s = out.get(u.speakerId) ?? emptyStats(u.speakerId);
    s.words += u.words;
    s.talkShare = s.words / total;
    if (u.speakerId !== previous) s.turns++;
    previous = u.speakerId;
    out.set(u.speakerId, s);
  }
  return out;
}

function emptyStats(speakerId: string): SpeakerStats {
  return {
    speakerId,
    talkShare: 0,
    talkTimeMs: null,
    words: 0,
    turns: 0,
    longestTurnMs: null,
    longestTurnWords: null,
    questions: 0,
  };
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
