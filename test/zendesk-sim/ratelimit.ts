// Fixed-window rate limiter, one per "account" (a simulator is one account). Zendesk counts
// Help Center requests per minute; the window length is a knob so tests do not wait a minute.

const UNLIMITED = 1_000_000;

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** whole seconds until the window resets, at least 1 */
  retryAfter: number;
}

export class RateLimiter {
  private windowStart = 0;
  private count = 0;

  constructor(
    private limit: () => number,
    private windowMs: () => number,
    private now: () => number,
  ) {}

  /** Counts one request (even a refused one: Zendesk keeps counting while you hammer it). */
  hit(): RateDecision {
    const limit = this.limit();
    const windowMs = Math.max(1, this.windowMs());
    const now = this.now();
    const start = Math.floor(now / windowMs) * windowMs;
    if (start !== this.windowStart) {
      this.windowStart = start;
      this.count = 0;
    }
    this.count += 1;
    const retryAfter = Math.max(1, Math.ceil((start + windowMs - now) / 1000));
    // "Unlimited" still answers believable headers: a client pacing itself on
    // X-Rate-Limit-Remaining must not read 0 as "exhausted".
    if (limit <= 0) {
      return { allowed: true, limit: UNLIMITED, remaining: Math.max(0, UNLIMITED - this.count), retryAfter };
    }
    return {
      allowed: this.count <= limit,
      limit,
      remaining: Math.max(0, limit - this.count),
      retryAfter,
    };
  }

  reset(): void {
    this.count = 0;
  }
}
