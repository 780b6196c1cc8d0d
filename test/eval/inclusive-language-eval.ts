/**
 * Non-inclusive language evaluation:
 * 1. recall on retext-equality's own examples: every `inconsiderate` phrase of data-en/*.yml, put in
 *    a neutral sentence ("I think that <phrase> is here."), is it flagged? Misses are split into
 *    deliberate ones (DELIBERATELY_NOT_FLAGGED, with reasons), context-only entries, and accidents;
 * 2. flag rate per 10k words on real meetings (QMSum, ELITR), ours beside alex on the same text,
 *    with an evenly spread sample of 15 flags of each for a human to judge.
 * Honest by construction: every number is printed, including the ones that look bad.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DELIBERATELY_NOT_FLAGGED, INCLUSIVE_LANGUAGE_RULES } from '../../analyzers/inclusive-language/data/patterns';
import { findNonInclusiveLanguage } from '../../analyzers/inclusive-language/index';
import { prepare, type PreparedTranscript } from '../../analyzers/nlp/prepare';
import { tokenize } from '../../analyzers/nlp/tokenize';
import type { Finding } from '../../src/model/finding';
import { ingest } from '../../src/parse/index';
import { makeTranscript } from '../helpers/make-transcript';
import { alexFlags, type AlexFlag } from './alex-baseline';
import { parseRetextPatterns } from './read-retext-patterns';
import type { EvalSection, EvalTable } from './report';

const TITLE = 'Inclusive language: retext-equality recall and flag rates on real meetings (vs alex)';
/** The brief's budget for this analyser alone (printed for reference; budgets are enforced by npm run bench). */
const BUDGET_MS_PER_20K_WORDS = 8;
const SAMPLE_SIZE = 15;
const CONTEXT_CHARS = 50;
const PREFIX = 'I think that ';

/**
 * @example
 * const section = await runInclusiveLanguageEval('../shared/corpus');
 * console.log(formatSection(section));
 */
export async function runInclusiveLanguageEval(corpusDir: string): Promise<EvalSection> {
  const retextDir = join(corpusDir, 'inclusive', 'retext-equality', 'data-en');
  const meetings = meetingFiles(corpusDir);
  if (!existsSync(retextDir) && meetings.length === 0) {
    return {
      title: TITLE,
      tables: [],
      notes: [`skipped: corpus absent (needs ${retextDir} and ${corpusDir}/meetings/{qmsum,elitr})`],
    };
  }
  const tables: EvalTable[] = [];
  const notes: string[] = [];
  const measurements: Record<string, number> = {};
  if (existsSync(retextDir)) {
    const recall = retextRecall(retextDir);
    tables.push(recall.byFile, recall.byGroup);
    notes.push(...recall.notes);
    Object.assign(measurements, recall.measurements);
  } else {
    notes.push(`part 1 skipped: ${retextDir} is absent`);
  }
  if (meetings.length > 0) {
    const rates = meetingFlagRates(meetings);
    tables.push(...rates.tables);
    notes.push(...rates.notes);
    Object.assign(measurements, rates.measurements);
  } else {
    notes.push(`part 2 skipped: no meetings under ${corpusDir}/meetings`);
  }
  return { title: TITLE, tables, notes, measurements };
}

// ─── 1. recall on retext-equality's examples ──────────────────────────────────────────────────

/**
 * What happened to one retext phrase.
 *
 * @example
 * const outcome: RetextOutcome = { kind: 'deliberate', group: 'pronouns' };
 */
export type RetextOutcome =
  | { kind: 'flagged' }
  | { kind: 'context-only'; ruleId: string }
  | { kind: 'deliberate'; group: string }
  | { kind: 'accidental' };

/**
 * One retext phrase and its outcome.
 *
 * @example
 * { category: 'race', phrase: 'blacklist', outcome: { kind: 'flagged' }, inconsistent: false }
 */
