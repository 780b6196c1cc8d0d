/**
 * The uploaded transcript of `POST /v1/analyses`: a multipart form with a `file` field, or the
 * raw file as the body with a transcript content type. Size is limited while reading.
 */
import { cutText, INPUT_LIMITS } from '../model/limits';
import { AppError } from './errors';
import { payloadTooLarge, readBodyWithin } from './read-body';

/** @example fetch('/v1/analyses', { method: 'POST', headers: { 'Content-Type': DOCX_CONTENT_TYPE }, body: docxBytes }) */
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Content types accepted as a raw body (the format is still detected from the content).
 *
 * @example
 * RAW_CONTENT_TYPES.includes('text/vtt') // => true
 */
export const RAW_CONTENT_TYPES: readonly string[] = [
  'text/vtt',
  'application/x-subrip',
  'application/srt',
  'text/srt',
  'text/plain',
  'application/json',
  'text/json',
  'text/csv',
  'text/tab-separated-values',
  DOCX_CONTENT_TYPE,
];

/** Room for the multipart envelope (boundaries, part headers, option fields) around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** @example const { bytes, fileName, contentType, fields } = await readUpload(c.req.raw, limit); */
export interface Upload {
  bytes: Uint8Array;
  /** The file name from the multipart part, when there is one. */
  fileName: string | null;
  /** The media type of the file (or of the raw body), lowercase, without parameters. */
  contentType: string;
  /** Multipart text fields (options), by name. */
  fields: Map<string, string[]>;
}

/**
 * Reads the upload: 413 past `limitBytes`, 400 when empty, 415 for other content types.
 *
 * @example
 * const upload = await readUpload(c.req.raw, 10 * 1024 * 1024);
 * // upload.fileName === 'standup.vtt', upload.contentType === 'text/vtt'
 */
export async function readUpload(request: Request, limitBytes: number): Promise<Upload> {
  const header = request.headers.get('Content-Type') ?? '';
  const mediaType = header.split(';')[0]!.trim().toLowerCase();
  const multipart = mediaType === 'multipart/form-data';
  const body = await readBodyWithin(request, multipart ? limitBytes + MULTIPART_OVERHEAD_BYTES : limitBytes);
  if (body.length === 0) throw emptyBody();

  if (multipart) return readMultipart(body, header, limitBytes);
  if (!RAW_CONTENT_TYPES.includes(mediaType)) {
    const got = mediaType === '' ? 'no Content-Type' : `Content-Type "${mediaType.slice(0, 100)}"`;
    throw new AppError(
      415,
      'unsupported-media-type',
      `${got}: send the transcript as multipart/form-data (field "file") or as a raw body with one of ${RAW_CONTENT_TYPES.join(', ')}`,
      {
        accepted: ['multipart/form-data', ...RAW_CONTENT_TYPES],
      },
    );
  }
  return {
    bytes: body,
    fileName: fileNameFrom(request.headers.get('Content-Disposition')),
    contentType: mediaType,
    fields: new Map(),
  };
}

/**
 * The file name a raw upload may state (`Content-Disposition: attachment; filename="standup.vtt"`):
 * it names the meeting when no title is given, and helps format detection.
 *
 * @example
 * fileNameFrom('attachment; filename="weekly sync.vtt"') // => 'weekly sync.vtt'
 * fileNameFrom(null) // => null
 */
export function fileNameFrom(header: string | null): string | null {
  const match = /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(header ?? '');
  const name = (match?.[1] ?? match?.[2] ?? '').replace(/^.*[\\/]/, '').trim();
  return name ? boundFileName(name) : null;
}

/**
 * A file name cut to INPUT_LIMITS.fileNameChars, keeping its extension (format detection and the
 * default title use it). An upload's name is the client's to choose: a 2 MB one once took the PDF
 * renderer minutes and made the job store fail with a 503 that no retry could fix.
 *
 * @example
 * boundFileName('standup.vtt') // => 'standup.vtt'
 * boundFileName(`${'a'.repeat(5000)}.vtt`).length // => 255 (ends in '….vtt')
 */
export function boundFileName(name: string): string {
  const max = INPUT_LIMITS.fileNameChars;
  if (name.length <= max) return name;
  const extension = /\.[A-Za-z0-9]{1,8}$/.exec(name)?.[0] ?? '';
  return `${cutText(name.slice(0, max), max - extension.length).text}${extension}`;
}

async function readMultipart(body: Uint8Array, header: string, limitBytes: number): Promise<Upload> {
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'Content-Type': header } }).formData();
  } catch {
    throw new AppError(
      400,
      'malformed-multipart',
      'the multipart/form-data body could not be read (check the boundary and that the body is complete)',
    );
  }
  const file = form.get('file');
  if (file === null || typeof file === 'string') {
    throw new AppError(
      400,
      'missing-file',
      'the multipart form has no file in the field "file" (e.g. curl -F "file=@standup.vtt")',
    );
  }
  if (file.size > limitBytes) throw payloadTooLarge(limitBytes, file.size);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0) throw emptyBody();

  const fields = new Map<string, string[]>();
  for (const [name, value] of form.entries()) {
    if (name === 'file') continue;
    if (typeof value !== 'string')
      throw new AppError(400, 'invalid-option', `multipart field "${name.slice(0, 40)}" must be text, not a file`, {
        option: name.slice(0, 40),
      });
    fields.set(name, [...(fields.get(name) ?? []), value]);
  }
  const contentType = (file.type || '').split(';')[0]!.trim().toLowerCase();
  return { bytes, fileName: file.name ? boundFileName(file.name) : null, contentType, fields };
}

function emptyBody(): AppError {
  return new AppError(
    400,
    'empty-body',
    'the upload is empty: send a transcript file (multipart field "file" or the raw body)',
  );
}
