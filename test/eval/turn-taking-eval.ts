/**
 * Turn-taking evaluation on real, word-timed meetings (AMI ES2004a/b, ICSI Bed003 in NXT XML):
 * 1. talk shares from our analyser vs shares computed directly from the word times;
 * 2. overlaps, interruptions, silences and equality found on each meeting;
 * 3. the same meeting timed (AMI words) vs untimed (QMSum JSON): word- vs time-based shares;
 * 4. question detection vs human dialogue-act labels (AMI elicit acts, ICSI MRDA q* tags),
 *    punctuated and with punctuation stripped (as raw speech-to-text);
 * 5. interruptions vs ICSI MRDA disruption marks.
 * Honest by construction: every number is printed, including the ones that look bad.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeTurnTaking, type TurnTakingResult } from '../../analyzers/turn-taking/index';
import { prepare } from '../../analyzers/nlp/prepare';
import { detectQuestion } from '../../analyzers/nlp/questions';
import { tokenize } from '../../analyzers/nlp/tokenize';
import type { Transcript } from '../../src/model/transcript';
import { qmsumJson } from '../../src/parse/formats/json/qmsum';
import { normalize } from '../../src/parse/normalize';
import type { RawCue } from '../../src/parse/types';
import {
  AMI_ELICIT_TYPES,
  mrdaParts,
  mrdaQuestion,
  parseAmiDialogueActs,
  parseIcsiDialogueActs,
  type DialogueAct,
} from './nxt-dialogue-acts';
import {
  decodeLatin1,
  fillTimesFromSegments,
  isSpokenWord,
  parseNxtSegments,
  parseNxtWords,
  renderTokens,
  wordSeconds,
  wordsToCues,
  type NxtToken,
} from './nxt-words';
import { measure } from '../bench/measure';
import type { EvalSection, EvalTable } from './report';
import { targetLimit } from './targets';

const AMI_MEETINGS = ['ES2004a', 'ES2004b'];
const ICSI_MEETINGS = ['Bed003'];
/** Target for talk shares, every speaker, as a fraction (test/eval/targets.ts holds it in points). */
const SHARE_TARGET = targetLimit('turnTaking.talkShare.maxDiffPoints') / 100;
/** An interruption we find matches an MRDA-interrupted act of the same speaker ending within this. */
const MATCH_WINDOW_SEC = 1.0;

interface Channel {
  letter: string;
  /** Speaker label used in the transcript: AMI channel letter, ICSI participant id. */
  label: string;
  tokens: NxtToken[];
  acts: DialogueAct[];
}

interface TimedMeeting {
  id: string;
  corpus: 'AMI' | 'ICSI';
  channels: Channel[];
  transcript: Transcript;
  result: TurnTakingResult;
  /** Speaker id in the transcript for each channel label. */
  speakerIdOf: Map<string, string>;
  /** Median analyser time, or null when not timed (tests: timing is bench work, not a check). */
  analyseMs: number | null;
}

export interface TurnTakingEvalOptions {
  /** Time the analyser on each meeting (26 runs each); `npm run eval` does, tests do not. */
  timing?: boolean;
}

/**
 * @example
 * const section = await runTurnTakingEval('../shared/corpus');
 * console.log(formatSection(section));
 */
