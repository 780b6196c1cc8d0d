/**
 * One owner's analyses in R2: the analysis JSON, its PDF and (if asked) the uploaded transcript.
 * A store is made for one owner, so no method can reach another owner's objects.
 *
 * Writes are all-or-nothing as far as callers can see: the PDF (and transcript) go first and
 * analysis.json last, because analysis.json is what makes an analysis exist. If a write fails,
 * whatever was written is deleted and the caller gets 503 with Retry-After.
 */
import { eraseAnalysis } from './erase';
import { guarded, storageError, StorageError } from './errors';
import { isId } from './ids';
import { analysisKeys, ownerAnalysesPrefix } from './keys';
import { isExpired } from './retention';

/**
 * What is kept next to each analysis.json (R2 custom metadata: strings only, 2 KB in all).
 *
 * @example
 * const meta: AnalysisMeta = { id, title: 'Weekly sync', createdAt, expiresAt: null, hasTranscript: false, commentaryCacheKey: null };
 */
export interface AnalysisMeta {
  id: string;
  title: string;
  createdAt: string;
  /** Null when retention is off. */
  expiresAt: string | null;
  hasTranscript: boolean;
  /** The commentary-cache entry this analysis wrote or read (see r2-commentary-cache.ts). */
  commentaryCacheKey: string | null;
  /** The detected format of the kept transcript (its download's type and extension); null when none was kept. */
  transcriptFormat?: string | null;
  /** The async job that made this analysis, deleted with it; null for a synchronous upload. */
  jobId?: string | null;
}

/** @example await store.save({ meta, json: JSON.stringify(body), pdf, transcript: null }); */
export interface NewAnalysis {
  meta: AnalysisMeta;
  /** The response body of `GET /v1/analyses/:id`, stored exactly as it will be served. */
  json: string;
  pdf: Uint8Array;
  transcript?: { bytes: Uint8Array; contentType: string } | null;
}

/** @example const { body, size, meta } = await store.readReport(id); return c.body(body, 200); */
export interface StoredObject {
  body: ReadableStream;
  size: number;
  contentType: string;
  meta: AnalysisMeta;
}

/** @example const { items, cursor } = await store.list({ limit: 50, cursor: null }); */
export interface AnalysisPage {
  items: AnalysisMeta[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  cursor: string | null;
}

const MAX_TITLE_METADATA = 200;

/**
 * Creates the store for one owner.
 *
 * @example
 * const store = new AnalysisStore(env.REPORTS, owner.id, () => new Date());
 * await store.save({ meta, json, pdf });
 * const { body } = await store.readJson(meta.id);
 */
export class AnalysisStore {
  constructor(
    private readonly bucket: R2Bucket,
    private readonly owner: string,
    private readonly now: () => Date,
    /** The progress index (D1), when the service has one: deleting an analysis removes its rows there too. */
    private readonly index: D1Database | null = null,
  ) {}

  /** Stores everything of a new analysis, or nothing (then throws 503). */
  async save(analysis: NewAnalysis): Promise<void> {
    const keys = analysisKeys(this.owner, analysis.meta.id);
    const customMetadata = toMetadata(this.owner, analysis.meta);
    try {
      await this.bucket.put(keys.pdf, analysis.pdf, {
        httpMetadata: { contentType: 'application/pdf' },
        customMetadata,
      });
      if (analysis.transcript) {
        await this.bucket.put(keys.transcript, analysis.transcript.bytes, {
          httpMetadata: { contentType: analysis.transcript.contentType },
          customMetadata,
        });
      }
      await this.bucket.put(keys.json, analysis.json, {
        httpMetadata: { contentType: 'application/json; charset=utf-8' },
        customMetadata,
      });
    } catch (err) {
      console.error('storage: could not store an analysis:', err instanceof Error ? err.message : String(err));
      // analysis.json too: a write that failed on our side may still have landed.
      await this.bucket
        .delete([keys.pdf, keys.transcript, keys.json])
        .catch(() => console.error('storage: could not remove a partly stored analysis; the lifecycle rule will'));
      throw storageError('store the analysis', err);
    }
  }

  /** The analysis JSON; 404 when there is none for this owner, 410 when it has just expired. */
  async readJson(id: string): Promise<StoredObject> {
    return this.read(id, 'json');
  }

  /** The PDF report, under the same rules as the JSON. */
  async readReport(id: string): Promise<StoredObject> {
    await this.readMeta(id);
    return this.read(id, 'pdf');
  }

  /** The kept transcript; 404 when it was not kept. */
  async readTranscript(id: string): Promise<StoredObject> {
    await this.readMeta(id);
    return this.read(id, 'transcript');
  }

  /** The metadata of an analysis that exists (404 / 410 otherwise). */
  async readMeta(id: string): Promise<AnalysisMeta> {
    const keys = this.keysFor(id);
    const head = await guarded('read the analysis', () => this.bucket.head(keys.json));
    if (!head) throw notFound(id);
    return this.unexpired(id, head.customMetadata);
  }

  /**
   * The metadata of an analysis as stored, expired or not (null when there is none): for deleting
   * the analysis a job made, where expiry does not matter.
   */
  async peekMeta(id: string): Promise<AnalysisMeta | null> {
    if (!isId(id)) return null;
    const head = await guarded('read the analysis', () => this.bucket.head(analysisKeys(this.owner, id).json));
    return fromMetadata(head?.customMetadata);
  }

