/**
 * Whether a request may run without an API key. Only local development on a loopback address
 * may: a Worker deployed with ENVIRONMENT=development by mistake still sees its public host name
 * in every request and so behaves as production.
 */
import type { ServiceConfig } from '../http/config';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * True for requests to wrangler dev on this machine with ENVIRONMENT=development.
 *
 * @example
 * isKeylessDevelopment({ environment: 'development' }, 'http://127.0.0.1:8787/v1/analyses') // => true
 * isKeylessDevelopment({ environment: 'development' }, 'https://analyser.example.workers.dev/v1') // => false
 */
export function isKeylessDevelopment(config: Pick<ServiceConfig, 'environment'>, requestUrl: string): boolean {
  return config.environment === 'development' && LOOPBACK_HOSTS.has(new URL(requestUrl).hostname);
}