export async function runTurnTakingEval(corpusDir: string, options: TurnTakingEvalOptions = {}): Promise<EvalSection> {
  const timing = options.timing ?? true;
  const title = 'Turn-taking: AMI and ICSI word-timed meetings';
  const meetings: TimedMeeting[] = [];
  for (const id of AMI_MEETINGS) {
    const channels = loadChannels(corpusDir, 'AMI', id);
    if (channels.length > 0) meetings.push(analyseTimed(id, 'AMI', channels, timing));
  }
  for (const id of ICSI_MEETINGS) {
    const channels = loadChannels(corpusDir, 'ICSI', id);
    if (channels.length > 0) meetings.push(analyseTimed(id, 'ICSI', channels, timing));
  }
  if (meetings.length === 0)
    return {
      title,
      tables: [],
      notes: [`skipped: corpus absent (no AMI/ICSI words files under ${corpusDir}/meetings)`],
    };

  const notes: string[] = [];
  const shares = shareTable(meetings);
  const maxDiff = Math.max(...shares.rows.map((r) => Math.abs(Number(r[6]))));
  notes.push(
    `Talk share: ours = union of each speaker's utterance intervals (words grouped into utterances at sentence ends and pauses > 0.5 s) over the sum for all speakers; reference = sum of that speaker's word durations (end - start) over all speakers' sum. Max |difference| ${(maxDiff * 100).toFixed(2)} points (target <= ${SHARE_TARGET * 100}): ${maxDiff <= SHARE_TARGET ? 'met' : 'MISSED'}.`,
    'The two differ where a speaker pauses up to 0.5 s inside an utterance (counted by us, not by the word sum). ICSI leaves some word times empty; they were interpolated inside their segment (column "ref measured-only" drops them: Bed003 channel E has no measured word times at all).',
  );

  const qmsum = qmsumComparison(corpusDir, meetings, notes);
  const questions = questionEval(meetings, notes);
  const questionCounts = questionCountEval(meetings, notes);
  const interruptions = icsiInterruptionEval(meetings, notes);
  const textVsTimed = textVsTimedInterruptions(meetings, notes);
  if (timing) {
    notes.push(
      `Analyser time per meeting (median of 21 runs after 5 warm-ups, tokenising excluded; the budget is 15 ms per 20k words): ${meetings.map((m) => `${m.id} ${m.transcript.wordCount} words ${(m.analyseMs ?? 0).toFixed(2)} ms`).join('; ')}.`,
    );
  }

  return {
    title,
    tables: [
      shares,
      summaryTable(meetings),
      matrixTable(meetings[0]!),
      samplesTable(meetings[0]!),
      ...qmsum,
      ...questions,
      questionCounts.table,
      ...interruptions,
      textVsTimed.table,
    ],
    notes,
    targetsMet: maxDiff <= SHARE_TARGET,
    measurements: {
      'turnTaking.talkShare.maxDiffPoints': maxDiff * 100,
      'turnTaking.interruptions.textOnlyPrecision': textVsTimed.precision,
      ...columnOf(
        interruptions[0],
        'Bed003: our interruptions (overlap + cut-off)',
        'precision',
        'turnTaking.interruptions.mrda.precision',
      ),
      ...f1Of(questions[0], 'AMI (elicit acts): detectQuestion, punctuated', 'turnTaking.questions.ami.f1'),
      ...f1Of(questions[0], 'ICSI (MRDA q*): detectQuestion, punctuated', 'turnTaking.questions.icsi.f1'),
      ...questionCounts.measurements,
    },
  };
}

/** One column of one row of a table, as a named measurement (absent without the row). */
function columnOf(table: EvalTable | undefined, label: string, column: string, metric: string): Record<string, number> {
  const row = table?.rows.find((r) => r[0] === label);
  const value = row ? Number(row[table!.columns.indexOf(column)]) : NaN;
  return Number.isFinite(value) ? { [metric]: value } : {};
}

/** The F1 column of one row of the questions table, as a named measurement (absent without the row). */
function f1Of(table: EvalTable | undefined, label: string, metric: string): Record<string, number> {
  const row = table?.rows.find((r) => r[0] === label);
  const f1 = row ? Number(row[table!.columns.indexOf('F1')]) : NaN;
  return Number.isFinite(f1) ? { [metric]: f1 } : {};
}

function read(path: string): string {
  return decodeLatin1(readFileSync(path));
}

function loadChannels(corpusDir: string, corpus: 'AMI' | 'ICSI', id: string): Channel[] {
  const channels: Channel[] = [];
  for (const letter of ['A', 'B', 'C', 'D', 'E']) {
    if (corpus === 'AMI') {
      const words = join(corpusDir, 'meetings/ami_nxt/words', `${id}.${letter}.words.xml`);
      if (!existsSync(words)) continue;
      const actsPath = join(corpusDir, 'meetings/ami_nxt/dialogueActs', `${id}.${letter}.dialog-act.xml`);
      channels.push({
        letter,
        label: letter,
        tokens: parseNxtWords(read(words)),
        acts: existsSync(actsPath) ? parseAmiDialogueActs(read(actsPath)) : [],
      });
    } else {
      const words = join(corpusDir, 'meetings/icsi_nxt/Words', `${id}.${letter}.words.xml`);
      if (!existsSync(words)) continue;
      const tokens = parseNxtWords(read(words));
      const segsPath = join(corpusDir, 'meetings/icsi_nxt/Segments', `${id}.${letter}.segs.xml`);
      const segments = existsSync(segsPath) ? parseNxtSegments(read(segsPath)) : [];
      fillTimesFromSegments(tokens, segments);
      const actsPath = join(corpusDir, 'meetings/icsi_nxt/DialogueActs', `${id}.${letter}.dialogue-acts.xml`);
      const participant = segments.find((s) => s.participant)?.participant ?? letter;
      channels.push({
        letter,
        label: participant,
        tokens,
        acts: existsSync(actsPath) ? parseIcsiDialogueActs(read(actsPath)) : [],
      });
    }
  }
  return channels;
}

