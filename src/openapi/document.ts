/**
 * The OpenAPI 3.1 document of the service, served at /openapi.json. The paths are written here
 * by hand; every schema comes from the zod schemas the code itself uses (z.toJSONSchema), so the
 * document cannot drift from what the API validates and returns.
 */
import { INPUT_LIMITS } from '../model/limits';
import * as z from 'zod';
import { AnalysisList, AnalysisResponse, ErrorBody, Health } from '../http/api-schemas';
import { RAW_CONTENT_TYPES } from '../http/upload';
import { UploadOptions } from '../http/upload-options';
import { JobView } from '../queue/job';
import { progressPaths } from './progress-paths';
import { VERSION } from '../version';

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
/** A zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect, so `$schema` is left out). */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    io,
  }) as Json;
  return rest;
}
const schemaOf = (schema: z.ZodType): Json => jsonSchema(schema, 'output');
const inputSchemaOf = (schema: z.ZodType): Json => jsonSchema(schema, 'input');

const error = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });
const retryAfter = { 'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer' } } };

const COMMON_ERRORS = {
  '401': error('No API key, or an unknown one (`unauthorized`)'),
  '429': { ...error('Too many requests for this key (`rate-limited`)'), headers: retryAfter },
  '503': {
    ...error(
      'Storage or queue temporarily unavailable (`storage-unavailable`), or no API keys configured (`auth-not-configured`)',
    ),
    headers: retryAfter,
  },
};

const idParameter = (what: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `The ${what} id`,
  schema: { type: 'string', pattern: '^[0-9a-hjkmnp-tv-z]{26}$' },
});

function optionParameters(): Json[] {
  const shape = inputSchemaOf(UploadOptions) as { properties: Record<string, Json> };
  return Object.entries(shape.properties).map(([name, schema]) => {
    const { description, ...rest } = schema;
    return {
      name,
      in: 'query',
      required: false,
      description,
      schema: name === 'attendees' ? { type: 'array', items: { type: 'string' } } : rest,
      ...(name === 'attendees' ? { explode: true } : {}),
    };
  });
}

let cached: Json | null = null;

/**
 * Builds (once) the OpenAPI document.
 *
 * @example
 * const doc = openApiDocument();
 * Object.keys(doc.paths) // => ['/health', '/v1/analyses', '/v1/analyses/{id}', '/v1/analyses/{id}/report.pdf', ...]
 */