export interface RetextPhraseResult {
  /** The pattern file's name without `.yml` (ablist, gender, race, ...). */
  category: string;
  phrase: string;
  outcome: RetextOutcome;
  /** Flagged although a deliberate group lists it (a contradiction in our data). */
  inconsistent: boolean;
}

/**
 * Every `inconsiderate` phrase of retext-equality's data-en/*.yml, tried in a neutral sentence and
 * classified: flagged, flagged only in context, deliberately not flagged, or missed by accident.
 *
 * @example
 * classifyRetextPhrases('../shared/corpus/inclusive/retext-equality/data-en')
 *   .filter((r) => r.outcome.kind === 'accidental') // => [] when every miss is a documented choice
 */
export function classifyRetextPhrases(dir: string): RetextPhraseResult[] {
  const key = (phrase: string) =>
    tokenize(phrase.replace(/\*/g, 'things'))
      .map((t) => t.lower)
      .join(' ');
  const contextOnly = new Map(
    INCLUSIVE_LANGUAGE_RULES.filter((r) => r.onlyWhen).flatMap((r) => r.phrases.map((p) => [key(p), r.id] as const)),
  );
  const deliberate = new Map(DELIBERATELY_NOT_FLAGGED.flatMap((g) => g.phrases.map((p) => [key(p), g.id] as const)));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .flatMap((file) => {
      const category = basename(file, '.yml');
      return parseRetextPatterns(readFileSync(join(dir, file), 'utf8'))
        .flatMap((p) => p.inconsiderate)
        .map((phrase) => {
          const flagged = isFlagged(phrase);
          return {
            category,
            phrase,
            outcome: classify(phrase, flagged, contextOnly, deliberate, key),
            inconsistent: flagged && deliberate.has(key(phrase)),
          };
        });
    });
}

function retextRecall(dir: string): {
  byFile: EvalTable;
  byGroup: EvalTable;
  notes: string[];
  measurements: Record<string, number>;
} {
  const results = classifyRetextPhrases(dir);
  const rows: Array<Array<string | number | null>> = [];
  const totals = { phrases: 0, flagged: 0, context: 0, deliberate: 0, accidental: 0 };
  const groupCounts = new Map<string, string[]>();
  const accidents: string[] = [];
  const contextMisses: string[] = [];
  const inconsistent: string[] = [];
  for (const category of [...new Set(results.map((r) => r.category))]) {
    const phrases = results.filter((r) => r.category === category);
    const count = { flagged: 0, context: 0, deliberate: 0, accidental: 0 };
    for (const { phrase, outcome, inconsistent: contradicts } of phrases) {
      if (contradicts) inconsistent.push(`${category}: "${phrase}"`);
      if (outcome.kind === 'flagged') {
        count.flagged += 1;
      } else if (outcome.kind === 'context-only') {
        count.context += 1;
        contextMisses.push(`"${phrase}" (${outcome.ruleId})`);
      } else if (outcome.kind === 'deliberate') {
        count.deliberate += 1;
        groupCounts.set(outcome.group, [...(groupCounts.get(outcome.group) ?? []), phrase]);
      } else {
        count.accidental += 1;
        accidents.push(`${category}: "${phrase}"`);
      }
    }
    rows.push([
      category,
      phrases.length,
      count.flagged,
      ratio(count.flagged, phrases.length),
      count.context,
      count.deliberate,
      count.accidental,
      ratio(count.flagged, count.flagged + count.accidental),
    ]);
    totals.phrases += phrases.length;
    totals.flagged += count.flagged;
    totals.context += count.context;
    totals.deliberate += count.deliberate;
    totals.accidental += count.accidental;
  }
  rows.push([
    'all',
    totals.phrases,
    totals.flagged,
    ratio(totals.flagged, totals.phrases),
    totals.context,
    totals.deliberate,
    totals.accidental,
    ratio(totals.flagged, totals.flagged + totals.accidental),
  ]);

  const byGroup: EvalTable = {
    columns: ['deliberately not flagged (group)', 'retext phrases', 'examples', 'why (first sentence)'],
    rows: DELIBERATELY_NOT_FLAGGED.filter((g) => groupCounts.has(g.id)).map((g) => {
      const phrases = groupCounts.get(g.id) ?? [];
      return [g.id, phrases.length, phrases.slice(0, 4).join(', '), firstSentence(g.reason)];
    }),
  };
  const notes = [
    `Part 1: each retext-equality 7.1.0 "inconsiderate" phrase (${totals.phrases}, category = file name) in the sentence "${PREFIX}<phrase> is here."; flagged when one of our findings overlaps the phrase. "recall" counts every phrase; "recall on targeted" leaves out what we skip on purpose (only-in-context entries and the deliberate groups).`,
    `Overall recall ${pct(totals.flagged, totals.phrases)}: most of the gap is deliberate (pronouns, family words, feminine job titles, literal medical terms; see the groups table and analyzers/docs/inclusive-language.md).`,
    `Flagged only in context (${contextMisses.length}; the neutral sentence lacks the context by design): ${contextMisses.join(', ') || 'none'}.`,
    `Missed by accident (${accidents.length}): ${accidents.join('; ') || 'none'}.`,
  ];
  if (inconsistent.length > 0)
    notes.push(`INCONSISTENT: listed as deliberately not flagged but flagged: ${inconsistent.join('; ')}.`);
  return {
    byFile: {
      columns: [
        'retext file',
        'phrases',
        'flagged',
        'recall',
        'only in context',
        'deliberately not',
        'missed by accident',
        'recall on targeted',
      ],
      rows,
    },
    byGroup,
    notes,
    measurements: {
      'inclusiveLanguage.retext.accidentalMisses': totals.accidental,
      'inclusiveLanguage.retext.recall': totals.flagged / totals.phrases,
      // Issue 11's ">= 0.95": recall on the phrases we target (the same ratio as the table's "recall on targeted").
      'inclusiveLanguage.retext.recallOnTargeted':
        totals.flagged + totals.accidental === 0 ? 1 : totals.flagged / (totals.flagged + totals.accidental),
    },
  };
}

