// Seeded fault injection. Every request draws exactly four numbers from the PRNG, whatever
// happens, so a given seed and request sequence always produce the same faults (a flaky
// client test can be replayed exactly).
//
// A reset or a 5xx strikes either before the request is handled (nothing happened) or, for a
// share of them (`afterShare`), after it: the write was applied and only its answer is lost.
// That second kind is what a client must survive without duplicating anything, since from the
// outside it looks exactly like the first.
import type { FailRule, FaultOptions } from './types.js';

/** mulberry32: tiny, fast, good enough for test randomness, reproducible across platforms. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type FaultDecision =
  | { kind: 'none' }
  | { kind: 'rule'; status: number | 'reset'; body: unknown; after: boolean }
  | { kind: 'reset'; after: boolean }
  | { kind: '5xx'; status: 500 | 503; after: boolean }
  | { kind: 'slow'; ms: number };

interface ActiveRule {
  method?: string;
  path: RegExp | string;
  status: number | 'reset';
  body?: unknown;
  after: boolean;
  remaining: number;
  /** Matching requests still let through before the rule strikes. */
  skip: number;
}

export class Faults {
  private random: () => number;
  private rules: ActiveRule[] = [];

  constructor(private options: FaultOptions) {
    this.random = mulberry32(options.seed);
  }

  /** New options re-seed the PRNG so the sequence starts over. */
  configure(options: FaultOptions): void {
    this.options = options;
    this.random = mulberry32(options.seed);
  }

  failNext(rule: FailRule): void {
    const active: ActiveRule = {
      path: rule.path,
      status: rule.status,
      after: rule.after ?? false,
      remaining: rule.times ?? 1,
      skip: rule.skip ?? 0,
    };
    if (rule.method !== undefined) active.method = rule.method.toUpperCase();
    if (rule.body !== undefined) active.body = rule.body;
    this.rules.push(active);
  }

  clearRules(): void {
    this.rules = [];
  }

  decide(method: string, path: string, route: string): FaultDecision {
    const rReset = this.random();
    const r5xx = this.random();
    const rSlow = this.random();
    const rAfter = this.random();
    const rule = this.rules.find((r) => matches(r, method, path, route));
    if (rule && rule.skip > 0) rule.skip -= 1;
    else if (rule) {
      rule.remaining -= 1;
      if (rule.remaining <= 0) this.rules.splice(this.rules.indexOf(rule), 1);
      const body = rule.status === 'reset' ? undefined : (rule.body ?? defaultBody(rule.status));
      return { kind: 'rule', status: rule.status, body, after: rule.after };
    }
    const o = this.options;
    const after = rAfter < (o.afterShare ?? 0);
    if (rReset < o.resetRate) return { kind: 'reset', after };
    // The lower half of the 5xx draws answers 500, the upper 503: both kinds, from the same draw.
    if (r5xx < o.error5xxRate) return { kind: '5xx', status: r5xx < o.error5xxRate / 2 ? 500 : 503, after };
    if (rSlow < o.slowRate) return { kind: 'slow', ms: o.slowMs };
    return { kind: 'none' };
  }
}

function matches(rule: ActiveRule, method: string, path: string, route: string): boolean {
  if (rule.method !== undefined && rule.method !== method) return false;
  if (typeof rule.path === 'string') return rule.path === path || rule.path === route;
  rule.path.lastIndex = 0;
  return rule.path.test(path);
}

export function defaultBody(status: number): unknown {
  switch (status) {
    case 401:
      return { error: "Couldn't authenticate you" };
    case 403:
      return { error: 'Forbidden', description: 'You do not have access to this page.' };
    case 404:
      return { error: 'RecordNotFound', description: 'Not found' };
    case 409:
      return { error: 'Conflict', description: 'The resource was modified by another request.' };
    case 422:
      return { error: 'RecordInvalid', description: 'Record validation errors', details: {} };
    case 429:
      return { error: 'TooManyRequests', description: 'Rate limit exceeded' };
    case 500:
      return { error: 'InternalServerError', description: 'Something went wrong on our end' };
    default:
      return status >= 500
        ? { error: 'ServiceUnavailable', description: 'Temporarily unavailable, please retry' }
        : { error: 'Error', description: `Simulated ${status}` };
  }
}