export function openApiDocument(): Json {
  if (cached) return cached;
  const progress = progressPaths({ ref, error, commonErrors: COMMON_ERRORS, schemaOf, inputSchemaOf });
  const rawBodies = Object.fromEntries(
    RAW_CONTENT_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
  );
  cached = {
    openapi: '3.1.0',
    info: {
      title: 'Meeting analyser API',
      version: VERSION,
      description:
        'Upload a meeting transcript; get turn-taking, inclusivity and tone measurements with their evidence, coaching commentary, and a PDF report. ' +
        'Every error is `{ "error": { "code", "message", "details" } }`.',
    },
    servers: [{ url: '/' }],
    security: [{ bearerAuth: [] }],
    paths: {
      '/health': {
        get: {
          operationId: 'health',
          summary: 'Liveness and version',
          security: [],
          responses: {
            '200': { description: 'The service is up', content: { 'application/json': { schema: ref('Health') } } },
          },
        },
      },
      '/v1/analyses': {
        post: {
          operationId: 'createAnalysis',
          summary: 'Analyse a transcript',
          description:
            'Synchronous by default: 201 with the analysis once the JSON and the PDF are stored. With `Prefer: respond-async`: 202 with a job to follow at `/v1/jobs/{id}`. ' +
            'Options go in the query string or as multipart fields of the same names.',
          parameters: [
            {
              name: 'Prefer',
              in: 'header',
              required: false,
              description: '`respond-async` to run the analysis as a job',
              schema: { type: 'string', enum: ['respond-async'] },
            },
            ...optionParameters(),
          ],
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  required: ['file'],
                  properties: {
                    file: { type: 'string', format: 'binary', description: 'The transcript file' },
                    ...(inputSchemaOf(UploadOptions).properties as Json),
                  },
                },
              },
              ...rawBodies,
            },
          },
          responses: {
            '201': {
              description: 'The analysis, stored',
              headers: { Location: { description: 'The analysis URL', schema: { type: 'string' } } },
              content: { 'application/json': { schema: ref('Analysis') } },
            },
            '202': {
              description: 'The job (with `Prefer: respond-async`)',
              headers: { Location: { description: 'The job URL', schema: { type: 'string' } } },
              content: { 'application/json': { schema: ref('Job') } },
            },
            '400': error(
              'Empty body (`empty-body`), bad option (`invalid-option`, `invalid-callback-url`), malformed multipart',
            ),
            '413': error(
              'Upload over MAX_UPLOAD_BYTES (`payload-too-large`), transcript over MAX_WORDS (`transcript-too-long`), ' +
                'or a value storage refuses as too large (`storage-rejected`: a retry fails the same way)',
            ),
            '415': error(
              'Content type not accepted (`unsupported-media-type`), binary file (`binary-input`), unknown transcript format (`unknown-format`)',
            ),
            '422': error(
              'The file is a transcript format but cannot be read (`malformed-timestamp`, `malformed-json`, `invalid-structure`, ' +
                `\`invalid-docx\`, \`no-speech\`; details.line says where), or it has more than ${INPUT_LIMITS.speakers} speakers (\`too-many-speakers\`)`,
            ),
            '504': error('Took longer than SYNC_TIMEOUT_MS (`analysis-timeout`); use `Prefer: respond-async`'),
            ...COMMON_ERRORS,
          },
        },
        get: {
          operationId: 'listAnalyses',
          summary: "List the caller's analyses",
          parameters: [
            {
              name: 'limit',
              in: 'query',
              required: false,
              schema: { type: 'integer', minimum: 1, maximum: 100, default: 50 },
            },
            {
              name: 'cursor',
              in: 'query',
              required: false,
              description: 'The `cursor` of the previous page',
              schema: { type: 'string' },
            },
          ],
          responses: {
            '200': {
              description: 'A page of analyses',
              content: { 'application/json': { schema: ref('AnalysisList') } },
            },
            '400': error('Bad limit'),
            ...COMMON_ERRORS,
          },
        },
      },
      '/v1/analyses/{id}': {
        parameters: [idParameter('analysis')],
        get: {
          operationId: 'getAnalysis',
          summary: 'Read an analysis',
          responses: {
            '200': { description: 'The analysis', content: { 'application/json': { schema: ref('Analysis') } } },
            '404': error('No such analysis for this key (`not-found`), also when another key owns it'),
            '410': error('Expired under the retention period and now deleted (`expired`)'),
            ...COMMON_ERRORS,
          },
        },
        delete: {
          operationId: 'deleteAnalysis',
          summary: 'Delete an analysis and everything stored for it',
          description:
            'Removes the JSON, the PDF, the kept transcript, the cached commentary and, for an analysis made by an async job, the job record.',
          responses: {
            '204': { description: 'Deleted' },
            '404': error('No such analysis for this key (`not-found`)'),
            ...COMMON_ERRORS,
          },
        },
      },
      '/v1/analyses/{id}/report.pdf': {
        parameters: [idParameter('analysis')],
        get: {
          operationId: 'getReport',
          summary: 'Download the PDF report',
          responses: {
            '200': {
              description: 'The PDF, named after the meeting title and date',
              headers: {
                'Content-Disposition': {
                  schema: { type: 'string' },
                  description: 'e.g. attachment; filename="weekly-sync-2026-11-21.pdf"',
                },
              },
              content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
            },
            '404': error('No such analysis for this key (`not-found`)'),
            '410': error('Expired (`expired`)'),
            ...COMMON_ERRORS,
          },
        },
      },
      '/v1/analyses/{id}/transcript': {
        parameters: [idParameter('analysis')],
        get: {
          operationId: 'getTranscript',
          summary: 'Download the uploaded file (only when created with keepTranscript=true)',
          description:
            'Served as a download with a content type chosen from the detected format (never the one sent with the upload) and `Content-Security-Policy: sandbox`.',
          responses: {
            '200': {
              description: 'The file as uploaded',
              content: {
                'text/plain': { schema: { type: 'string', format: 'binary' } },
                'application/json': { schema: { type: 'string', format: 'binary' } },
                'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
                  schema: { type: 'string', format: 'binary' },
                },
              },
            },
            '404': error('No such analysis, or its transcript was not kept (`not-found`)'),
            '410': error('Expired (`expired`)'),
            ...COMMON_ERRORS,
          },
        },
      },
      '/v1/jobs/{id}': {
        parameters: [idParameter('job')],
        get: {
          operationId: 'getJob',
          summary: 'Follow an async analysis',
          description:
            'status: queued -> running -> complete | failed. When complete, links.analysis and links.report point at the result; when failed, error says why.',
          responses: {
            '200': { description: 'The job', content: { 'application/json': { schema: ref('Job') } } },
            '404': error('No such job for this key (`not-found`)'),
            ...COMMON_ERRORS,
          },
        },
        delete: {
          operationId: 'deleteJob',
          summary: 'Delete a job and the analysis it made',
          description:
            'Removes the job record, its waiting upload and the analysis it made (JSON, PDF, kept transcript, cached commentary). A job still running stops and stores nothing.',
          responses: {
            '204': { description: 'Deleted' },
            '404': error('No such job for this key (`not-found`)'),
            ...COMMON_ERRORS,
          },
        },
      },
      ...progress.paths,
    },
    components: {
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API key; the service stores only its SHA-256 hash',
        },
      },
      schemas: {
        Analysis: schemaOf(AnalysisResponse),
        AnalysisList: schemaOf(AnalysisList),
        Job: schemaOf(JobView),
        Error: schemaOf(ErrorBody),
        Health: schemaOf(Health),
        ...progress.schemas,
      },
    },
  };
  return cached;
}
