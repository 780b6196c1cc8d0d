/**
 * The progress routes in the OpenAPI document (/v1/series, /v1/people). Kept beside document.ts so that
 * one file holds one part of the API; the schemas are the zod schemas the routes use.
 */
import type * as z from 'zod';
import { MergeRequest, MergeResult, PeopleList, RenameRequest, SeriesList, UndoResult } from '../http/progress-schemas';
import { ProgressCommentary } from '../progress/claude-commentary';
import { ProgressDocument } from '../progress/schema';

type Json = Record<string, unknown>;

/** What document.ts lends: `$ref`, error responses, the errors every route shares, JSON Schema of a zod schema. */
export interface PathKit {
  ref: (name: string) => Json;
  error: (description: string) => Json;
  commonErrors: Json;
  schemaOf: (schema: z.ZodType) => Json;
  inputSchemaOf: (schema: z.ZodType) => Json;
}

/**
 * @example
 * const { paths, schemas } = progressPaths(kit);
 * Object.keys(paths) // => ['/v1/series', '/v1/series/{id}', '/v1/series/{id}/report.pdf', '/v1/people', ...]
 */
export function progressPaths(kit: PathKit): { paths: Json; schemas: Json } {
  const { ref, error, commonErrors } = kit;
  const id = (what: string) => ({
    name: 'id',
    in: 'path',
    required: true,
    description: `The ${what} id`,
    schema: { type: 'string' },
  });
  const notFound = (what: string) =>
    error(`No such ${what} for this key (\`not-found\`), also when another key owns it`);
  const pdf = (description: string) => ({
    description,
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  });
  const commentary = (fallback: string) => ({
    name: 'commentary',
    in: 'query',
    required: false,
    description: `Commentary on each person's trends: \`llm\` (Claude, verified: every number a cited value, every quote the person's own; the rules' comments where Claude fails), \`rules\` or \`none\`. Default: ${fallback}.`,
    schema: { type: 'string', enum: ['none', 'rules', 'llm'] },
  });
  const badCommentary = error('`commentary` is not none, rules or llm (`invalid-option`)');
  const jsonBody = (name: string) => ({ required: true, content: { 'application/json': { schema: ref(name) } } });
  const ok = (description: string, name: string) => ({
    description,
    content: { 'application/json': { schema: ref(name) } },
  });
  const paths = {
    '/v1/series': {
      get: {
        operationId: 'listSeries',
        summary: "The caller's recurring meetings (uploads with `series`)",
        responses: { '200': ok('The series', 'SeriesList'), ...commonErrors },
      },
    },
    '/v1/series/{id}': {
      parameters: [id('series')],
      get: {
        operationId: 'getSeries',
        summary: 'Meetings, people and trends of a series',
        description:
          'people[].meetings is aligned with series.meetings (null where the person was not there). Trends need at least 3 meetings.',
        parameters: [commentary('none')],
        responses: {
          '200': ok('The progress document (with `commentary` when asked for)', 'Progress'),
          '400': badCommentary,
          '404': notFound('series'),
          ...commonErrors,
        },
      },
    },
    '/v1/series/{id}/report.pdf': {
      parameters: [id('series')],
      get: {
        operationId: 'getSeriesReport',
        summary: 'The progress report of a series (PDF)',
        parameters: [commentary('`llm` when an Anthropic key is configured, else `rules`')],
        responses: {
          '200': pdf('One page per person, a team page, method and limits'),
          '400': badCommentary,
          '404': notFound('series'),
          ...commonErrors,
        },
      },
    },
    '/v1/people': {
      get: {
        operationId: 'listPeople',
        summary: "The caller's people across meetings",
        responses: { '200': ok('The people', 'PeopleList'), ...commonErrors },
      },
    },
    '/v1/people/{id}': {
      parameters: [id('person')],
      get: {
        operationId: 'getPerson',
        summary: "One person's progress over every meeting they were in",
        parameters: [commentary('none')],
        responses: {
          '200': ok('Their numbers per meeting and trends (with `commentary` when asked for)', 'Progress'),
          '400': badCommentary,
          '404': notFound('person'),
          ...commonErrors,
        },
      },
      patch: {
        operationId: 'renamePerson',
        summary: 'Rename a person',
        requestBody: jsonBody('RenameRequest'),
        responses: {
          '200': ok('The person', 'Progress'),
          '400': error('Bad body (`invalid-body`)'),
          '404': notFound('person'),
          ...commonErrors,
        },
      },
      delete: {
        operationId: 'deletePerson',
        summary: 'Delete a person everywhere',
        description:
          'Their numbers and quotes are removed from every stored analysis of this key (the JSON is rewritten and the PDF rendered again), then from the index.',
        responses: { '204': { description: 'Deleted' }, '404': notFound('person'), ...commonErrors },
      },
    },
    '/v1/people/{id}/report.pdf': {
      parameters: [id('person')],
      get: {
        operationId: 'getPersonReport',
        summary: "One person's progress report (PDF): their numbers and quotes, team aggregates only",
        parameters: [commentary('`llm` when an Anthropic key is configured, else `rules`')],
        responses: { '200': pdf('The report'), '400': badCommentary, '404': notFound('person'), ...commonErrors },
      },
    },
    '/v1/people/{id}/merge': {
      parameters: [id('person')],
      post: {
        operationId: 'mergePeople',
        summary: 'Confirm that another person is this one',
        requestBody: jsonBody('MergeRequest'),
        responses: {
          '201': ok('Merged; links.undo undoes it', 'MergeResult'),
          '400': error('Bad body (`invalid-body`)'),
          '404': notFound('person'),
          '409': error('Both people speak in one meeting, so the transcript tells them apart (`merge-conflict`)'),
          ...commonErrors,
        },
      },
    },
    '/v1/people/{id}/merge/{mergeId}/undo': {
      parameters: [id('person'), { name: 'mergeId', in: 'path', required: true, schema: { type: 'string' } }],
      post: {
        operationId: 'undoMerge',
        summary: 'Undo a merge',
        responses: {
          '200': ok('The merged person is back', 'UndoResult'),
          '404': error('No such merge, or already undone (`not-found`)'),
          ...commonErrors,
        },
      },
    },
  };
  const schemas = {
    Progress: kit.schemaOf(ProgressDocument.extend({ commentary: ProgressCommentary.optional() })),
    SeriesList: kit.schemaOf(SeriesList),
    PeopleList: kit.schemaOf(PeopleList),
    MergeRequest: kit.inputSchemaOf(MergeRequest),
    MergeResult: kit.schemaOf(MergeResult),
    UndoResult: kit.schemaOf(UndoResult),
    RenameRequest: kit.inputSchemaOf(RenameRequest),
  };
  return { paths, schemas };
}
