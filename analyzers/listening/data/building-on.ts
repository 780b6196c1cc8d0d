/**
 * Building on others: a turn that extends what someone else said instead of changing the subject
 * ("building on that", "to add to what Sam said", "yes, and ...").
 *
 * Sources: the "yes, and" principle of improvisation (Johnstone 1979, "Impro: Improvisation and the
 * Theatre"; applied to teams in Kelly Leonard & Tom Yorton 2015, "Yes, And"); idea building in
 * brainstorming research (Paulus & Nijstad 2003, "Group Creativity"); uptake in classroom discourse
 * (Nystrand & Gamoran 1991, "Instructional discourse, student engagement, and literature achievement").
 */
import type { ListeningMarkerRule } from './paraphrase-markers';

const IMPRO = 'Johnstone (1979) and Leonard & Yorton (2015): "yes, and"';
const PAULUS = 'Paulus & Nijstad (2003), Group Creativity: building on ideas';

export const BUILDING_ON_MARKERS: readonly ListeningMarkerRule[] = [
  {
    id: 'building-on-that',
    pattern: 'build|building|expand|expanding|piggyback|piggybacking|piggy-backing on that|this|what|your|those',
    example: 'Building on that, we could cache the results.',
    source: PAULUS,
    note: '"build on the server" (software) does not match: the next word must point back at what was said.',
  },
  {
    id: 'building-on-name',
    pattern: "build|building|expand|expanding|piggyback|piggybacking on {name's}",
    example: "Building on Sam's point, the tests are slow too.",
    source: PAULUS,
    note: 'Builds on a named person.',
  },
  {
    id: 'add-to-that',
    pattern: 'add|adding to that|this|what|your',
    example: 'Just to add to what Priya said, the logs are gone.',
    source: PAULUS,
    notAfter: ["i'll", 'i will', 'we', 'will'],
    note: '"add to the list" does not match; "I\'ll add to that list" is excluded.',
  },
  {
    id: 'add-to-name',
    pattern: "add|adding to {name's}",
    example: "Adding to Ana's point, we lack tests.",
    source: PAULUS,
    note: 'Builds on a named person.',
  },
  {
    id: 'following-up-on',
    pattern: 'following|follow up on|from that|this|what|your',
    example: 'Following up on what you said, can we automate it?',
    source: PAULUS,
    note: 'Takes the previous point further.',
  },
  {
    id: 'following-name',
    pattern: "following|after {speaker's} point|idea|suggestion|comment",
    example: "And following Sam's point, a tip for a feature they never tried.",
    source: PAULUS,
    note: 'Builds on a named speaker\'s point; only speakers of the transcript ("following Monday\'s release" is no one).',
  },
  {
    id: 'yes-and',
    pattern: 'yes|yeah|yep|exactly|absolutely and',
    example: 'Yes, and we could also log it.',
    source: IMPRO,
    sentenceStart: true,
    atTurnStart: true,
    punctuationInside: 'no-question-mark',
    // "Yeah and second question is ...": the speaker resumes their own list after an interruption (review r14).
    notBefore: ['second', 'secondly', 'third', 'thirdly', 'another', 'next', 'finally', 'lastly'],
    note: 'Accept and extend, at the start of the reply. "Right" is left out (mostly a discourse marker), "Yeah? And" (a tag question) is excluded, and so is "yeah and second question is ..." (one\'s own list resumed).',
  },
  {
    id: 'agree-and',
    pattern: 'agree and|also',
    example: 'I agree, and we should tell support.',
    source: IMPRO,
    punctuationInside: 'comma',
    notAfter: ["don't", 'not', 'disagree'],
    note: 'Agreement followed by an extension.',
  },
  {
    id: 'on-top-of-that',
    pattern: 'on top of that|what',
    example: 'On top of that, the logs are huge.',
    source: PAULUS,
    atTurnStart: true,
    note: "At the start of a turn it extends the previous speaker; later it continues one's own list (not counted).",
  },
  {
    id: 'along-the-same-lines',
    pattern: 'along the same lines',
    example: 'Along the same lines, the docs need an update.',
    source: PAULUS,
    atTurnStart: true,
    note: 'Links to the previous point at the start of a turn.',
  },
  {
    id: 'in-the-same-vein',
    pattern: 'in the same vein',
    example: 'In the same vein, we should check the logs.',
    source: PAULUS,
    atTurnStart: true,
    note: 'Links to the previous point at the start of a turn.',
  },
];

/**
 * Rules whose sense is a guess: "yes, and" and "I agree, and" often just agree and go on with one's own point;
 * "on top of that", "along the same lines" and "in the same vein" may continue one's own list. Findings from
 * them carry `low` confidence (shown as observations, never as advice or as a strength on their own).
 */
export const GUESSED_MARKER_RULES: ReadonlySet<string> = new Set([
  'yes-and',
  'agree-and',
  'on-top-of-that',
  'along-the-same-lines',
  'in-the-same-vein',
]);

/**
 * Words of a short assessment or agreement ("That's lovely.", "Oh, nice.", "Very good.", "Yeah, that makes
 * sense."): it rates or agrees with the last point and adds none, so a "yeah and ..." after it goes on with the
 * speaker's own point, not someone else's (review r14: "That's lovely." / "Yeah and uh I'll have to think on the
 * spot ..." was read as building on the assessor; review r15: "that makes sense." / "Yeah. And if you could
 * connect it too hard ..." as building on the one who agreed).
 * Source: assessments and agreements with them as turn types, Pomerantz (1984) "Agreeing and disagreeing with
 * assessments".
 */
export const ASSESSMENT_WORDS: ReadonlySet<string> = new Set([
  'yeah',
  'yes',
  'true',
  'exactly',
  'right',
  'agreed',
  'absolutely',
  'definitely',
  'makes',
  'sense',
  'oh',
  'wow',
  'that',
  "that's",
  'thats',
  'it',
  "it's",
  'is',
  'very',
  'really',
  'so',
  'lovely',
  'nice',
  'great',
  'good',
  'cool',
  'perfect',
  'brilliant',
  'excellent',
  'awesome',
  'fantastic',
  'wonderful',
  'neat',
  'fine',
  'interesting',
]);