function isFlagged(phrase: string): boolean {
  const written = phrase.replace(/\*/g, 'things');
  const sentence = `${PREFIX}${written} is here.`;
  const start = PREFIX.length;
  const end = start + written.length;
  return findNonInclusiveLanguage(prepare(makeTranscript([['A', sentence]])), { keepOneOffs: true }).some((f) => {
    const at = sentence.indexOf(f.quote);
    return at >= 0 && at < end && at + f.quote.length > start;
  });
}

function classify(
  phrase: string,
  flagged: boolean,
  contextOnly: Map<string, string>,
  deliberate: Map<string, string>,
  key: (p: string) => string,
): RetextOutcome {
  if (flagged) return { kind: 'flagged' };
  const k = key(phrase);
  const rule = contextOnly.get(k);
  if (rule !== undefined) return { kind: 'context-only', ruleId: rule };
  const group = deliberate.get(k);
  if (group !== undefined) return { kind: 'deliberate', group };
  return { kind: 'accidental' };
}

// ─── 2. flag rates on real meetings, ours and alex ───────────────────────────────────────────

interface Meeting {
  name: string;
  prepared: PreparedTranscript;
  words: number;
  /** The utterances joined by blank lines: the text alex reads; ours are mapped onto it. */
  document: string;
  ours: Array<{ finding: Finding; start: number; end: number }>;
  alex: AlexFlag[];
}

function meetingFiles(corpusDir: string): string[] {
  const qmsum = join(corpusDir, 'meetings', 'qmsum');
  const elitr = join(corpusDir, 'meetings', 'elitr');
  const list = (dir: string, keep: (f: string) => boolean) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter(keep)
          .sort()
          .map((f) => join(dir, f))
      : [];
  return [
    ...list(qmsum, (f) => f.endsWith('.json')),
    ...list(elitr, (f) => f.includes('__transcript_') && f.endsWith('.txt')),
  ];
}