function analyseTimed(id: string, corpus: 'AMI' | 'ICSI', channels: Channel[], timing: boolean): TimedMeeting {
  const cues: RawCue[] = channels
    .flatMap((c) => wordsToCues(c.tokens, c.label))
    .sort((a, b) => a.startMs! - b.startMs!);
  const transcript = normalize({ format: 'plain', cues });
  const prepared = prepare(transcript);
  const { result } = analyzeTurnTaking(prepared);
  const analyseMs = timing ? measure(() => analyzeTurnTaking(prepared), { warmup: 5, runs: 21 }).medianMs : null;
  const speakerIdOf = new Map(transcript.speakers.map((s) => [s.name, s.id]));
  return { id, corpus, channels, transcript, result, speakerIdOf, analyseMs };
}

function speakerOf(m: TimedMeeting, label: string): TurnTakingResult['speakers'][number] | undefined {
  const sid = m.speakerIdOf.get(label);
  return m.result.speakers.find((s) => s.speakerId === sid);
}

function shareTable(meetings: readonly TimedMeeting[]): EvalTable {
  const rows: EvalTable['rows'] = [];
  for (const m of meetings) {
    const ref = m.channels.map((c) => wordSeconds(c.tokens));
    const measured = m.channels.map((c) => wordSeconds(c.tokens, true));
    const refTotal = ref.reduce((a, b) => a + b, 0);
    const measuredTotal = measured.reduce((a, b) => a + b, 0);
    m.channels.forEach((c, i) => {
      const ours = speakerOf(m, c.label);
      const share = ours?.talkShare ?? 0;
      const refShare = ref[i]! / refTotal;
      rows.push([
        m.id,
        c.label,
        round(ref[i]!, 1),
        round((ours?.talkTimeMs ?? 0) / 1000, 1),
        round(refShare, 4),
        round(measured[i]! / measuredTotal, 4),
        round(share - refShare, 4),
      ]);
    });
  }
  return {
    columns: ['meeting', 'speaker', 'word s', 'our talk s', 'ref share', 'ref measured-only', 'our share - ref'],
    rows,
  };
}

function summaryTable(meetings: readonly TimedMeeting[]): EvalTable {
  return {
    columns: [
      'meeting',
      'minutes',
      'words',
      'utterances',
      'floor turns',
      'switches/min',
      'gini',
      'turn entropy',
      'overlaps',
      'backchannel',
      'cooperative',
      'interruption',
      'simultaneous',
      'cut-off interr.',
      'silences >= 5 s',
      'questions (answered)',
    ],
    rows: meetings.map((m) => {
      const r = m.result;
      const cutoffOnly = r.interruptions.events.filter((e) => e.basis === 'cutoff').length;
      return [
        m.id,
        round((r.durationMs ?? 0) / 60_000, 1),
        r.totalWords,
        m.transcript.utterances.length,
        r.floorTurns,
        r.switchesPerMinute,
        r.gini,
        r.turnEntropy,
        r.overlaps?.total ?? null,
        r.overlaps?.backchannel ?? null,
        r.overlaps?.cooperative ?? null,
        r.overlaps?.interruption ?? null,
        r.overlaps?.simultaneousStart ?? null,
        cutoffOnly,
        r.longSilences?.count ?? null,
        `${r.questions.total} (${r.questions.answered})`,
      ];
    }),
  };
}

function matrixTable(m: TimedMeeting): EvalTable {
  const { speakerIds, counts } = m.result.interruptions.matrix;
  const name = (id: string) => m.transcript.speakers.find((s) => s.id === id)?.name ?? id;
  return {
    columns: [`${m.id}: interrupter \\ interrupted`, ...speakerIds.map(name)],
    rows: speakerIds.map((id, i) => [name(id), ...counts[i]!]),
  };
}

