/**
 * Claude's commentary on progress, with the real @anthropic-ai/sdk against the fake Anthropic API on
 * 127.0.0.1: what it states is looked up and verified (every number a cited value, every quote the
 * person's own evidence), what fails is dropped, and any failure gives the rules' commentary.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { llmConfigFromEnv } from '../../src/commentary/config';
import { main } from '../../src/cli-progress';
import { writeProgressCommentary } from '../../src/progress/claude-commentary';
import { storedValue, verifyProgressComment } from '../../src/progress/commentary';
import { ProgressDocument } from '../../src/progress/schema';
import { startFakeAnthropic, type FakeAnthropic } from '../helpers/fake-anthropic';

let doc: ProgressDocument;
let fake: FakeAnthropic;
const MARIA = 'maria-elena-lopez';

beforeAll(async () => {
  fake = await startFakeAnthropic();
  const out = join(mkdtempSync(join(tmpdir(), 'progress-claude-')), 'series.json');
  const code = await main([
    'fixtures/progress',
    '--attendees',
    'Tom Becker',
    '--series',
    'Platform weekly',
    '--commentary',
    'none',
    '--json',
    out,
  ]);
  expect(code).toBe(0);
  const json = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
  expect(json).not.toHaveProperty('commentary');
  doc = ProgressDocument.parse(json);
}, 60_000);
afterAll(() => fake.close());

const claude = (model: string) =>
  llmConfigFromEnv({ ANTHROPIC_API_KEY: 'test-key', ANTHROPIC_BASE_URL: fake.url, ANTHROPIC_MODEL: model });
const named = () => doc.people.filter((p) => !p.anonymous);

describe("Claude's progress commentary", () => {
  it('keeps comments whose numbers are the stored trend values and whose quotes are the person’s own', async () => {
    const c = await writeProgressCommentary(doc, { mode: 'llm', llm: claude('fake-valid#progress') });
    expect(c).toMatchObject({ source: 'claude', model: 'fake-valid#progress', fallbackReason: null, dropped: 0 });
    expect(c.people.map((p) => p.personId)).toEqual(named().map((p) => p.id));
    const maria = c.people.find((p) => p.personId === MARIA)!;
    expect(maria.source).toBe('claude');
    // Her interruptions fell over the five meetings: the comment states the trend's own from and to.
    const trend = doc.trends.find((t) => t.personId === MARIA && t.metric === 'interruptionsMadePerHour')!;
    const about = maria.comments.find((x) => x.cites.some((cite) => cite.metric === 'interruptionsMadePerHour.from'));
    expect(about?.text).toContain(`from ${trend.from} to ${trend.to} over ${trend.meetings} meetings`);
    for (const person of c.people)
      for (const comment of person.comments) expect(verifyProgressComment(comment, doc, person.personId)).toBeNull();
    const quoted = maria.comments.find((x) => x.quote !== null)!;
    const hers = doc.people.find((p) => p.id === MARIA)!.meetings.flatMap((m) => m?.evidence ?? []);
    expect(hers.map((e) => e.quote)).toContain(quoted.quote!.text);
  });

  it("sends only the reported person's numbers and quotes for their own report", async () => {
    const model = 'fake-valid#own-report';
    const c = await writeProgressCommentary(doc, { mode: 'llm', llm: claude(model), personIds: [MARIA] });
    expect(c.people.map((p) => p.personId)).toEqual([MARIA]);
    const sent = fake.requests.filter((r) => r.model === model).map((r) => r.user);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain(`<person id="${MARIA}"`);
    for (const other of named().filter((p) => p.id !== MARIA)) {
      expect(sent[0]).not.toContain(other.id);
      for (const e of other.meetings.flatMap((m) => m?.evidence ?? []))
        if (!hersQuotes().includes(e.quote)) expect(sent[0]).not.toContain(`{"quote":${JSON.stringify(e.quote)}`);
    }
  });

  it('drops a comment with a number nobody cited, and keeps the rest', async () => {
    const c = await writeProgressCommentary(doc, { mode: 'llm', llm: claude('fake-invented-number#progress') });
    expect(c.source).toBe('claude');
    expect(c.dropped).toBeGreaterThan(0);
    for (const person of c.people) for (const comment of person.comments) expect(comment.text).not.toContain('40%');
    expect(c.people.find((p) => p.personId === MARIA)!.comments.length).toBeGreaterThan(0);
  });

  it('drops a quote that is not the person’s words', async () => {
    const c = await writeProgressCommentary(doc, { mode: 'llm', llm: claude('fake-made-up-quote#progress') });
    for (const person of c.people)
      for (const comment of person.comments) expect(comment.quote?.text).not.toBe('I never listen to anyone');
    expect(c.dropped).toBeGreaterThan(0);
  });

  it('falls back to the rules, with the reason, without a key or when the API fails', async () => {
    const none = await writeProgressCommentary(doc, { mode: 'llm', llm: llmConfigFromEnv({}) });
    expect(none).toMatchObject({ source: 'rules', fallbackReason: 'no ANTHROPIC_API_KEY is configured' });
    const rulesTexts = none.people.find((p) => p.personId === MARIA)!.comments.map((x) => x.text);
    expect(rulesTexts.some((t) => t.startsWith('Interruptions made: from'))).toBe(true);
    const busy = await writeProgressCommentary(doc, {
      mode: 'llm',
      llm: { ...claude('fake-529#progress'), maxRetries: 0 },
    });
    expect(busy.source).toBe('rules');
    expect(busy.fallbackReason).toMatch(/HTTP 529 \(overloaded\)/);
  });
});

describe('what a cite may name', () => {
  it("is a person's metric in a meeting they attended, or a number of a trend with enough meetings", () => {
    const maria = doc.people.find((p) => p.id === MARIA)!;
    const first = maria.meetings.findIndex((m) => m !== null);
    const meetingId = doc.series.meetings[first]!.id;
    expect(storedValue(doc, MARIA, { metric: 'questions', meetingId })).toBe(maria.meetings[first]!.questions);
    const trend = doc.trends.find((t) => t.personId === MARIA && t.metric === 'questions')!;
    expect(storedValue(doc, MARIA, { metric: 'questions.meetings', meetingId: null })).toBe(trend.meetings);
    expect(storedValue(doc, MARIA, { metric: 'questions.sd', meetingId: null })).toBeNull();
    expect(storedValue(doc, MARIA, { metric: 'questions', meetingId: 'no-such-meeting' })).toBeNull();
    expect(storedValue(doc, 'nobody', { metric: 'questions', meetingId })).toBeNull();
  });
});

function hersQuotes(): string[] {
  return doc.people.find((p) => p.id === MARIA)!.meetings.flatMap((m) => m?.evidence.map((e) => e.quote) ?? []);
}
