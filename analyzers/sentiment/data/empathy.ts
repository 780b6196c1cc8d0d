/**
 * Empathy markers: phrases that acknowledge another person's view or feelings.
 *
 * Categories follow EPITOME, the empathy framework of Sharma, Miner, Atkins & Althoff (2020),
 * "A Computational Approach to Understanding Empathy Expressed in Text-Based Mental Health
 * Support", EMNLP: emotional reactions ("that must be hard") and interpretations ("I understand",
 * "I see what you mean"). Validating phrases ("that makes sense", "I hear you") are the reflective
 * listening of Miller & Rollnick (2013), "Motivational Interviewing", 3rd ed., ch. 5.
 * Patterns use the syntax of analyzers/sentiment/phrase-index.ts.
 */
import { withIds, type Draft, type SentimentRuleEntry } from './sentiment-rules';

export const EMPATHY_KINDS = ['interpretation', 'validation', 'emotional-reaction'] as const;
export type EmpathyKind = (typeof EMPATHY_KINDS)[number];

export interface EmpathyEntry extends SentimentRuleEntry {
  kind: EmpathyKind;
  /**
   * Counts only where it opens a clause (after punctuation, an acknowledgement such as "yeah", or at the start): a
   * clipped reply has no subject, so "makes sense" after a noun is that noun making sense ("so our who and our what
   * makes sense", a presenter about her own framework: review r32), no validation of anyone.
   */
  clauseStart?: boolean;
  /**
   * Words right before the phrase that make it no empathy: "if I understand correctly", "as I understand it" check
   * or state the speaker's own reading of the facts (review r36, a committee sitting: both were challenges).
   */
  notAfter?: readonly string[];
}

const EPITOME = 'Sharma et al. (2020), EPITOME';
const MI = 'Miller & Rollnick (2013), reflective listening';

const drafts: ReadonlyArray<Draft<EmpathyEntry>> = [
  {
    kind: 'interpretation',
    pattern: "(i|i'm|we) (understand|understood|understanding)",
    example: 'I understand, the deadline is tight.',
    source: EPITOME,
    note: "Interpretation: shows the speaker grasped the other's situation.",
    notAfter: ['if', 'as'],
  },
  {
    kind: 'interpretation',
    pattern: "(if|as) (i|i'm) (understand|understood) you",
    example: 'If I understand you, Rosa, you want a lint step before every merge?',
    source: MI,
    note: 'A reflection checked with the other person: what they meant, not what the facts are ("if I understand correctly, there will be no changes" is no empathy).',
  },
  {
    kind: 'interpretation',
    pattern: '(i|we) (totally|completely|really|fully) (understand|get)',
    example: 'I totally understand.',
    source: EPITOME,
    note: 'Interpretation with a degree word.',
  },
  {
    kind: 'interpretation',
    pattern: "(i|we) see what (you|you're) (mean|meant|saying|said|are saying)",
    example: 'I see what you mean about the risk.',
    source: EPITOME,
    note: "Interpretation of the other's point.",
  },
  {
    kind: 'interpretation',
    pattern: '(i|we) see your point',
    example: 'I see your point about the budget.',
    source: EPITOME,
    note: "Interpretation of the other's point.",
  },
  {
    kind: 'interpretation',
    pattern: 'i (get|totally get) (it|that|where|why|what you)',
    example: 'I get where you are coming from.',
    source: EPITOME,
    note: 'Interpretation, informal ("I got it" is left out: it usually means "I will handle it").',
  },
  {
    kind: 'interpretation',
    pattern: "(i|i'd) (can|could) (imagine|see why|see how)",
    example: 'I can imagine that was stressful.',
    source: EPITOME,
    note: 'Perspective taking.',
  },
  {
    kind: 'validation',
    pattern: '(that|it|this) (makes|made) (sense|total sense|a lot of sense)',
    example: 'That makes sense.',
    source: MI,
    note: "Validation of the other's reasoning.",
  },
  {
    kind: 'validation',
    pattern: 'makes (sense|total sense)',
    example: 'Yeah, makes sense.',
    source: MI,
    clauseStart: true,
    note: 'Validation, clipped: only as a reply opening its clause ("Yeah, makes sense."), not "our plan makes sense".',
  },
  {
    kind: 'validation',
    pattern: '(i|we) hear you',
    example: 'I hear you, it has been a lot.',
    source: MI,
    note: 'Reflective listening.',
  },
  {
    kind: 'validation',
    pattern: "(that's|that is|thats) (fair|a fair point|understandable|valid|a valid point)",
    example: "That's fair, let's push it.",
    source: MI,
    note: 'Granting legitimacy to a concern.',
  },
  {
    kind: 'validation',
    pattern: '(fair|good) (point|enough)',
    example: 'Fair point, I had not thought of that.',
    source: MI,
    note: 'Granting a point.',
  },
  {
    kind: 'emotional-reaction',
    pattern:
      "(that|it) (must|must've|must have) (be|been) (hard|tough|difficult|frustrating|stressful|annoying|exhausting|rough)",
    example: 'That must be hard with the move.',
    source: EPITOME,
    note: "Emotional reaction to the other's situation.",
  },
  {
    kind: 'emotional-reaction',
    pattern: '(that|it) (sounds|sounded) (hard|tough|difficult|frustrating|stressful|annoying|exhausting|rough|awful)',
    example: 'That sounds frustrating.',
    source: EPITOME,
    note: 'Emotional reaction.',
  },
  {
    kind: 'emotional-reaction',
    pattern: '(my|our) (sympathies|condolences)',
    example: 'I want to extend our sympathies to the family.',
    source: EPITOME,
    note: 'Sympathy or condolence (review r36: "I want to extend our sympathies regarding the worker who passed away").',
  },
  {
    kind: 'emotional-reaction',
    pattern: '(my|our) (deepest|sincere|sincerest|heartfelt) (sympathies|condolences)',
    example: 'Our deepest condolences to her family.',
    source: EPITOME,
    note: 'Sympathy or condolence, with a degree word.',
  },
  {
    kind: 'emotional-reaction',
    pattern: '(sorry|sad) to hear',
    example: "I'm sorry to hear that.",
    source: EPITOME,
    note: 'Sympathy.',
  },
  {
    kind: 'emotional-reaction',
    pattern: "(i|i'm|we|we're) (feel|felt) (for|bad for) you",
    example: 'I feel for you.',
    source: EPITOME,
    note: 'Sympathy.',
  },
];

export const EMPATHY_MARKERS: readonly EmpathyEntry[] = withIds<EmpathyEntry>('empathy', drafts);

/**
 * Replies that may stand before a `clauseStart` marker in its clause without punctuation: "Yeah makes sense", "OK
 * makes sense". Not conjunctions ("it's cheap and makes sense" is the plan making sense). Source: the clipped
 * replies of review r32's webinar and the AMI meetings.
 */
export const CLIPPED_REPLY_OPENERS: ReadonlySet<string> = new Set([
  'yeah',
  'yes',
  'yep',
  'ok',
  'okay',
  'right',
  'sure',
  'oh',
  'ah',
]);
