/**
 * Reads a request body without ever holding more than the limit: the declared Content-Length is
 * checked first, then the bytes actually received (a client may lie or send no length at all).
 */
import { AppError } from './errors';

/**
 * The 413 answer, stating the limit.
 *
 * @example
 * payloadTooLarge(10_485_760, 12_000_000).message // => 'the upload is 12000000 bytes; the limit is 10485760 bytes (10 MiB)'
 */
export function payloadTooLarge(limitBytes: number, sizeBytes: number | null): AppError {
  const limit = `${limitBytes} bytes (${formatMiB(limitBytes)})`;
  const message =
    sizeBytes === null
      ? `the upload is larger than the limit of ${limit}`
      : `the upload is ${sizeBytes} bytes; the limit is ${limit}`;
  return new AppError(413, 'payload-too-large', message, { limitBytes, ...(sizeBytes === null ? {} : { sizeBytes }) });
}

/**
 * The whole body, or 413 as soon as it passes `limitBytes`, or 400 when the client stops sending.
 *
 * @example
 * const bytes = await readBodyWithin(c.req.raw, 10 * 1024 * 1024);
 */
export async function readBodyWithin(request: Request, limitBytes: number): Promise<Uint8Array> {
  const declared = request.headers.get('Content-Length');
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limitBytes)
    throw payloadTooLarge(limitBytes, Number(declared));
  if (!request.body) return new Uint8Array(0);

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let step: ReadableStreamReadResult<Uint8Array>;
    try {
      step = await reader.read();
    } catch {
      throw new AppError(400, 'upload-incomplete', 'the upload stopped before the whole body arrived; send it again');
    }
    if (step.done) break;
    total += step.value.byteLength;
    if (total > limitBytes) {
      await reader.cancel().catch(() => undefined);
      throw payloadTooLarge(limitBytes, null);
    }
    chunks.push(step.value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function formatMiB(bytes: number): string {
  const mib = bytes / 1_048_576;
  return mib >= 1 ? `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
