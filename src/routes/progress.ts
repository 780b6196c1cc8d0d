/**
 * /v1/series and /v1/people: progress across meetings, from the D1 index (src/storage/progress-store.ts).
 * HTTP only. Every lookup goes through the caller's store, so another key's series or person is 404.
 */
import { Hono, type Context } from 'hono';
import type * as z from 'zod';
import type { AppEnv } from '../http/app-env';
import { AppError } from '../http/errors';
import { MergeRequest, RenameRequest } from '../http/progress-schemas';
import { removePersonEverywhere } from '../storage/remove-person-everywhere';
import { progressOf } from './stores';
import { attachment } from '../http/content-disposition';
import { renderProgressPdf } from '../../reports/progress/render-progress-pdf';
import { llmConfigFromEnv } from '../commentary/config';
import { COMMENTARY_MODES } from '../commentary/index';
import { writeProgressCommentary, type ProgressCommentary } from '../progress/claude-commentary';
import type { ProgressDocument } from '../progress/schema';

const notFound = (what: string, id: string) =>
  new AppError(404, 'not-found', `no ${what} with id ${id.slice(0, 64)}`, { id: id.slice(0, 64) });

/**
 * @example
 * v1.route('/series', seriesRoutes());
 */
export function seriesRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/', async (c) => {
    const items = await progressOf(c).listSeries();
    return c.json({
      items: items.map((s) => ({
        ...s,
        links: { self: `/v1/series/${s.id}`, report: `/v1/series/${s.id}/report.pdf` },
      })),
    });
  });
  routes.get('/:id', async (c) => {
    const doc = await progressOf(c).seriesDocument(c.req.param('id'));
    if (!doc) throw notFound('series', c.req.param('id'));
    return c.json(await withCommentary(c, doc, false));
  });
  routes.get('/:id/report.pdf', async (c) => {
    const doc = await progressOf(c).seriesDocument(c.req.param('id'));
    if (!doc) throw notFound('series', c.req.param('id'));
    const commentary = (await commentaryFor(c, doc, true)) ?? undefined;
    return pdf(c, await renderProgressPdf(doc, { commentary }), `progress-${doc.series.name}`);
  });
  return routes;
}

/**
 * @example
 * v1.route('/people', peopleRoutes());
 */
export function peopleRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/', async (c) => {
    const items = await progressOf(c).listPeople();
    return c.json({
      items: items.map((p) => ({
        ...p,
        links: { self: `/v1/people/${p.id}`, report: `/v1/people/${p.id}/report.pdf` },
      })),
    });
  });
  routes.get('/:id', async (c) => {
    const id = c.req.param('id');
    const doc = await progressOf(c).personDocument(id);
    if (!doc) throw notFound('person', id);
    return c.json(await withCommentary(c, doc, false, id));
  });
  routes.get('/:id/report.pdf', async (c) => {
    const id = c.req.param('id');
    const doc = await progressOf(c).personDocument(id);
    if (!doc) throw notFound('person', id);
    const commentary = (await commentaryFor(c, doc, true, id)) ?? undefined;
    return pdf(
      c,
      await renderProgressPdf(doc, { personId: id, commentary }),
      `progress-${doc.people[0]?.name ?? 'person'}`,
    );
  });
  routes.patch('/:id', async (c) => {
    const { name } = await body(c, RenameRequest);
    if (!(await progressOf(c).rename(c.req.param('id'), name))) throw notFound('person', c.req.param('id'));
    return c.json(await progressOf(c).personDocument(c.req.param('id')));
  });
  routes.post('/:id/merge', async (c) => {
    const id = c.req.param('id');
    const { personId } = await body(c, MergeRequest);
    const mergeId = await progressOf(c).merge(id, personId);
    return c.json(
      {
        mergeId,
        personId: id,
        mergedId: personId,
        links: { person: `/v1/people/${id}`, undo: `/v1/people/${id}/merge/${mergeId}/undo` },
      },
      201,
    );
  });
  routes.post('/:id/merge/:mergeId/undo', async (c) => {
    const restoredId = await progressOf(c).undoMerge(c.req.param('id'), c.req.param('mergeId'));
    return c.json({ personId: c.req.param('id'), restoredId });
  });
  routes.delete('/:id', async (c) => {
    const id = c.req.param('id');
    if (!(await removePersonEverywhere(c.get('deps').bucket(c.env), c.get('owner').id, progressOf(c), id)))
      throw notFound('person', id);
    return c.body(null, 204);
  });
  return routes;
}

/**
 * The commentary `?commentary=rules|llm|none` asks for. Without the parameter, a PDF gets Claude's when a
 * key is configured (else the rules'), and the JSON gets none (a Claude call on every read would cost).
 * 400 `invalid-option` for another value.
 */
async function commentaryFor(
  c: Context<AppEnv>,
  doc: ProgressDocument,
  forPdf: boolean,
  personId?: string,
): Promise<ProgressCommentary | null> {
  const llm = llmConfigFromEnv(c.env as unknown as Record<string, unknown>);
  const asked = c.req.query('commentary');
  if (asked !== undefined && !(COMMENTARY_MODES as readonly string[]).includes(asked))
    throw new AppError(
      400,
      'invalid-option',
      `commentary must be one of none, rules, llm (got "${asked.slice(0, 40)}")`,
      {
        option: 'commentary',
      },
    );
  const mode = asked ?? (forPdf ? (llm.apiKey ? 'llm' : 'rules') : 'none');
  if (mode === 'none') return null;
  return writeProgressCommentary(doc, {
    mode: mode as 'rules' | 'llm',
    llm,
    personIds: personId === undefined ? undefined : [personId],
  });
}

/** The document, with a `commentary` field when one was asked for. */
async function withCommentary(c: Context<AppEnv>, doc: ProgressDocument, forPdf: boolean, personId?: string) {
  const commentary = await commentaryFor(c, doc, forPdf, personId);
  return commentary === null ? doc : { ...doc, commentary };
}

function pdf(c: Context<AppEnv>, bytes: Uint8Array, name: string): Response {
  const file = `${
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'progress'
  }.pdf`;
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': 'application/pdf',
    'Content-Length': String(bytes.length),
    'Content-Disposition': attachment(file),
  });
}

/** The JSON body, validated; 400 `invalid-body` saying which field is wrong. */
async function body<T extends z.ZodType>(c: Context<AppEnv>, schema: T): Promise<z.infer<T>> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    throw new AppError(400, 'invalid-body', 'the body must be JSON', null);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new AppError(400, 'invalid-body', `${first.path.join('.') || 'body'}: ${first.message}`, {
      issues: parsed.error.issues.map((i) => ({ field: i.path.join('.'), problem: i.message })),
    });
  }
  return parsed.data;
}
