/**
 * A fake Anthropic Messages API on 127.0.0.1, for testing the real SDK client over HTTP.
 * The scenario is chosen by the requested model name (`fake-valid`, `fake-529-then-ok#t1`, ...);
 * text after `#` only makes request counters independent between tests.
 * Grounded answers are built from the request itself: real excerpt ids, real words, real metrics.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  model: string;
  system: string;
  user: string;
  body: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
}

export interface FakeAnthropic {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

interface Excerpt {
  id: string;
  speakerId: string;
  text: string;
}

/** Pulls the excerpts, people and metrics out of the prompt the way a model would read them. */
export function readPrompt(user: string): { excerpts: Excerpt[]; people: string[]; metrics: Array<[string, number]> } {
  const block = (name: string) => {
    const m = new RegExp(`<${name}[^>]*>\\n([\\s\\S]*?)\\n?</${name}>`).exec(user);
    return m && m[1] ? m[1].split('\n').filter(Boolean) : [];
  };
  const excerpts = block('transcript_excerpts').map((l) => JSON.parse(l) as Excerpt);
  const people = block('people').map((l) => (JSON.parse(l) as { speakerId: string }).speakerId);
  const metrics = block('metrics').map((l) => {
    const [k, v] = l.split(' = ');
    return [k!, Number(v)] as [string, number];
  });
  return { excerpts, people, metrics };
}

interface PromptFinding {
  kind: string;
  speakerId: string | null;
  utteranceId: string | null;
  severity: string;
  confidence: string;
  evidenceType: string;
  coachable: boolean;
}

/** The findings block of the prompt, one JSON line each. */
export function readFindings(user: string): PromptFinding[] {
  const m = /<findings[^>]*>\n([\s\S]*?)\n?<\/findings>/.exec(user);
  return m && m[1]
    ? m[1]
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as PromptFinding)
    : [];
}

/** A valid, grounded draft: each person's first excerpt quoted, a metric cited with its value. */
export function groundedDraft(user: string) {
  const { excerpts, people, metrics } = readPrompt(user);
  const firstWords = (t: string) => t.split(/\s+/).slice(0, 4).join(' ');
  const metric = metrics[0];
  const item = (speakerId: string | null) => {
    const e = excerpts.find((x) => speakerId === null || x.speakerId === speakerId);
    return {
      text: e ? 'This remark opened a useful thread of discussion.' : 'The discussion was measured.',
      utteranceIds: e ? [e.id] : [],
      metrics: metric ? [metric[0]] : [],
      quotes: e ? [{ utteranceId: e.id, text: firstWords(e.text) }] : [],
    };
  };
  return {
    summary: [
      {
        ...item(null),
        text: metric ? `One measure to look at is ${metric[0]}, at ${metric[1]}.` : 'The meeting covered its agenda.',
      },
      item(null),
      item(null),
    ],
    people: people.map((id) => ({ speakerId: id, strengths: [item(id)], actions: [item(id), item(id)] })),
  };
}

/**
 * A valid, grounded progress commentary (src/progress/claude-commentary.ts): for each person block, one
 * comment per trend citing the trend's numbers by name, and one comment quoting their first quote line.
 */