function samplesTable(m: TimedMeeting): EvalTable {
  const text = (id: string) => m.transcript.utterances.find((u) => u.id === id)?.text ?? '';
  const name = (id: string) => m.transcript.speakers.find((s) => s.id === id)?.name ?? id;
  const clip = (s: string, n: number) => (s.length > n ? `...${s.slice(-n)}` : s);
  return {
    columns: [
      `${m.id}: sample interruptions`,
      'at',
      'rule',
      'interrupted speaker said (end)',
      'interrupter said (start)',
    ],
    rows: m.result.interruptions.events
      .slice(0, 8)
      .map((e) => [
        `${name(e.speakerId)} -> ${name(e.targetSpeakerId)}`,
        `${((e.startMs ?? 0) / 1000).toFixed(1)} s`,
        e.ruleId,
        clip(text(e.targetUtteranceId), 45),
        e.quote,
      ]),
  };
}

// ---------------------------------------------------------------- timed vs untimed (QMSum)

function wordBag(texts: Iterable<string>): Map<string, number> {
  const bag = new Map<string, number>();
  for (const t of texts) for (const w of tokenize(t)) bag.set(w.lower, (bag.get(w.lower) ?? 0) + 1);
  return bag;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [w, x] of a) {
    na += x * x;
    dot += x * (b.get(w) ?? 0);
  }
  for (const y of b.values()) nb += y * y;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Pairs channel speakers with QMSum speakers by the similarity of what they said (greedy, best first). */
function mapSpeakers(a: Transcript, b: Transcript): Map<string, string> {
  const bagsOf = (t: Transcript) =>
    new Map(
      t.speakers.map((s) => [s.id, wordBag(t.utterances.filter((u) => u.speakerId === s.id).map((u) => u.text))]),
    );
  const ba = bagsOf(a);
  const bb = bagsOf(b);
  const pairs: Array<[string, string, number]> = [];
  for (const [ia, wa] of ba) for (const [ib, wb] of bb) pairs.push([ia, ib, cosine(wa, wb)]);
  pairs.sort((x, y) => y[2] - x[2]);
  const map = new Map<string, string>();
  const used = new Set<string>();
  for (const [ia, ib] of pairs) {
    if (map.has(ia) || used.has(ib)) continue;
    map.set(ia, ib);
    used.add(ib);
  }
  return map;
}

/** The untimed QMSum version, read by the project's own QMSum parser. */
function loadQmsum(path: string): Transcript {
  return normalize(qmsumJson.parse(JSON.parse(readFileSync(path, 'utf8'))));
}

function qmsumComparison(corpusDir: string, meetings: readonly TimedMeeting[], notes: string[]): EvalTable[] {
  const rows: EvalTable['rows'] = [];
  const summary: EvalTable['rows'] = [];
  for (const m of meetings) {
    const path = join(corpusDir, 'meetings/qmsum', `${m.id}.json`);
    if (!existsSync(path)) continue;
    const untimed = loadQmsum(path);
    const u = analyzeTurnTaking(prepare(untimed)).result;
    const map = mapSpeakers(m.transcript, untimed);
    const timedWordsTotal = m.result.totalWords;
    let maxDiff = 0;
    for (const s of m.result.speakers) {
      const qid = map.get(s.speakerId);
      const q = u.speakers.find((x) => x.speakerId === qid);
      const qName = untimed.speakers.find((x) => x.id === qid)?.name ?? '-';
      const timedWordShare = s.words / timedWordsTotal;
      if (q) maxDiff = Math.max(maxDiff, Math.abs(q.talkShare - s.talkShare));
      rows.push([
        m.id,
        s.name,
        qName,
        s.talkShare,
        round(timedWordShare, 4),
        q?.talkShare ?? null,
        q ? round(q.talkShare - s.talkShare, 4) : null,
        `${s.turns} / ${q?.turns ?? '-'}`,
        `${s.questions} / ${q?.questions ?? '-'}`,
        `${s.interruptionsMade} / ${q?.interruptionsMade ?? '-'}`,
      ]);
    }
    summary.push([
      m.id,
      m.result.gini,
      u.gini,
      m.result.turnEntropy,
      u.turnEntropy,
      m.result.switchesPer100Words,
      u.switchesPer100Words,
      m.result.interruptions.count,
      u.interruptions.count,
      round(maxDiff, 4),
    ]);
  }
  if (rows.length === 0) return [];
  notes.push(
    'Timed vs untimed: the same meetings as QMSum JSON (no timings: word basis, text-only interruptions). Speakers were paired by the cosine similarity of their words (AMI channel letters to roles, ICSI participant ids to "Grad A".."Grad D"). Word shares from QMSum track word shares from the word files closely; the gap to time shares is the real cost of having no timings (people speak at different rates).',
    "QMSum merges a speaker's sentences into longer turns and drops most back-channels, so its turn and question counts differ from the word-timed version even for the same speech.",
  );
  return [
    {
      columns: [
        'meeting',
        'timed speaker',
        'QMSum speaker',
        'time share',
        'word share (timed)',
        'word share (QMSum)',
        'QMSum - time',
        'turns t/u',
        'questions t/u',
        'interruptions t/u',
      ],
      rows,
    },
    {
      columns: [
        'meeting',
        'gini time',
        'gini words (QMSum)',
        'entropy timed',
        'entropy QMSum',
        'switches/100w timed',
        'switches/100w QMSum',
        'interruptions timed',
        'interruptions QMSum (text)',
        'max |share diff|',
      ],
      rows: summary,
    },
  ];
}

