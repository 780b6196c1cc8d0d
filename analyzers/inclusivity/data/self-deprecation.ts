/**
 * Self-deprecation: disclaimers that discount one's own contribution before making it
 * ("this is probably a dumb idea", "I'm no expert, but"). Plain uncertainty ("I could be wrong",
 * "correct me if I'm wrong") discounts the claim, not the speaker: it is a hedge (./hedges.ts).
 * Always reported: they are rare and they tell listeners to take the idea less seriously.
 *
 * Source: Hewitt & Stokes (1975) "Disclaimers", American Sociological Review 40(1): hedging,
 * credentialing ("I'm no expert, but") and sin licenses ("this may sound stupid, but") as ways to
 * pre-empt a negative reading; Holmes (1995) on tentativeness.
 */
import type { PhraseRule } from '../../nlp/types';

const DISCLAIMERS = 'Hewitt & Stokes (1975), Disclaimers';
const ADJECTIVES = 'dumb|stupid|silly|naive|daft|obvious|crazy|basic|newbie|noob';
/** Said of someone else's idea ("that's a dumb idea") it is criticism, not self-deprecation. */
const OTHERS = ["that's", 'that is', 'what', 'your', 'his', 'her', 'their', 'no', 'not', 'never'];

export const SELF_DEPRECATION: readonly PhraseRule[] = [
  {
    id: 'dumb-question',
    pattern: `a|my ${ADJECTIVES} question|idea|point|thought|comment`,
    example: 'This is probably a dumb idea, but could we split it?',
    source: DISCLAIMERS,
    notAfter: OTHERS,
    note: 'A sin license; "that\'s a dumb idea" (about someone else) is excluded.',
  },
  {
    id: 'dumb-question-but',
    pattern: `${ADJECTIVES} question|idea but`,
    example: 'Stupid question, but why is it slow?',
    source: DISCLAIMERS,
    punctuationInside: 'comma',
    notAfter: ['a', 'my', ...OTHERS],
    note: 'The clipped form ("Silly question, but ...").',
  },
  {
    id: 'might-be-stupid',
    pattern: `this|it might|may|could [be|sound] [really|very|a|bit] ${ADJECTIVES}`,
    example: 'This might be stupid, but what about caching?',
    source: DISCLAIMERS,
    note: 'A sin license.',
  },
  {
    id: 'probably-stupid',
    pattern: `this|it's|that's [is] probably [really|very|a|bit] ${ADJECTIVES}|off-topic`,
    example: "It's probably obvious, but the key expired.",
    source: DISCLAIMERS,
    notBefore: ['that', 'to', 'how', 'why', 'what'],
    note: 'Needs "probably": "this is crazy" alone is often about the situation, not oneself; "it\'s probably obvious that X" (a claim) is excluded by the word after.',
  },
  {
    id: 'sounds-stupid',
    pattern: `this|it [will|might|may] sound|sounds [really|a|bit] ${ADJECTIVES}`,
    example: 'This will sound silly, but did anyone restart it?',
    source: DISCLAIMERS,
    note: 'A sin license.',
  },
  {
    id: 'no-expert',
    pattern: "i'm|i [am] no|not [really|much] [of|an|the|a] [an|a] expert|specialist",
    example: "I'm no expert, but the query looks slow.",
    source: DISCLAIMERS,
    note: "Credentialing in reverse: discounts one's own standing.",
  },
  {
    id: 'probably-wrong',
    pattern: "i'm|i [am] probably wrong|missing",
    example: "I'm probably wrong about this.",
    source: DISCLAIMERS,
    note: 'A hedging disclaimer.',
  },
  {
    id: 'being-stupid',
    pattern: `i'm|i [am] [probably|just] being [really|a|bit] ${ADJECTIVES}|thick|slow|dense|dim`,
    example: "I'm probably being thick, but where is the config?",
    source: DISCLAIMERS,
    note: 'Only with a self-critical adjective: "I\'m probably being careful" is not self-deprecation.',
  },
  {
    id: 'ignore-me',
    pattern: 'ignore me',
    example: 'Ignore me, I was thinking of the old version.',
    source: DISCLAIMERS,
    notAfter: ["don't", 'not', "can't", 'never'],
    note: 'Withdraws one\'s own contribution; "ignore that" is left out (mostly a decision about a thing).',
  },
  {
    id: 'ignore-what-i-said',
    pattern: 'ignore what i [just] said|say',
    example: 'Actually, ignore what I just said.',
    source: DISCLAIMERS,
    note: "Withdraws one's own contribution.",
  },
  {
    id: 'what-do-i-know',
    pattern: 'what do i know',
    example: 'But what do I know.',
    source: DISCLAIMERS,
    note: "Discounts one's own view.",
  },
  {
    id: 'rambling',
    pattern: "i'm|i [am|was] rambling|babbling",
    example: "Sorry, I'm rambling.",
    source: DISCLAIMERS,
    note: "Apologises for one's own speech.",
  },
  {
    id: 'not-good-at',
    pattern: "i'm|i [am] not [very|really|that] good|great at|with",
    example: "I'm not very good at this stuff, but here goes.",
    source: DISCLAIMERS,
    note: "Discounts one's own competence.",
  },
];
