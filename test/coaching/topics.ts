/**
 * What a coaching item (an action, a strength, a summary line) is about, independent of its exact
 * wording: a topic holds when the item's text says so in words any phrasing of the advice would use,
 * or it cites a metric of the topic; when neither names a topic, the kinds of the findings it cites do.
 * This is the only wording-dependent part of the suite; when the commentary is reworded, extend the
 * patterns here, never the expectations.
 * A topic is a set membership: an item may be about several topics.
 */
import type { CommentaryItem } from '../../src/model/commentary';
import type { Finding, FindingKind } from '../../src/model/finding';
import type { Topic } from './vocabulary';

/** One case-insensitive pattern from alternatives (kept one per argument for reading). */
function anyOf(...alternatives: string[]): RegExp {
  return new RegExp(alternatives.join('|'), 'i');
}

interface TopicRule {
  topic: Topic;
  /** Words any phrasing of this advice would contain. */
  text?: RegExp;
  /** Metric paths (as cited by the item) that mean this topic. */
  metrics?: RegExp;
  /** Finding kinds that mean this topic when the item cites their utterance. */
  kinds?: readonly FindingKind[];
}

const TOPIC_RULES: readonly TopicRule[] = [
  {
    topic: 'interruptions',
    text: anyOf(
      'interrupt',
      'let (others|people|them|the speaker|.{1,20}) finish',
      'before coming in',
      'cut (in|off|across)',
      'talk(ed|ing)? over',
      'jump(ed|ing)? in',
    ),
    kinds: ['interruption'],
  },
  {
    topic: 'speak-up',
    text: anyOf(
      'heard less',
      'speak(ing)? up',
      'sharing it early',
      'share (it|your views?)',
      'contribute more',
      'your voice',
    ),
    kinds: ['quiet-voice'],
  },
  {
    topic: 'talk-less',
    text: /large share|dominat|talk(ed)? less|pause after your points|make room|leave (more )?room|more room for/i,
    kinds: ['dominant-voice'],
  },
  { topic: 'balance', text: /balance of (the )?talk|who has not spoken/i },
  {
    topic: 'monologue',
    text: /long explanations|shorter parts|held the floor|monologue|without handing over|shorten/i,
    kinds: ['long-monologue'],
  },
  { topic: 'open-questions', text: /open question/i, metrics: /\.openQuestions$/ },
  {
    topic: 'follow-up',
    text: /follow-up question/i,
    metrics: /\.followUpQuestions(\.|$)/,
    kinds: ['follow-up-question'],
  },
  {
    topic: 'paraphrase',
    text: /restat|check(ing)? (your )?understanding|what you are saying|paraphras/i,
    metrics: /\.paraphrases(\.|$)/,
    kinds: ['paraphrase'],
  },
  {
    topic: 'tone',
    text: /landed|constructive|tense|tone|acknowledging the other view|negative|harsh|hostile|respectful/i,
    kinds: ['negative-moment', 'tension'],
  },
  { topic: 'wording', text: /wording|other word|language/i, kinds: ['non-inclusive-language'] },
  { topic: 'credit', text: /credit|name them|acknowledged others|thank/i, kinds: ['uncredited-restatement', 'credit'] },
  { topic: 'self-deprecation', text: /disclaimer|discount|self-deprecat/i, kinds: ['self-deprecation'] },
  {
    topic: 'invitation',
    text: /brought others in|bring(ing)? (others|people|them) in|invit|asking (someone directly|the group)/i,
    kinds: ['invitation'],
  },
  { topic: 'building-on', text: /buil(t|d|ding) (explicitly )?on/i, kinds: ['building-on'] },
  { topic: 'positive', text: /positive/i, kinds: ['positive-moment'] },
  { topic: 'answering', text: /answered questions|answering/i },
];

/**
 * The topics of one coaching item of `speakerId` (findings are matched on the utterances it cites).
 *
 * @example
 * const item = { text: 'Let others finish before coming in.', utteranceIds: [], metrics: [], quotes: [] };
 * itemTopics(item, 's1', [])
 * // => Set { 'interruptions' }
 */
export function itemTopics(item: CommentaryItem, speakerId: string | null, findings: readonly Finding[]): Set<Topic> {
  const cited = new Set(item.utteranceIds);
  const citedFindings = findings.filter((f) => f.utteranceId !== null && cited.has(f.utteranceId));
  const theirs = citedFindings.filter((f) => speakerId === null || f.speakerId === speakerId);
  const kinds = new Set(theirs.map((f) => f.kind));
  const said = new Set<Topic>();
  for (const rule of TOPIC_RULES) {
    const byText = rule.text?.test(item.text) ?? false;
    const byMetric = rule.metrics !== undefined && item.metrics.some((m) => rule.metrics!.test(m));
    if (byText || byMetric) said.add(rule.topic);
  }
  if (said.size > 0) return said;
  // Only when the words and metrics say nothing: the kinds of the findings it cites. (An utterance often
  // carries several findings; the item is about the one its words name, not every one there.)
  const fromFindings = new Set<Topic>();
  for (const rule of TOPIC_RULES) if (rule.kinds?.some((k) => kinds.has(k))) fromFindings.add(rule.topic);
  return fromFindings;
}

type SummaryTopic = 'uneven-talk' | 'even-talk' | 'interruptions';
/** A reading of the whole meeting as even; "an equal share" alone is the yardstick of the quiet-voices line. */
const EVEN = anyOf(
  '\\b(shared|spread|split|distributed) (fairly |quite |roughly |very )?(evenly|equally)\\b',
  '\\bwell balanced\\b',
  '\\bbalanced (talk|discussion|participation)\\b',
);

/**
 * What a summary line says about the share of talk or about interruptions.
 *
 * @example
 * summaryTopics({ text: 'Talk was shared unevenly (Gini 0.41)', utteranceIds: [], metrics: [], quotes: [] })
 * // => Set { 'uneven-talk' }
 */
export function summaryTopics(item: CommentaryItem): Set<SummaryTopic> {
  const out = new Set<SummaryTopic>();
  if (/\buneven|unequal|imbalanc|dominated/i.test(item.text)) out.add('uneven-talk');
  else if (EVEN.test(item.text)) out.add('even-talk');
  if (/interrupt/i.test(item.text) && !/\bno interruptions\b/i.test(item.text)) out.add('interruptions');
  return out;
}
