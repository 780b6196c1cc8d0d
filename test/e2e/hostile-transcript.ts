/**
 * A hostile transcript in our own Transcript JSON format: speaker names and utterances carry
 * HTML that would run script if it were ever parsed as markup, and right-to-left override
 * characters that would reorder the text around them if they were not isolated. Every payload
 * sets `window.__xss` before alerting, so either trace proves a script ran.
 * (The JSON format keeps names and text exactly as written; subtitle formats strip tags.)
 */

const RLO = '\u202e'; // RIGHT-TO-LEFT OVERRIDE
const PDF = '\u202c'; // POP DIRECTIONAL FORMATTING

/** The speakers' names, exactly as they must appear on the page. */
export const HOSTILE_NAMES = [
  '<img src=x onerror="window.__xss=1;alert(1)">',
  '"><svg onload="window.__xss=2;alert(2)">',
  `Ali ${RLO}evil${PDF} Khan <script>window.__xss=3;alert(3)</script>`,
] as const;

/** A meeting title with its own payload (typed into the form). */
export const HOSTILE_TITLE = `<img src=x onerror="window.__xss=9;alert(9)"> ${RLO}gpj.exe`;

const UTTERANCES: Array<[speaker: number, text: string]> = [
  [0, 'Hello everyone <script>window.__xss=4;alert(4)</script>, can we start? I think we should just go ahead.'],
  [1, 'Sure. "><svg onload="window.__xss=5;alert(5)"> is fine, obviously & <b>bold</b>.'],
  [2, `Right${RLO}txt.exe${PDF} to left <img src=x onerror="window.__xss=6;alert(6)"> here. Guys, what do you think?`],
  [0, 'Thanks, everyone. <iframe src="javascript:window.__xss=7"></iframe> Let us wrap up.'],
  [1, 'I disagree, that is a stupid idea <a href="javascript:window.__xss=8">click</a>.'],
];

/**
 * The transcript as JSON text.
 *
 * @example
 * const file = { name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(hostileTranscriptJson()) };
 */
export function hostileTranscriptJson(): string {
  const utterances = UTTERANCES.map(([speaker, text], i) => ({
    id: `u${i + 1}`,
    speakerId: `s${speaker + 1}`,
    startMs: i * 4500,
    endMs: i * 4500 + 4000,
    text,
    turn: i,
    line: null,
  }));
  return JSON.stringify({
    format: 'transcript-json',
    encoding: 'utf-8',
    hasTimings: true,
    durationMs: (UTTERANCES.length - 1) * 4500 + 4000,
    speakers: HOSTILE_NAMES.map((name, i) => ({ id: `s${i + 1}`, name, aliases: [], anonymous: false })),
    utterances,
    turns: utterances.map((u, i) => ({ id: `t${i + 1}`, speakerId: u.speakerId, utteranceIds: [u.id] })),
    events: [],
    metadata: {},
    warnings: [],
    issues: [],
    wordCount: 0,
  });
}
