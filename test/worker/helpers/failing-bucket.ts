/**
 * An R2 bucket that fails on purpose: wraps the real test bucket and throws from chosen calls,
 * the way R2 does during an outage. Injected through createApp({ bucket }) or the queue deps.
 */

/** @example failingBucket(env.REPORTS, { put: /analysis\.json$/, delete: true }) */
export interface FailurePlan {
  /** Fail `put` for keys matching this (all puts when true). */
  put?: RegExp | boolean;
  get?: RegExp | boolean;
  head?: RegExp | boolean;
  delete?: boolean;
  list?: boolean;
}

const matches = (rule: RegExp | boolean | undefined, key: unknown) =>
  rule === true || (rule instanceof RegExp && typeof key === 'string' && rule.test(key));

/**
 * @example
 * const bucket = failingBucket(env.REPORTS, { put: /analysis\.json$/ });
 * await bucket.put('analyses/o/i/report.pdf', pdf);   // works
 * await bucket.put('analyses/o/i/analysis.json', js); // throws 'simulated R2 outage'
 */
export function failingBucket(real: R2Bucket, plan: FailurePlan): R2Bucket & { calls: string[] } {
  const calls: string[] = [];
  const outage = (op: string) => Promise.reject(new Error(`simulated R2 outage (${op})`));
  const wrapped = {
    calls,
    put: (key: string, ...rest: unknown[]) => {
      calls.push(`put ${key}`);
      return matches(plan.put, key) ? outage('put') : (real.put as (...a: unknown[]) => unknown)(key, ...rest);
    },
    get: (key: string, ...rest: unknown[]) => {
      calls.push(`get ${key}`);
      return matches(plan.get, key) ? outage('get') : (real.get as (...a: unknown[]) => unknown)(key, ...rest);
    },
    head: (key: string) => {
      calls.push(`head ${key}`);
      return matches(plan.head, key) ? outage('head') : real.head(key);
    },
    delete: (keys: string | string[]) => {
      calls.push(`delete ${String(keys)}`);
      return plan.delete ? outage('delete') : real.delete(keys);
    },
    list: (options?: R2ListOptions) => {
      calls.push(`list ${options?.prefix ?? ''}`);
      return plan.list ? outage('list') : real.list(options);
    },
  };
  return wrapped as unknown as R2Bucket & { calls: string[] };
}