  /** Deletes everything stored for the analysis (eraseAnalysis: its job and cached commentary too); false if nothing was. */
  async delete(id: string): Promise<boolean> {
    const keys = this.keysFor(id);
    const head = await guarded('read the analysis', () => this.bucket.head(keys.json));
    return this.purge(id, fromMetadata(head?.customMetadata));
  }

  /** A page of this owner's analyses (in id order, which is random, not by date). */
  async list(options: { limit: number; cursor: string | null }): Promise<AnalysisPage> {
    const prefix = ownerAnalysesPrefix(this.owner);
    const items: AnalysisMeta[] = [];
    // Our cursor is the last id returned: '~' sorts after every object name inside that id's folder.
    let startAfter = options.cursor && isId(options.cursor) ? `${prefix}${options.cursor}/~` : undefined;
    let r2Cursor: string | undefined;
    let more = true;
    while (more && items.length < options.limit) {
      const page = await guarded('list analyses', () =>
        this.bucket.list({
          prefix,
          startAfter: r2Cursor ? undefined : startAfter,
          cursor: r2Cursor,
          include: ['customMetadata'],
          limit: 1000,
        }),
      );
      for (const object of page.objects) {
        if (!object.key.endsWith('/analysis.json')) continue;
        const meta = fromMetadata(object.customMetadata);
        if (!meta) continue;
        if (isExpired(meta.expiresAt, this.now())) {
          await this.purge(meta.id, meta).catch(() => undefined);
          continue;
        }
        items.push(meta);
        if (items.length === options.limit) break;
      }
      more = page.truncated;
      r2Cursor = page.truncated ? page.cursor : undefined;
      startAfter = undefined;
    }
    const last = items.at(-1);
    return { items, cursor: items.length === options.limit && last ? last.id : null };
  }

  private async read(id: string, part: 'json' | 'pdf' | 'transcript'): Promise<StoredObject> {
    const keys = this.keysFor(id);
    const object = await guarded(
      `read the ${part === 'json' ? 'analysis' : part === 'pdf' ? 'report' : 'transcript'}`,
      () => this.bucket.get(keys[part]),
    );
    if (!object) throw notFound(id, part);
    const meta = await this.unexpired(id, object.customMetadata).catch(async (err: unknown) => {
      await object.body.cancel().catch(() => undefined);
      throw err;
    });
    return {
      body: object.body,
      size: object.size,
      contentType: object.httpMetadata?.contentType ?? 'application/octet-stream',
      meta,
    };
  }

  private async unexpired(id: string, metadata: Record<string, string> | undefined): Promise<AnalysisMeta> {
    const meta = fromMetadata(metadata);
    if (!meta) throw notFound(id);
    if (isExpired(meta.expiresAt, this.now())) {
      await this.purge(id, meta);
      throw new StorageError('expired', 'expired', `analysis ${id} expired on ${meta.expiresAt} and has been deleted`, {
        id,
        expiredAt: meta.expiresAt,
      });
    }
    return meta;
  }

  private async purge(id: string, meta: AnalysisMeta | null): Promise<boolean> {
    const target = { analysisId: id, jobId: meta?.jobId ?? null, commentaryCacheKey: meta?.commentaryCacheKey ?? null };
    return (await eraseAnalysis(this.bucket, this.owner, target, this.index)) > 0;
  }

  private keysFor(id: string) {
    if (!isId(id)) throw notFound(id);
    return analysisKeys(this.owner, id);
  }
}

function notFound(id: string, part: 'json' | 'pdf' | 'transcript' = 'json'): StorageError {
  const what = part === 'transcript' ? `no transcript was kept for analysis ${id}` : `no analysis with id ${id}`;
  // Another owner's analysis gets exactly this answer too: its existence is not revealed.
  return new StorageError('not-found', 'not-found', what, { id: id.slice(0, 64) });
}

function toMetadata(owner: string, meta: AnalysisMeta): Record<string, string> {
  return {
    owner,
    id: meta.id,
    title: meta.title.slice(0, MAX_TITLE_METADATA),
    createdAt: meta.createdAt,
    expiresAt: meta.expiresAt ?? '',
    hasTranscript: String(meta.hasTranscript),
    commentaryCacheKey: meta.commentaryCacheKey ?? '',
    transcriptFormat: meta.transcriptFormat ?? '',
    jobId: meta.jobId ?? '',
  };
}

function fromMetadata(metadata: Record<string, string> | undefined): AnalysisMeta | null {
  if (!metadata?.id || !metadata.createdAt) return null;
  return {
    id: metadata.id,
    title: metadata.title ?? '',
    createdAt: metadata.createdAt,
    expiresAt: metadata.expiresAt ? metadata.expiresAt : null,
    hasTranscript: metadata.hasTranscript === 'true',
    commentaryCacheKey: /^[0-9a-f]{64}$/.test(metadata.commentaryCacheKey ?? '') ? metadata.commentaryCacheKey! : null,
    transcriptFormat: metadata.transcriptFormat || null,
    jobId: metadata.jobId && isId(metadata.jobId) ? metadata.jobId : null,
  };
}