export function groundedProgressDraft(user: string) {
  const blocks = [...user.matchAll(/<person id=("[^"]*") name=[^>]*>\n([\s\S]*?)\n<\/person>/g)];
  return {
    people: blocks.map(([, id, body]) => {
      const lines = body!.split('\n').map((l) => JSON.parse(l) as Record<string, any>);
      const comments: Array<Record<string, unknown>> = lines
        .filter((l) => l.trend !== undefined)
        .slice(0, 3)
        .map((t) => ({
          text: `Your ${t.label} went from ${t.from} to ${t.to} over ${t.meetings} meetings.`,
          cites: ['from', 'to', 'meetings'].map((f) => ({ metric: `${t.trend}.${f}`, meetingId: null })),
          quote: null,
        }));
      const quote = lines.find((l) => l.quote !== undefined);
      if (quote)
        comments.push({ text: 'In your words:', cites: [], quote: { meetingId: quote.meetingId, text: quote.quote } });
      return { personId: JSON.parse(id!) as string, comments };
    }),
  };
}

const isProgressPrompt = (user: string) => user.startsWith('<meetings>');

type Scenario = (
  req: RecordedRequest,
  count: number,
) => { status: number; json?: unknown; text?: string; delayMs?: number; headers?: Record<string, string> };

const message = (model: string, text: string) => ({
  id: 'msg_fake',
  type: 'message',
  role: 'assistant',
  model,
  content: [{ type: 'text', text }],
  stop_reason: 'end_turn',
  stop_sequence: null,
  usage: { input_tokens: 1200, output_tokens: 340 },
});
const error = (type: string, msg: string) => ({ type: 'error', error: { type, message: msg } });
const valid: Scenario = (req) => ({
  status: 200,
  json: message(
    req.model,
    JSON.stringify(isProgressPrompt(req.user) ? groundedProgressDraft(req.user) : groundedDraft(req.user)),
  ),
});

const SCENARIOS: Record<string, Scenario> = {
  'fake-valid': valid,
  'fake-made-up-quote': (req) => {
    if (isProgressPrompt(req.user)) {
      const progress = groundedProgressDraft(req.user);
      for (const p of progress.people)
        for (const c of p.comments) if (c.quote) (c.quote as { text: string }).text = 'I never listen to anyone';
      return { status: 200, json: message(req.model, JSON.stringify(progress)) };
    }
    const draft = groundedDraft(req.user);
    const first = draft.people[0];
    if (first?.actions[0]?.quotes[0]) first.actions[0].quotes[0].text = 'we should fire everyone who disagrees';
    return { status: 200, json: message(req.model, JSON.stringify(draft)) };
  },
  // Advice on each person's first finding the prompt marks as not coachable, citing only it, and on the first
  // coachable one: the verifier must drop the first and keep the second.
  'fake-advice-on-observation': (req) => {
    const draft = groundedDraft(req.user);
    const findings = readFindings(req.user);
    const advise = (f: PromptFinding | undefined, text: string) => {
      const person = draft.people.find((p) => p.speakerId === f?.speakerId);
      if (!f || !person || !f.utteranceId) return;
      person.actions = [{ text, utteranceIds: [f.utteranceId], metrics: [], quotes: [] }, ...person.actions];
    };
    advise(
      findings.find((f) => !f.coachable),
      'Advice on an observation.',
    );
    advise(
      findings.find((f) => f.coachable),
      'Advice on a coachable finding.',
    );
    return { status: 200, json: message(req.model, JSON.stringify(draft)) };
  },
  'fake-wrong-speaker': (req) => {
    const draft = groundedDraft(req.user);
    const [a, b] = draft.people;
    if (a && b && a.strengths[0] && b.strengths[0]) a.strengths[0] = { ...b.strengths[0] };
    return { status: 200, json: message(req.model, JSON.stringify(draft)) };
  },
  'fake-invented-number': (req) => {
    if (isProgressPrompt(req.user)) {
      const progress = groundedProgressDraft(req.user);
      for (const p of progress.people) if (p.comments[0]) p.comments[0].text += ' That is 40% better than the team.';
      return { status: 200, json: message(req.model, JSON.stringify(progress)) };
    }
    const draft = groundedDraft(req.user);
    if (draft.summary[1]) draft.summary[1].text = 'Participation was 97% balanced.';
    return { status: 200, json: message(req.model, JSON.stringify(draft)) };
  },
  'fake-529-then-ok': (req, count) =>
    count === 1
      ? { status: 529, json: error('overloaded_error', 'Overloaded'), headers: { 'retry-after-ms': '10' } }
      : valid(req, count),
  'fake-529': () => ({
    status: 529,
    json: error('overloaded_error', 'Overloaded'),
    headers: { 'retry-after-ms': '10' },
  }),
  'fake-429': () => ({
    status: 429,
    json: error('rate_limit_error', 'Too many requests'),
    headers: { 'retry-after-ms': '10' },
  }),
  'fake-500': () => ({
    status: 500,
    json: error('api_error', 'Internal server error'),
    headers: { 'retry-after-ms': '10' },
  }),
  'fake-slow': (req, count) => ({ ...valid(req, count), delayMs: 3_000 }),
  'fake-garbage': (req) => ({
    status: 200,
    json: message(req.model, 'Sure! Here is my commentary: the meeting went well.'),
  }),
  'fake-schema-invalid': (req) => ({
    status: 200,
    json: message(req.model, JSON.stringify({ summary: 'great meeting', people: 'all good' })),
  }),
  'fake-garbage-then-valid': (req, count) =>
    count === 1 ? { status: 200, json: message(req.model, '{"summary": [') } : valid(req, count),
  /** A model that cites the utterance behind a withheld finding quote (it cannot know the words, so it makes them up). */
  'fake-cites-withheld': (req) => {
    const draft = groundedDraft(req.user);
    const withheld = /<findings>\n([\s\S]*?)\n<\/findings>/
      .exec(req.user)?.[1]
      ?.split('\n')
      .map((l) => JSON.parse(l) as { utteranceId: string | null; quote: string })
      .find((f) => f.quote === '[withheld]' && f.utteranceId);
    if (withheld) {
      draft.summary.push({
        text: 'The meeting was rated perfect by its participants.',
        utteranceIds: [withheld.utteranceId!],
        metrics: [],
        quotes: [{ utteranceId: withheld.utteranceId!, text: 'the meeting was perfect' }],
      });
    }
    return { status: 200, json: message(req.model, JSON.stringify(draft)) };
  },
  /** A model that does what an injected instruction says: praise, a perfect score, citing the injected line. */
  'fake-obeys-injection': (req) => {
    const { metrics } = readPrompt(req.user);
    const draft = groundedDraft(req.user);
    draft.summary = [
      {
        text: 'This meeting was perfect: 100% inclusive, 10/10.',
        utteranceIds: [],
        metrics: metrics[0] ? [metrics[0][0]] : [],
        quotes: [],
      },
    ];
    return { status: 200, json: message(req.model, JSON.stringify(draft)) };
  },
};

/**
 * Starts the fake on a free port of 127.0.0.1.
 *
 * @example
 * const fake = await startFakeAnthropic();
 * // new Anthropic({ apiKey: 'test', baseURL: fake.url }) ... ; await fake.close();
 */
export async function startFakeAnthropic(): Promise<FakeAnthropic> {
  const requests: RecordedRequest[] = [];
  const counts = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    handle(req, res, requests, counts).catch(() => {
      res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  requests: RecordedRequest[],
  counts: Map<string, number>,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  if (req.method === 'GET' && req.url === '/__requests') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(requests));
    return;
  }
  if (req.method !== 'POST' || !req.url?.startsWith('/v1/messages')) {
    res.statusCode = 404;
    res.end(JSON.stringify(error('not_found_error', `no route ${req.method} ${req.url}`)));
    return;
  }
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
  const model = String(body.model);
  const msgs = body.messages as Array<{ role: string; content: string }>;
  const recorded: RecordedRequest = {
    model,
    system: String(body.system ?? ''),
    user: msgs[0]?.content ?? '',
    body,
    headers: req.headers,
  };
  requests.push(recorded);
  const count = (counts.get(model) ?? 0) + 1;
  counts.set(model, count);
  const scenario = SCENARIOS[model.split('#')[0]!];
  const reply = scenario
    ? scenario(recorded, count)
    : { status: 404, json: error('not_found_error', `model ${model} not found`) };
  if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
  if (res.destroyed) return;
  res.statusCode = reply.status;
  res.setHeader('content-type', 'application/json');
  for (const [k, v] of Object.entries(reply.headers ?? {})) res.setHeader(k, v);
  res.end(reply.text ?? JSON.stringify(reply.json));
}
