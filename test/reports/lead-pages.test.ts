/**
 * The report leads with what matters (issue 11, item 5): page 2 gives each person their few most salient
 * coaching items with the evidence, before any detail section; the methodology appendix is a compact
 * summary of at most 3 pages; the cover states only interruptions a coach would stand behind.
 * Expectations were written from the meetings below before the code ran.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../analyzers/analysis';
import { LEAD_ACTIONS, LEAD_ITEMS, splitForLead } from '../../reports/sections/coaching-cards';
import { renderReport } from '../../reports/render-pdf';
import { llmConfigFromEnv } from '../../src/commentary/config';
import type { CommentaryItem } from '../../src/model/commentary';
import { analyzeTranscript } from '../../src/pipeline/analyze';
import { renderAnalysisPdf } from '../../src/pipeline/report';
import { makeTranscript } from '../helpers/make-transcript';
import { venueMeeting } from './helpers/venue-meeting';
import { HAS_PDFTOTEXT, PDFTOTEXT_MISSING, pdfText } from './helpers/pdf-tools';
import { analysisFor } from './helpers/report-input-for';
import { syntheticMeeting } from './helpers/synthetic-meeting';

const NOW = new Date('2026-03-02T09:00:00Z');
const item = (text: string): CommentaryItem => ({ text, utteranceIds: [], metrics: [], quotes: [] });

/** The PDF's pages as text (pdftotext separates pages with a form feed). */
const pagesOf = (bytes: Uint8Array) =>
  pdfText(bytes)
    .split('\f')
    .map((p) => p.replace(/\s+/g, ' '))
    .filter((p) => p.trim() !== '');

/** The pages of the appendix: from the first page headed "Methodology" to the end. */
const appendixPages = (pages: string[]) => pages.length - pages.findIndex((p) => /Methodology Methodology/.test(p));

describe('which coaching items lead the report', () => {
  it('at most two things to try and a strength, in the order the commentary ranked them', () => {
    const { lead, rest } = splitForLead({
      strengths: [item('s1'), item('s2')],
      actions: [item('a1'), item('a2'), item('a3')],
    });
    expect(lead.actions.map((i) => i.text)).toEqual(['a1', 'a2']);
    expect(lead.strengths.map((i) => i.text)).toEqual(['s1']);
    expect(rest.actions.map((i) => i.text)).toEqual(['a3']);
    expect(rest.strengths.map((i) => i.text)).toEqual(['s2']);
    expect(LEAD_ACTIONS).toBeLessThan(LEAD_ITEMS);
  });

  it('a person with only strengths gets three of them; one with only actions gets two', () => {
    const strengths = [item('s1'), item('s2'), item('s3'), item('s4')];
    expect(splitForLead({ strengths, actions: [] }).lead.strengths).toHaveLength(3);
    const actions = [item('a1'), item('a2'), item('a3')];
    expect(splitForLead({ strengths: [], actions }).lead.actions).toHaveLength(2);
  });
});

// The suites below read the rendered PDF's text with pdftotext: without poppler-utils they are skipped, and say so.
if (!HAS_PDFTOTEXT) console.warn(PDFTOTEXT_MISSING);