function meetingFlagRates(files: string[]): {
  tables: EvalTable[];
  notes: string[];
  measurements: Record<string, number>;
} {
  const meetings: Meeting[] = [];
  let alexMs = 0;
  for (const file of files) {
    const transcript = ingest(readFileSync(file), { fileName: basename(file) });
    const prepared = prepare(transcript);
    const { document, offsets } = joinUtterances(prepared);
    const started = performance.now();
    const alex = alexFlags(document);
    alexMs += performance.now() - started;
    const ours = locateAll(findNonInclusiveLanguage(prepared), prepared, offsets);
    meetings.push({ name: shortName(file), prepared, words: transcript.wordCount, document, ours, alex });
  }
  const words = meetings.reduce((sum, m) => sum + m.words, 0);
  const ourMs = medianMs(() => meetings.forEach((m) => findNonInclusiveLanguage(m.prepared)), 7);
  const msPer20k = (ourMs / words) * 20_000;

  const rows: Array<Array<string | number | null>> = [];
  const total = { words: 0, ours: 0, equality: 0, all: 0, both: 0 };
  for (const m of meetings) {
    const equality = m.alex.filter((a) => a.source === 'retext-equality');
    const both = m.ours.filter((o) =>
      equality.some((a) => a.start !== null && a.end !== null && o.start < a.end && o.end > a.start),
    ).length;
    rows.push([
      m.name,
      m.words,
      m.ours.length,
      per10k(m.ours.length, m.words),
      equality.length,
      per10k(equality.length, m.words),
      m.alex.length,
      per10k(m.alex.length, m.words),
      both,
    ]);
    total.words += m.words;
    total.ours += m.ours.length;
    total.equality += equality.length;
    total.all += m.alex.length;
    total.both += both;
  }
  rows.push([
    'all',
    total.words,
    total.ours,
    per10k(total.ours, total.words),
    total.equality,
    per10k(total.equality, total.words),
    total.all,
    per10k(total.all, total.words),
    total.both,
  ]);

  const ourRules = countBy(
    meetings.flatMap((m) => m.ours.map((o) => o.finding.ruleId.replace('inclusive-language/', ''))),
  );
  const alexRules = countBy(
    meetings.flatMap((m) =>
      m.alex.filter((a) => a.source === 'retext-equality').map((a) => `${a.ruleId} (${a.actual.toLowerCase()})`),
    ),
  );
  const top = Math.max(Math.min(12, Math.max(ourRules.length, alexRules.length)), 1);
  const topRows = Array.from({ length: top }, (_, i) => [
    i + 1,
    ourRules[i]?.[0] ?? null,
    ourRules[i]?.[1] ?? null,
    alexRules[i]?.[0] ?? null,
    alexRules[i]?.[1] ?? null,
  ]);

  const ourSample = spread(
    meetings.flatMap((m) => m.ours.map((o) => ({ m, o }))),
    SAMPLE_SIZE,
  ).map(({ m, o }) => [
    m.name,
    o.finding.ruleId.replace('inclusive-language/', ''),
    o.finding.severity,
    o.finding.quote,
    context(m.document, o.start, o.end),
  ]);
  const alexSample = spread(
    meetings.flatMap((m) => m.alex.filter((a) => a.source === 'retext-equality').map((a) => ({ m, a }))),
    SAMPLE_SIZE,
  ).map(({ m, a }) => [
    m.name,
    a.ruleId,
    a.actual,
    a.start === null || a.end === null ? null : context(m.document, a.start, a.end),
  ]);

  return {
    measurements: {
      'inclusiveLanguage.meetings.flagsPer10k': per10k(total.ours, total.words),
      'inclusiveLanguage.meetings.alsoFlaggedByAlex': total.ours === 0 ? 1 : total.both / total.ours,
    },
    tables: [
      {
        columns: [
          'meeting',
          'words',
          'ours',
          'ours/10k',
          'alex equality',
          'alex eq/10k',
          'alex all',
          'alex all/10k',
          'ours alex too',
        ],
        rows,
      },
      { columns: ['rank', 'our rule', 'n', 'alex rule (word)', 'n'], rows: topRows },
      {
        columns: [`our sample (${ourSample.length}, evenly spread)`, 'rule', 'severity', 'quote', 'context'],
        rows: ourSample,
      },
      {
        columns: [`alex sample (${alexSample.length}, equality only)`, 'rule', 'flagged', 'context'],
        rows: alexSample,
      },
    ],
    notes: [
      `Part 2: ${meetings.length} real meetings (${files.filter((f) => f.endsWith('.json')).length} QMSum JSON, ${files.filter((f) => f.endsWith('.txt')).length} ELITR text), ${words} words, read with our own ingest(); alex 11 gets the same utterances joined by blank lines. "alex equality" counts retext-equality messages; "alex all" adds retext-profanities. "ours alex too" = our flags whose words alex (equality) also flags.`,
      `Ours: ${per10k(total.ours, total.words).toFixed(1)} flags per 10k words; alex (equality): ${per10k(total.equality, total.words).toFixed(1)}. A flag rate is not accuracy: read the two samples (context shows ${CONTEXT_CHARS} characters either side, the flagged words in «»).`,
      `Speed on the same text: ours ${ourMs.toFixed(1)} ms for ${words} words (median of 7) = ${msPer20k.toFixed(2)} ms per 20k words (budget ${BUDGET_MS_PER_20K_WORDS} ms; tokenising is shared and not counted); alex ${Math.round(alexMs)} ms = ${Math.round((alexMs / words) * 20_000)} ms per 20k words.`,
    ],
  };
}

