/**
 * Options of `POST /v1/analyses`, given as query parameters or multipart fields (the same names).
 * The zod schema validates them and also describes them in the OpenAPI document.
 */
import * as z from 'zod';
import { COMMENTARY_MODES } from '../commentary/index';
import { INPUT_LIMITS } from '../model/limits';
import { AppError } from './errors';

/**
 * @example
 * UploadOptions.parse({ title: 'Weekly sync', attendees: ['Ana'] })
 * // => { title: 'Weekly sync', attendees: ['Ana'], keepTranscript: false } (commentary unset: the service's default applies)
 */
export const UploadOptions = z.object({
  title: z
    .string()
    .trim()
    .min(1)
    .max(INPUT_LIMITS.titleChars)
    .optional()
    .describe('Meeting title shown on the report; default: from the file name'),
  attendees: z
    .array(z.string().trim().min(1).max(INPUT_LIMITS.nameChars))
    .max(INPUT_LIMITS.attendees)
    .default([])
    .describe(
      'Everyone invited, spoken or not (comma-separated or repeated); silent invitees count in the equality measures',
    ),
  commentary: z
    .enum(COMMENTARY_MODES)
    .optional()
    .describe(
      'none: measurements only; rules: deterministic coaching; llm: Claude, falling back to rules. Default: llm when the service has an Anthropic key, rules otherwise',
    ),
  callbackUrl: z
    .url({ protocol: /^https?$/ })
    .max(2048)
    .optional()
    .describe('With `Prefer: respond-async`: URL that receives a POST with the job as JSON when it completes or fails'),
  keepTranscript: z
    .boolean()
    .default(false)
    .describe('Keep the uploaded file with the analysis (deleted with it); default: not kept'),
  series: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('The recurring meeting this one belongs to ("Platform weekly"); matched case-insensitively'),
  meetingDate: z.iso
    .date()
    .optional()
    .describe(
      'The meeting day, YYYY-MM-DD; default: the date written in the file, else in its name, else the upload day',
    ),
});
export type UploadOptions = z.infer<typeof UploadOptions>;

/**
 * Names accepted as options; anything else in the query string is refused, to catch typos.
 *
 * @example
 * UPLOAD_OPTION_NAMES // => ['title', 'attendees', 'commentary', 'callbackUrl', 'keepTranscript', 'series', 'meetingDate']
 */
export const UPLOAD_OPTION_NAMES = Object.keys(UploadOptions.shape) as Array<keyof UploadOptions>;

/**
 * Validates options from the query string and multipart fields (fields win over the query).
 *
 * @example
 * parseUploadOptions(new URLSearchParams('title=Weekly%20sync&attendees=Ana,Bo&attendees=Cy&commentary=none'), new Map())
 * // => { title: 'Weekly sync', attendees: ['Ana', 'Bo', 'Cy'], commentary: 'none', keepTranscript: false }
 */
export function parseUploadOptions(query: URLSearchParams, fields: Map<string, string[]>): UploadOptions {
  const values = (name: string): string[] => fields.get(name) ?? query.getAll(name);
  const unknown = [...new Set([...query.keys(), ...fields.keys()])].filter(
    (name) => !(UPLOAD_OPTION_NAMES as string[]).includes(name),
  );
  if (unknown.length > 0) {
    throw new AppError(
      400,
      'invalid-option',
      `unknown option ${unknown.map((u) => `"${u.slice(0, 40)}"`).join(', ')}; accepted: ${UPLOAD_OPTION_NAMES.join(', ')}`,
      {
        unknown: unknown.map((u) => u.slice(0, 40)),
        accepted: UPLOAD_OPTION_NAMES,
      },
    );
  }
  const single = (name: string): string | undefined => {
    const all = values(name);
    if (all.length > 1)
      throw new AppError(400, 'invalid-option', `option "${name}" was given ${all.length} times; give it once`, {
        option: name,
      });
    return all[0];
  };
  const keep = single('keepTranscript');
  const raw = {
    title: single('title'),
    attendees: values('attendees')
      .flatMap((a) => a.split(','))
      .map((a) => a.trim())
      .filter(Boolean),
    commentary: single('commentary'),
    callbackUrl: single('callbackUrl'),
    keepTranscript:
      keep === undefined
        ? undefined
        : keep === 'true' || keep === '1'
          ? true
          : keep === 'false' || keep === '0'
            ? false
            : keep,
    series: single('series'),
    meetingDate: single('meetingDate'),
  };
  const parsed = UploadOptions.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ option: i.path.join('.'), problem: i.message }));
    const first = issues[0]!;
    throw new AppError(400, 'invalid-option', `option "${first.option}": ${first.problem}`, { issues });
  }
  return parsed.data;
}