// Skipped where pdftotext (poppler-utils) is missing: the PDF's text is read back with it.
describe.skipIf(!HAS_PDFTOTEXT)('the first pages and the page budget', () => {
  let venue: string[] = [];
  let four: string[] = [];
  let fourFull: string[] = [];
  beforeAll(async () => {
    const transcript = venueMeeting();
    const options = { title: 'Venue decision', commentary: 'rules' as const, llm: llmConfigFromEnv({}), now: NOW };
    venue = pagesOf(await renderAnalysisPdf(await analyzeTranscript(transcript, options)));
    // Four people, about 1,500 words in 12 minutes: the size the issue measured at 22 pages.
    const meeting = syntheticMeeting({ speakers: 4, words: 1500, minutes: 12 });
    const analysis = await analyzeTranscript(meeting, { ...options, title: 'Four people' });
    four = pagesOf(await renderAnalysisPdf(analysis));
    fourFull = pagesOf(
      await renderReport({ analysis, options: { title: 'Four people', generatedAt: NOW, appendix: 'full' } }),
    );
  }, 60_000);

  it("page 2 is each person's coaching, with the quote it rests on, before any detail section", () => {
    expect(venue[1]).toMatch(/^.*Per-person coaching/);
    expect(venue[1]).toMatch(/Ana 50% of the talk/);
    expect(venue[1]).toMatch(/Brought others in[^“]*“Ben, what do you think” 0:00/);
    expect(venue[1]).toMatch(/Consider other wording for "blacklist"[^“]*“blacklist” 0:33/);
    // The detail sections come after.
    expect(venue[0]! + venue[1]!).not.toMatch(/Who talked how much|Participation Participation/);
  });

  it('every item that leads a card is on the first pages, the rest under "More coaching notes" later', async () => {
    const firstDetail = four.findIndex((p, i) => i > 0 && !/Coaching/.test(p.slice(0, 80)));
    expect(firstDetail).toBeGreaterThan(1);
    expect(firstDetail).toBeLessThanOrEqual(3); // a four-person meeting's cards fit on pages 2-3
    const lead = four.slice(1, firstDetail).join(' ');
    expect(lead).toContain('Per-person coaching');
    expect(lead).not.toContain('More coaching notes');
  });

  it('a four-person, 1,500-word meeting fits in at most 12 pages (it took 21), the appendix in at most 3', () => {
    expect(four.length).toBeLessThanOrEqual(12);
    expect(appendixPages(four)).toBeGreaterThanOrEqual(1);
    expect(appendixPages(four)).toBeLessThanOrEqual(3);
    expect(appendixPages(venue)).toBeLessThanOrEqual(3);
  });

  it('the compact appendix defines the measures and points to the full methodology; "full" still prints it', () => {
    const appendix = four.slice(-appendixPages(four)).join(' ');
    for (const term of ['Interruption.', 'Confidence.', 'Long monologue.', 'Tone.', 'Equality gauge.'])
      expect(appendix).toContain(term);
    expect(appendix).toContain('/docs/methodology');
    expect(appendix).toContain('analyzers/README.md');
    expect(appendixPages(fourFull)).toBeGreaterThan(6);
  });
});

