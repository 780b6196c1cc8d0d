/**
 * What a coaching item (an action, a strength, a summary line) is about, independent of its exact
 * wording: a topic holds when the item cites a metric or a finding of the topic's kind, or its text
 * says so in words any phrasing of the advice would use. This is the only wording-dependent part of
 * the suite; when the commentary is reworded, extend the patterns here, never the expectations.
 * A topic is a set membership: an item may be about several topics.
 */
import type { CommentaryItem } from '../../src/model/commentary';
import type { Finding } from '../../src/model/finding';
import type { Topic } from './vocabulary';

interface TopicRule {
  topic: Topic;
  /** Words any phrasing of this advice would contain. */
  text?: RegExp;
  /** Metric paths (as cited by the item) that mean this topic. */
  metrics?: RegExp;
  /** Finding kinds that mean this topic when the item cites their utterance. */
  kinds?: readonly string[];
}

const TOPIC_RULES: readonly TopicRule[] = [
  { topic: 'interruptions', text: /interrupt|let (others|people|them|the speaker|.{1,20}) finish|before coming in|cut (in|off|across)|talk(ed|ing)? over|jump(ed|ing)? in/i, kinds: ['interruption'] },
  { topic: 'speak-up', text: /heard less|speak up|speaking up|sharing it early|share (it|your view|your views)|contribute more|your voice/i, kinds: ['quiet-voice'] },
  { topic: 'talk-less', text: /large share|dominat|talk(ed)? less|pause after your points|make room|leave (more )?room|more room for/i, kinds: ['dominant-voice'] },
  { topic: 'balance', text: /balance of (the )?talk|who has not spoken/i },
  { topic: 'monologue', text: /long explanations|shorter parts|held the floor|monologue|without handing over|shorten/i, kinds: ['long-monologue'] },
  { topic: 'open-questions', text: /open question/i, metrics: /\.openQuestions$/ },
  { topic: 'follow-up', text: /follow-up question/i, metrics: /\.followUpQuestions(\.|$)/ },
  { topic: 'paraphrase', text: /restat|check(ing)? (your )?understanding|what you are saying|paraphras/i, metrics: /\.paraphrases(\.|$)/ },
  { topic: 'tone', text: /landed|constructive|tense|tone|acknowledging the other view|negative|harsh|hostile|respectful/i, kinds: ['negative-moment', 'tension'] },
  { topic: 'wording', text: /wording|other word|language/i, kinds: ['non-inclusive-language'] },
  { topic: 'credit', text: /credit|name them|acknowledged others|thank/i, kinds: ['uncredited-restatement', 'credit'] },
  { topic: 'self-deprecation', text: /disclaimer|discount|self-deprecat/i, kinds: ['self-deprecation'] },
  { topic: 'invitation', text: /brought others in|bring(ing)? (others|people|them) in|invit|asking them directly/i, kinds: ['invitation'] },
  { topic: 'follow-up', kinds: ['follow-up-question'] },
  { topic: 'paraphrase', kinds: ['paraphrase'] },
  { topic: 'building-on', text: /buil(t|d|ding) (explicitly )?on/i, kinds: ['building-on'] },
  { topic: 'positive', text: /positive/i, kinds: ['positive-moment'] },
  { topic: 'answering', text: /answered questions|answering/i },
];

/**
 * The topics of one coaching item of `speakerId` (findings are matched on the utterances it cites).
 *
 * @example
 * itemTopics({ text: 'Let others finish before coming in.', utteranceIds: [], metrics: [], quotes: [] }, 's1', [])
 * // => Set { 'interruptions' }
 */
export function itemTopics(item: CommentaryItem, speakerId: string | null, findings: readonly Finding[]): Set<Topic> {
  const cited = new Set(item.utteranceIds);
  const kinds = new Set(findings.filter((f) => f.utteranceId !== null && cited.has(f.utteranceId) && (speakerId === null || f.speakerId === speakerId)).map((f) => f.kind));
  const topics = new Set<Topic>();
  for (const rule of TOPIC_RULES) {
    if (rule.text?.test(item.text) || (rule.metrics && item.metrics.some((m) => rule.metrics!.test(m))) || rule.kinds?.some((k) => kinds.has(k))) topics.add(rule.topic);
  }
  return topics;
}

/**
 * What a summary line says about the share of talk or about interruptions.
 *
 * @example
 * summaryTopics({ text: 'Talk was shared unevenly (Gini 0.41)', utteranceIds: [], metrics: ['turnTaking.gini'], quotes: [] })
 * // => Set { 'uneven-talk' }
 */
export function summaryTopics(item: CommentaryItem): Set<'uneven-talk' | 'even-talk' | 'interruptions'> {
  const out = new Set<'uneven-talk' | 'even-talk' | 'interruptions'>();
  if (/\buneven|unequal|imbalanc|dominated/i.test(item.text)) out.add('uneven-talk');
  // "an equal share" is the yardstick of the quiet-voices line, not a reading of the whole meeting.
  else if (/\b(shared|spread|split|distributed) (fairly |quite |roughly |very )?(evenly|equally)\b|\bwell balanced\b|\bbalanced (talk|discussion|participation)\b/i.test(item.text)) out.add('even-talk');
  if (/interrupt/i.test(item.text) && !/\bno interruptions\b/i.test(item.text)) out.add('interruptions');
  return out;
}
