/**
 * What the report's sections draw: the analysis reduced to people, utterances and numbers, with
 * names already made drawable. Sections and charts read this, never the Analysis itself, so a
 * change in an analyser's schema touches one file (build-model.ts).
 */
import type { InclusivityResult } from '../../analyzers/inclusivity/index';
import type { QuietContext } from '../../analyzers/inclusivity/participation';
import type { ParticipationStatus } from '../../analyzers/inclusivity/thresholds';
import type { ListeningResult } from '../../analyzers/listening/index';
import type { SentimentResult } from '../../analyzers/sentiment/index';
import type { TurnTakingResult } from '../../analyzers/turn-taking/index';
import type { Commentary } from '../../src/model/commentary';
import type { Finding } from '../../src/model/finding';
import type { TranscriptIssue } from '../../src/model/transcript';

/** Read by inclusivity's one rule (analyzers/inclusivity/thresholds.ts). */
export type Participation = ParticipationStatus;

export interface PersonView {
  id: string;
  /** As the transcript wrote it. */
  name: string;
  /** Drawable: the name, and the speaker id too when the font had to replace characters (`□□ (s3)`). */
  label: string;
  anonymous: boolean;
  /** Position in `people` (by talk share, largest first): also the person's colour. */
  index: number;
  talkShare: number;
  talkTimeMs: number | null;
  words: number;
  turns: number;
  longestTurnMs: number | null;
  longestTurnWords: number | null;
  questions: number;
  interruptionsMade: number;
  interruptionsReceived: number;
  /** Below half the fair share: quiet; above twice: dominant (issue 3's participation equity). */
  participation: Participation;
  /** What explains a quiet share (a formal sitting, chairing, putting questions to a witness): not marked quiet. */
  quietInContext: QuietContext | null;
  sentiment: { mean: number; spread: number; count: number } | null;
  /** From the inclusivity analyser; null when it did not run. */
  invitationsGiven: number | null;
  invitationsReceived: number | null;
  creditGiven: number | null;
  creditReceived: number | null;
}

export interface UtteranceView {
  id: string;
  speakerId: string;
  /** 0-based position in the transcript. */
  index: number;
  startMs: number | null;
  endMs: number | null;
  text: string;
  words: number;
  /** Words spoken before this utterance: the x axis of an untimed timeline. */
  wordOffset: number;
  line: number | null;
}

export interface InterruptionView {
  fromId: string;
  toId: string;
  utteranceId: string | null;
  startMs: number | null;
  /** The first words of the interrupting utterance. */
  quote: string;
}

export interface ScoredUtterance {
  utteranceId: string;
  score: number;
  evidence: string[];
}

export interface MissingGlyphNote {
  speakerId: string;
  label: string;
  codePoints: string[];
}

export interface ReportModel {
  title: string;
  meetingDate: string | null;
  generatedAt: Date;
  author: string;
  generator: { name: string; version: string };
  format: string;
  hasTimings: boolean;
  durationMs: number | null;
  wordCount: number;
  /** How talk share was measured; null when turn-taking was not computed. */
  basis: 'time' | 'words' | null;
  people: PersonView[];
  personById: ReadonlyMap<string, PersonView>;
  utterances: UtteranceView[];
  utteranceById: ReadonlyMap<string, UtteranceView>;
  /** 1 / number of people. */
  fairShare: number;
  /**
   * People counted for the fair share and the Gini: named speakers plus silent invitees, never "Unknown speaker"
   * (inclusivity.participation.people). `people` above lists every speaker row, the unattributed bucket included.
   */
  peopleCounted: number;
  gini: number | null;
  switchesPerMinute: number | null;
  /** Interruptions a coach would stand behind (confidence medium or high), attributed to people. */
  interruptions: InterruptionView[];
  /** The others (cut-offs read from the text, not confirmed by timings): counted, never attributed. */
  possibleInterruptions: number;
  /** `time`: found from overlapping timings; `text`: from turns that break off in the text. */
  interruptionBasis: 'time' | 'text';
  /** The analysers' full results, for the detail tables; null when one did not run. */
  turnTaking: TurnTakingResult | null;
  inclusivity: InclusivityResult | null;
  sentimentResult: SentimentResult | null;
  listening: ListeningResult | null;
  /** Per-utterance tone, in transcript order; null when sentiment was not computed. */
  sentiment: ScoredUtterance[] | null;
  findings: Finding[];
  commentary: Commentary | null;
  /** The transcript's data-quality warnings: a code and the same in plain words. */
  issues: TranscriptIssue[];
  /** Names the font could not fully show, with what the □ stood for. */
  missingGlyphs: MissingGlyphNote[];
}