function joinUtterances(p: PreparedTranscript): { document: string; offsets: Map<string, number> } {
  const offsets = new Map<string, number>();
  let document = '';
  for (const u of p.transcript.utterances) {
    if (document !== '') document += '\n\n';
    offsets.set(u.id, document.length);
    document += u.text;
  }
  return { document, offsets };
}

/**
 * Where each finding sits in the joined document. Findings come in text order within an
 * utterance, so searching for the quote from the end of the previous one finds its exact place.
 */
function locateAll(
  findings: Finding[],
  p: PreparedTranscript,
  offsets: Map<string, number>,
): Array<{ finding: Finding; start: number; end: number }> {
  const cursor = new Map<string, number>();
  return findings.map((finding) => {
    const id = finding.utteranceId ?? '';
    const text = p.transcript.utterances[p.utteranceIndex.get(id) ?? -1]?.text ?? '';
    const at = Math.max(text.indexOf(finding.quote, cursor.get(id) ?? 0), 0);
    cursor.set(id, at + finding.quote.length);
    const start = (offsets.get(id) ?? 0) + at;
    return { finding, start, end: start + finding.quote.length };
  });
}

function context(document: string, start: number, end: number): string {
  const before = document.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const after = document.slice(end, end + CONTEXT_CHARS);
  return `${before}«${document.slice(start, end)}»${after}`.replace(/\s+/g, ' ').trim();
}

/** `n` items evenly spread over the list (deterministic, so the sample is reproducible). */
function spread<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);
}

function countBy(values: string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function medianMs(work: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

function shortName(file: string): string {
  const name = basename(file).replace(/\.(json|txt)$/, '');
  const elitr = /^elit_(\d{4}-\d{2}-\d{2})/.exec(name);
  return elitr ? `elitr ${elitr[1]}` : name;
}

function per10k(count: number, words: number): number {
  return words === 0 ? 0 : (count / words) * 10_000;
}

function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

function pct(a: number, b: number): string {
  return b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`;
}

function firstSentence(text: string): string {
  const sentence = /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  return sentence.length > 110 ? `${sentence.slice(0, 107)}...` : sentence;
}