// ---------------------------------------------------------------- questions vs dialogue acts

interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function confusionRow(label: string, c: Confusion): Array<string | number | null> {
  const p = c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn);
  const f1 = p === null || r === null || p + r === 0 ? null : (2 * p * r) / (p + r);
  return [
    label,
    c.tp + c.fn,
    c.tp + c.fp,
    c.tp,
    p === null ? null : round(p, 3),
    r === null ? null : round(r, 3),
    f1 === null ? null : round(f1, 3),
  ];
}

function actTokens(channel: Channel, act: DialogueAct, position: Map<string, number>): NxtToken[] {
  const out: NxtToken[] = [];
  for (const { from, to } of act.ranges) {
    const a = position.get(from);
    const b = position.get(to);
    if (a !== undefined && b !== undefined) out.push(...channel.tokens.slice(a, b + 1));
  }
  return out;
}

function questionEval(meetings: readonly TimedMeeting[], notes: string[]): EvalTable[] {
  const rows: EvalTable['rows'] = [];
  const examples: EvalTable['rows'] = [];
  for (const corpus of ['AMI', 'ICSI'] as const) {
    const conditions = { punctuated: blank(), unpunctuated: blank(), questionMarkOnly: blank() };
    let typed = 0;
    let typeAgree = 0;
    let missedUnpunctuated = 0;
    let missedShort = 0;
    for (const m of meetings.filter((x) => x.corpus === corpus)) {
      for (const channel of m.channels) {
        const position = new Map(channel.tokens.map((t, i) => [t.id, i]));
        for (const act of channel.acts) {
          const tokens = actTokens(channel, act, position);
          const text = renderTokens(tokens);
          if (text === '' || !tokens.some(isSpokenWord)) continue;
          const gold = corpus === 'AMI' ? AMI_ELICIT_TYPES.has(act.type) : mrdaQuestion(act.type) !== null;
          // Raw speech-to-text style: lower case, no punctuation marks (apostrophes and hyphens stay inside words).
          const plain = text
            .toLowerCase()
            .replace(/[.,?!;:"]/g, ' ')
            .replace(/\s+/g, ' ')
            .trim();
          const punctuated = detectQuestion(text, tokenize(text));
          count(conditions.punctuated, gold, punctuated.isQuestion);
          const plainTokens = tokenize(plain);
          const unpunctuated = detectQuestion(plain, plainTokens).isQuestion;
          count(conditions.unpunctuated, gold, unpunctuated);
          if (gold && !unpunctuated) {
            missedUnpunctuated++;
            if (plainTokens.length <= 2) missedShort++;
          }
          count(conditions.questionMarkOnly, gold, text.includes('?'));
          const goldType = corpus === 'ICSI' ? mrdaQuestion(act.type) : null;
          if (punctuated.isQuestion && (goldType === 'open' || goldType === 'closed')) {
            typed++;
            if (punctuated.type === goldType) typeAgree++;
          }
          if (
            corpus === 'AMI' &&
            gold !== punctuated.isQuestion &&
            examples.length < 12 &&
            examples.filter((e) => e[1] === (gold ? 'missed' : 'extra')).length < 6
          ) {
            examples.push([
              `${m.id}.${channel.letter}`,
              gold ? 'missed' : 'extra',
              text.length > 90 ? `${text.slice(0, 90)}...` : text,
              punctuated.ruleId,
            ]);
          }
        }
      }
    }
    const gold = corpus === 'AMI' ? 'elicit acts' : 'MRDA q*';
    rows.push(confusionRow(`${corpus} (${gold}): detectQuestion, punctuated`, conditions.punctuated));
    rows.push(confusionRow(`${corpus} (${gold}): detectQuestion, punctuation stripped`, conditions.unpunctuated));
    rows.push(confusionRow(`${corpus} (${gold}): baseline "contains ?"`, conditions.questionMarkOnly));
    notes.push(
      `${corpus}: of ${missedUnpunctuated} gold questions missed without punctuation, ${missedShort} are one- or two-word acts ("right?", "yeah?", "really?", "Robert?") that only intonation marks as questions; the rest are mostly declarative questions ("so the middle layer is also binary?") or requests phrased as statements.`,
    );
    if (corpus === 'ICSI' && typed > 0)
      notes.push(
        `Question type (open/closed) agrees with MRDA (qw/qo = open, qy/qr/qrr = closed) on ${typeAgree} of ${typed} detected questions (${((typeAgree / typed) * 100).toFixed(1)}%).`,
      );
  }
  notes.push(
    'Questions vs dialogue acts: each human-segmented act is one unit. AMI gold = the four "elicit" acts (el.inf, el.sug, el.ass, el.und): they include requests put as statements ("tell me about ...") and exclude questions asked for other purposes, so precision and recall there measure "asks for a response", not grammar. ICSI gold = MRDA question tags (qy, qw, qr, qrr, qo, qh), closer to what we detect. "Punctuation stripped" lowercases and drops every mark, as raw speech-to-text output.',
  );
  return [
    { columns: ['questions vs dialogue acts', 'gold', 'predicted', 'TP', 'precision', 'recall', 'F1'], rows },
    { columns: ['AMI act', 'error', 'text (punctuated)', 'our rule'], rows: examples },
  ];
}

// ---------------------------------------------------------------- per-speaker question counts (unpunctuated AMI)

/** Raw speech-to-text style: lower case, no punctuation marks (apostrophes and hyphens stay inside words). */
function stripPunctuation(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.,?!;:"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * How many questions each AMI speaker asked, ours against the dialogue acts, on punctuation-stripped text.
 * truth = the speaker's elicit acts (el.inf, el.sug, el.ass, el.und); ours = the speaker's acts in which
 * detectQuestion finds a question once every mark is stripped. Error = mean over speakers with truth >= 1 of
 * |ours - truth| / truth (also the pooled sum |ours - truth| / sum truth).
 */
function questionCountEval(
  meetings: readonly TimedMeeting[],
  notes: string[],
): { table: EvalTable; measurements: Record<string, number> } {
  const rows: EvalTable['rows'] = [];
  const errors: number[] = [];
  let absSum = 0;
  let truthSum = 0;
  for (const m of meetings.filter((x) => x.corpus === 'AMI')) {
    for (const channel of m.channels) {
      const position = new Map(channel.tokens.map((t, i) => [t.id, i]));
      let truth = 0;
      let ours = 0;
      for (const act of channel.acts) {
        const tokens = actTokens(channel, act, position);
        const text = renderTokens(tokens);
        if (text === '' || !tokens.some(isSpokenWord)) continue;
        if (AMI_ELICIT_TYPES.has(act.type)) truth++;
        const plain = stripPunctuation(text);
        if (detectQuestion(plain, tokenize(plain)).isQuestion) ours++;
      }
      const error = truth > 0 ? Math.abs(ours - truth) / truth : null;
      if (error !== null) errors.push(error);
      absSum += Math.abs(ours - truth);
      truthSum += truth;
      rows.push([`${m.id}.${channel.letter}`, truth, ours, error === null ? null : round(error, 3)]);
    }
  }
  if (errors.length === 0)
    return { table: { columns: ['AMI speaker', 'questions (acts)', 'ours', '|error|'], rows }, measurements: {} };
  const mean = errors.reduce((a, b) => a + b, 0) / errors.length;
  const pooled = absSum / truthSum;
  rows.push(['mean over speakers with truth >= 1', null, null, round(mean, 3)]);
  rows.push(['pooled: sum |ours - truth| / sum truth', truthSum, null, round(pooled, 3)]);
  notes.push(
    `Per-speaker question counts on AMI with punctuation stripped: truth = the speaker's elicit dialogue acts, ours = the speaker's acts in which detectQuestion finds a question; error = mean over the ${errors.length} speakers with truth >= 1 of |ours - truth| / truth = ${mean.toFixed(3)} (target <= ${targetLimit('turnTaking.questions.ami.perSpeakerCountError')}); pooled ${pooled.toFixed(3)}. Counts use the human act segmentation, so this measures detection, not our utterance splitting. Over- and under-detection partly cancel in a count (act-level precision/recall are in the table above); most extra acts are real questions the elicit tags leave out ("are we done", "would you prefer an LCD screen"), most misses are declarative questions or fragments ("f eight right", "bit more").`,
  );
  return {
    table: { columns: ['AMI speaker', 'questions (acts)', 'ours (unpunctuated)', '|error|'], rows },
    measurements: { 'turnTaking.questions.ami.perSpeakerCountError': mean },
  };
}

function blank(): Confusion {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

function count(c: Confusion, gold: boolean, predicted: boolean): void {
  if (gold && predicted) c.tp++;
  else if (predicted) c.fp++;
  else if (gold) c.fn++;
  else c.tn++;
}

// ---------------------------------------------------------------- interruptions vs MRDA disruption marks

function icsiInterruptionEval(meetings: readonly TimedMeeting[], notes: string[]): EvalTable[] {
  const rows: EvalTable['rows'] = [];
  for (const m of meetings.filter((x) => x.corpus === 'ICSI')) {
    const acts = m.channels.flatMap((c) => c.acts.map((a) => ({ ...a, label: c.label })));
    const disrupted = (a: DialogueAct, mark: string) => mrdaParts(a.type).some((p) => p.disruption === mark);
    const interrupted = acts.filter((a) => disrupted(a, '%-') && a.endSec !== null);
    const abandoned = acts.filter((a) => disrupted(a, '%--') && a.endSec !== null);
    const onset = (a: DialogueAct & { label: string }) => nextOtherOnset(acts, a);
    const median = (xs: number[]) => (xs.length === 0 ? null : [...xs].sort((a, b) => a - b)[xs.length >> 1]!);
    const interruptedOnsets = interrupted.map(onset).filter((x) => x !== null);
    const abandonedOnsets = abandoned.map(onset).filter((x) => x !== null);
    notes.push(
      `ICSI MRDA disruption marks in ${m.id}: ${interrupted.length} acts end in "%-" and ${abandoned.length} in "%--". Another speaker's act starts a median ${fmt(median(interruptedOnsets))} s after a "%-" act ends vs ${fmt(median(abandonedOnsets))} s after "%--", so "%-" is read as interrupted and "%--" as abandoned (a reading inferred from these timings).`,
    );

    const utterance = new Map(m.transcript.utterances.map((u) => [u.id, u]));
    const nameOf = new Map(m.transcript.speakers.map((s) => [s.id, s.name]));
    const predicted = (events: Array<{ targetUtteranceId: string; targetSpeakerId: string }>) =>
      events.map((e) => ({
        label: nameOf.get(e.targetSpeakerId) ?? '',
        endSec: (utterance.get(e.targetUtteranceId)?.endMs ?? 0) / 1000,
      }));
    const ours = predicted(m.result.interruptions.events);
    const overlapOnly = predicted(m.result.interruptions.events.filter((e) => e.basis === 'overlap'));
    const anyOverlap = predicted((m.result.overlaps?.events ?? []).filter((e) => e.type !== 'backchannel'));
    for (const [label, preds] of [
      ['our interruptions (overlap + cut-off)', ours],
      ['our interruptions, overlap only', overlapOnly],
      ['baseline: every non-back-channel overlap', anyOverlap],
    ] as const) {
      const hitGold = matchCount(interrupted, preds);
      const hitAbandoned = matchCount(abandoned, preds);
      const matchedPreds = preds.filter((p) =>
        interrupted.some((g) => g.label === p.label && Math.abs(g.endSec! - p.endSec) <= MATCH_WINDOW_SEC),
      ).length;
      rows.push([
        `${m.id}: ${label}`,
        interrupted.length,
        preds.length,
        matchedPreds,
        preds.length ? round(matchedPreds / preds.length, 3) : null,
        interrupted.length ? round(hitGold / interrupted.length, 3) : null,
        hitAbandoned,
      ]);
    }
  }
  if (rows.length === 0) return [];
  notes.push(
    `Interruptions vs MRDA: a predicted interruption matches a gold "%-" act when the interrupted speaker is the same and their utterance ends within ${MATCH_WINDOW_SEC} s of the act's end. MRDA marks an act interrupted whether or not speech overlapped, and our utterances (sentence/pause groups) are not the annotators' act segments, so this is a rough agreement measure, not an exact one.`,
  );
  return [
    {
      columns: [
        'interruptions vs MRDA "%-"',
        'gold',
        'predicted',
        'predictions matching gold',
        'precision',
        'recall',
        'matches "%--" (abandoned)',
      ],
      rows,
    },
  ];
}

function nextOtherOnset(
  acts: ReadonlyArray<DialogueAct & { label: string }>,
  act: DialogueAct & { label: string },
): number | null {
  let best: number | null = null;
  for (const other of acts) {
    if (other.label === act.label || other.startSec === null || act.startSec === null || act.endSec === null) continue;
    if (other.startSec <= act.startSec || other.startSec > act.endSec + 3) continue;
    const offset = other.startSec - act.endSec;
    if (best === null || offset < best) best = offset;
  }
  return best;
}

function matchCount(
  gold: ReadonlyArray<DialogueAct & { label: string }>,
  preds: ReadonlyArray<{ label: string; endSec: number }>,
): number {
  return gold.filter((g) =>
    preds.some((p) => p.label === g.label && Math.abs(g.endSec! - p.endSec) <= MATCH_WINDOW_SEC),
  ).length;
}

function fmt(x: number | null): string {
  return x === null ? '-' : x.toFixed(2);
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

// ---------------------------------------------------------------- text-only vs timed interruptions

/**
 * The text-only interruption rule run on the same meeting with its timings stripped, against the timed
 * detection on the timed version (same utterances, so events pair by utterance id). Truth = a timed
 * interruption (either basis) at the same utterance; "overlap-confirmed" counts only timed overlaps.
 */
function textVsTimedInterruptions(
  meetings: readonly TimedMeeting[],
  notes: string[],
): { table: EvalTable; precision: number } {
  const rows: EvalTable['rows'] = [];
  let textTotal = 0;
  let hitsTotal = 0;
  let timedTotal = 0;
  for (const m of meetings) {
    const untimed: Transcript = {
      ...m.transcript,
      hasTimings: false,
      utterances: m.transcript.utterances.map((u) => ({ ...u, startMs: null, endMs: null })),
    };
    const text = analyzeTurnTaking(prepare(untimed)).result.interruptions.events;
    const timed = m.result.interruptions.events;
    const timedAt = new Map(timed.map((e) => [e.utteranceId, e]));
    const hits = text.filter((e) => timedAt.get(e.utteranceId)?.targetSpeakerId === e.targetSpeakerId).length;
    const overlapHits = text.filter((e) => timedAt.get(e.utteranceId)?.basis === 'overlap').length;
    textTotal += text.length;
    hitsTotal += hits;
    timedTotal += timed.length;
    rows.push([
      m.id,
      timed.length,
      text.length,
      hits,
      overlapHits,
      text.length === 0 ? null : round(hits / text.length, 3),
      timed.length === 0 ? null : round(hits / timed.length, 3),
    ]);
  }
  const precision = textTotal === 0 ? 0 : round(hitsTotal / textTotal, 3);
  rows.push(['all', timedTotal, textTotal, hitsTotal, null, precision, round(hitsTotal / Math.max(1, timedTotal), 3)]);
  notes.push(
    `Text-only interruptions vs the timed truth of the same meetings (timings stripped, same utterances): precision ${precision} (the issue asks >= 0.8). ${precision >= 0.8 ? 'Met.' : 'Below 0.8, so text-only interruptions stay confidence low: reported as "possible interruptions" and coached on by nobody.'}`,
  );
  return {
    table: {
      columns: [
        'text-only vs timed interruptions',
        'timed',
        'text-only',
        'text-only also timed',
        'of which timed overlap',
        'precision',
        'recall',
      ],
      rows,
    },
    precision,
  };
}
