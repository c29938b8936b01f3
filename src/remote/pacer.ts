/**
 * Keeps a run just under Zendesk's per-minute limit instead of bouncing off it. Zendesk counts
 * requests per window and says how many are left (`X-Rate-Limit-Remaining`) but not when the
 * window resets; only a 429's `Retry-After` tells that. So: spend the budget at full speed
 * while plenty is left, send one request at a time once it runs low (so at most one request
 * meets the 429, not a whole batch), and on a 429 pause everyone for `Retry-After`.
 */
export class Pacer {
  private remaining: number | undefined;
  private pausedUntil = 0;
  private inFlight = 0;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly options: {
      /** Below this many remaining requests, go one at a time. */
      reserve: number;
      now?: () => number;
      sleep?: (ms: number) => Promise<void>;
    },
  ) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private sleep(ms: number): Promise<void> {
    return (this.options.sleep ?? ((t) => new Promise((r) => setTimeout(r, t))))(ms);
  }

  private get low(): boolean {
    return this.remaining !== undefined && this.remaining <= this.options.reserve;
  }

  /** Waits until a request may be sent; pair with `release()` once its answer is in. */
  async acquire(): Promise<void> {
    for (;;) {
      const now = this.now();
      if (now < this.pausedUntil) {
        await this.sleep(this.pausedUntil - now);
        continue;
      }
      if (this.low && this.inFlight > 0) {
        await new Promise<void>((resolve) => this.waiters.push(resolve));
        continue;
      }
      this.inFlight++;
      if (this.remaining !== undefined) this.remaining--;
      return;
    }
  }

  release(): void {
    this.inFlight--;
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Reads the rate-limit headers of an answer. */
  observe(headers: Headers): void {
    const remaining = Number(headers.get('x-rate-limit-remaining'));
    if (headers.has('x-rate-limit-remaining') && Number.isFinite(remaining)) this.remaining = remaining;
  }

  /** After a 429: everyone waits `retryAfterS` (at least one second), then the budget is fresh. */
  pause(retryAfterS: number): void {
    const until = this.now() + Math.max(1, retryAfterS) * 1000;
    this.pausedUntil = Math.max(this.pausedUntil, until);
    this.remaining = undefined;
  }
}