// Skipped where pdftotext (poppler-utils) is missing: the PDF's text is read back with it.
describe.skipIf(!HAS_PDFTOTEXT)('the cover states interruptions as the evidence allows', () => {
  // Ben starts while Ana is mid-sentence and Ana stops: one interruption by Ben.
  const transcript = makeTranscript([
    ['Ana', 'The plan for the launch is to start with the two pilot customers and then', 0, 7],
    ['Ben', 'No, we should go to everyone at once, the pilots will take too long.', 6, 14],
    ['Ana', 'Fine, let us look at the numbers first.', 14.5, 18],
    ['Cy', 'I can pull them together by Friday.', 18.5, 22],
  ]);
  async function coverWith(confidence: 'low' | 'high'): Promise<string> {
    const analysis: Analysis = analysisFor(transcript, 'Launch');
    const cuts = analysis.findings.filter((f) => f.kind === 'interruption');
    expect(cuts.length).toBeGreaterThan(0);
    for (const f of cuts) f.confidence = confidence;
    // A possible interruption names nobody: it is an event without a finding (analyzers/turn-taking/findings.ts).
    if (confidence === 'low') {
      for (const e of analysis.turnTaking.interruptions.events) e.confidence = 'low';
      analysis.findings = analysis.findings.filter((f) => f.kind !== 'interruption');
    }
    return pagesOf(await renderReport({ analysis, options: { title: 'Launch', generatedAt: NOW } }))[0]!;
  }

  it('a confirmed interruption is stated, but one instance names nobody', async () => {
    const cover = await coverWith('high');
    expect(cover).toMatch(/1 interruption\./);
    expect(cover).not.toMatch(/cut in most often/);
    expect(cover).not.toContain('possible');
  });

  it('names who cut in when it was a habit (twice, and nobody else did)', async () => {
    const habit = makeTranscript([
      ['Ana', 'The plan for the launch is to start with the two pilot customers and then', 0, 7],
      ['Ben', 'No, we should go to everyone at once, the pilots will take too long.', 6, 14],
      ['Cy', 'The budget for the launch covers the pilots and the', 14.5, 20],
      ['Ben', 'The budget is not the problem, the support team is.', 19, 25],
      ['Ana', 'Fine, let us look at the numbers first.', 25.5, 29],
    ]);
    const analysis: Analysis = analysisFor(habit, 'Launch');
    const cover = pagesOf(await renderReport({ analysis, options: { title: 'Launch', generatedAt: NOW } }))[0]!;
    expect(cover).toMatch(/2 interruptions; Ben cut in most often \(2\)/);
  });

  it('a low-confidence one alone is no headline or tile: possible interruptions are right a third of the time', async () => {
    const cover = await coverWith('low');
    expect(cover).not.toMatch(/possible interruption|interruptions \(|cut in most often/);
  });
});

// Skipped where pdftotext (poppler-utils) is missing: the PDF's text is read back with it.
describe.skipIf(!HAS_PDFTOTEXT)('possible interruptions read from the text alone', () => {
  it('are no cover tile or headline, and are counted with their caveat under Participation (review r31)', async () => {
    // About a third of text-only cut-offs are interruptions (npm run eval): a coach found the cover's "18 possible
    // interruptions" mostly set-up chatter and back-channels.
    const untimed = makeTranscript([
      ['Tom', 'The plan for the launch is to --'],
      ['Uma', 'We are not launching this quarter at all.'],
      ['Tom', 'Then the board has to hear that from you on Monday.'],
    ]);
    const analysis: Analysis = analysisFor(untimed, 'Launch');
    expect(analysis.findings.filter((f) => f.kind === 'interruption')).toEqual([]);
    expect(analysis.turnTaking.interruptions.possible).toBe(1);
    const pages = pagesOf(await renderReport({ analysis, options: { title: 'Launch', generatedAt: NOW } }));
    // ("About the data" still says interruption-by-timing metrics are not available.)
    expect(pages[0]).not.toMatch(/possible interruption|interruptions \(/i);
    const participation = pages.find((p) => p.includes('Who interrupted whom'))!;
    expect(participation).toMatch(/1 possible interruption was read from turns that break off in the text/);
    // Nobody can be named, so the table has no "Cut in" / "Was cut off" columns of zeros.
    expect(participation).not.toMatch(/Cut in|Was cut off/);
  });
});

// Skipped where pdftotext (poppler-utils) is missing: the PDF's text is read back with it.
describe.skipIf(!HAS_PDFTOTEXT)('the word count', () => {
  it("on the cover is the analysers' count, which the per-person words add up to (review r31)", async () => {
    // AMI spells letters "T_V_": one word for a whitespace split, two for the analysers. The cover said 6,731
    // words and the participation table added up to 6,774.
    const transcript = makeTranscript([
      ['Ana', 'The T_V_ remote needs an F_N_ key.'],
      ['Ben', 'Or a bigger remote.'],
    ]);
    const analysis: Analysis = analysisFor(transcript, 'Remote');
    const perPerson = analysis.turnTaking.speakers.map((s) => s.words);
    const total = perPerson.reduce((a, b) => a + b, 0);
    expect(total).not.toBe(analysis.transcript.wordCount); // the case at hand: the two counts differ
    const pages = pagesOf(await renderReport({ analysis, options: { title: 'Remote', generatedAt: NOW } }));
    expect(pages[0]).toMatch(new RegExp(`· ${total} words ·`));
    const participation = pages.find((p) => p.includes('Turns, monologues and questions'))!;
    expect(participation).toMatch(new RegExp(`Ana ${perPerson[0]} .* Ben ${perPerson[1]} `));
  });

  it('of people under the equality gauge is the people the Gini counts, not "Unknown speaker" (review r32)', async () => {
    // A webinar's page said "With 5 people, an even split gives everyone 20%" and, under the gauge, "with 6 people
    // the most uneven possible is 0.83": the sixth was the unattributed captions.
    const transcript = makeTranscript([
      ['Ana', 'Welcome everyone, the agenda is short today.'],
      ['Unknown speaker', 'Hello?'],
      ['Ben', 'The release is on track for Friday.'],
      ['Cy', 'Support is ready for it.'],
    ]);
    const analysis: Analysis = analysisFor(transcript, 'Stand-up');
    const participation = pagesOf(await renderReport({ analysis, options: { title: 'Stand-up', generatedAt: NOW } }))
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(participation).toContain('With 3 people, an even split gives everyone 33%');
    expect(participation).toContain('with 3 people the most uneven possible is 0.67');
  });
});

// Skipped where pdftotext (poppler-utils) is missing: the PDF's text is read back with it.
describe.skipIf(!HAS_PDFTOTEXT)('people without a card', () => {
  it('are named on the coaching page, and no later notes are promised when there are none (review r31)', async () => {
    // Three of four people opened a report with one card and found nothing about themselves, and the page
    // promised "more notes" that never came.
    const transcript = makeTranscript([
      ['Ana', 'The launch stays on Friday. Ben, what do you think?', 0, 4],
      ['Ben', 'Friday works if support knows by Wednesday.', 4.5, 8],
      ['Cy', 'I will draft the note to support today.', 8.5, 11],
      ['Ana', 'Good, then we are done.', 11.5, 13],
    ]);
    const options = { title: 'Launch', commentary: 'rules' as const, llm: llmConfigFromEnv({}), now: NOW };
    const analysis = await analyzeTranscript(transcript, options);
    const withItems = analysis.commentary.people.filter((p) => p.strengths.length + p.actions.length > 0);
    expect(withItems.map((p) => p.speakerId)).toEqual(['s1']);
    const pages = pagesOf(await renderAnalysisPdf(analysis));
    const coaching = pages.find((page) => page.includes('Per-person coaching'))!;
    // Said as the tool's limit, not as a verdict: a coach found a strength the rules do not count (review r33).
    expect(coaching).toMatch(
      /No card for Ben and Cy: nothing the analysis found about them was sure enough for a card/,
    );
    expect(coaching).not.toContain('more notes follow');
    expect(pages.join(' ')).not.toContain('More coaching notes');
    // Written by rules, asked of no model: no prompt version in the methodology (review r32).
    expect(pages.join(' ')).toContain('written by deterministic rules');
    expect(pages.join(' ')).not.toContain('Prompt version');
  });
});

// Skipped where pdftotext (poppler-utils) is missing: the PDF's text is read back with it.
describe.skipIf(!HAS_PDFTOTEXT)('a meeting with nothing to raise with anyone', () => {
  it('says so on the coaching page instead of leaving it empty', async () => {
    const transcript = makeTranscript([
      ['Ana', 'The launch stays on Friday.', 0, 3],
      ['Ben', 'Fine, I will tell support.', 3.5, 6],
    ]);
    const options = { title: 'Launch', commentary: 'rules' as const, llm: llmConfigFromEnv({}), now: NOW };
    const analysis = await analyzeTranscript(transcript, options);
    expect(analysis.commentary.people.every((p) => p.strengths.length + p.actions.length === 0)).toBe(true);
    const coaching = pagesOf(await renderAnalysisPdf(analysis)).find((page) => page.includes('Per-person coaching'));
    expect(coaching).toContain('No one has a point on this page');
  });
});
