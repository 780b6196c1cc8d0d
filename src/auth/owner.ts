/**
 * Who owns an analysis. Each analysis belongs to the API key that made it. The owner id is
 * derived from the key's hash (not the hash itself), so storage paths do not reveal the value
 * the Worker checks keys against.
 */
import { sha256Hex } from './sha256';

/** @example const owner: Owner = await ownerForKeyHash(hash); owner.via // => 'api-key' */
export interface Owner {
  /** Part of every storage path: 32 hex characters for a key, `local-development` without one. */
  id: string;
  /** How the caller was recognised (for logs and rate limiting, never a secret). */
  via: 'api-key' | 'local-development';
}

/** Owner of everything made without a key in local development. @example LOCAL_OWNER.id // => 'local-development' */
export const LOCAL_OWNER: Owner = { id: 'local-development', via: 'local-development' };

/**
 * The owner for a configured key hash.
 *
 * @example
 * await ownerForKeyHash('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
 * // => { id: '<32 hex characters>', via: 'api-key' }
 */
export async function ownerForKeyHash(keyHash: string): Promise<Owner> {
  const id = (await sha256Hex(`meeting-analyser owner\u0000${keyHash}`)).slice(0, 32);
  return { id, via: 'api-key' };
}
