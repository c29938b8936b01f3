/**
 * Keeps a run just under Zendesk's per-minute limit instead of bouncing off it. Zendesk counts
 * requests per window and says how many are left (`X-Rate-Limit-Remaining`, `ratelimit-remaining`,
 * or per endpoint `zendesk-ratelimit-<name>: total=; remaining=; resets=`) and, in the latter
 * two, when the window resets (`ratelimit-reset`, `resets=`, seconds). So: spend the budget at
 * full speed while plenty is left, send one request at a time once it runs low (so at most one
 * request meets the 429, not a whole batch); when it is spent and the reset is known, wait for
 * the reset instead of guessing; and on a 429 pause everyone for `Retry-After`.
 */
export class Pacer {
  private remaining: number | undefined;
  /** When the window resets, if Zendesk said. */
  private resetAt: number | undefined;
  private pausedUntil = 0;
  private inFlight = 0;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly options: {
      /** Below this many remaining requests, go one at a time. */
      reserve: number;
      now?: () => number;
      sleep?: (ms: number) => Promise<void>;
      /** Told when a request waits for the reset Zendesk announced (a wait with nothing on screen looks like a hang). */
      onWait?: (seconds: number) => void;
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
      // Spent, and Zendesk said when the window resets: wait for it rather than meet a 429.
      if (this.remaining !== undefined && this.remaining <= 0 && this.resetAt !== undefined && now < this.resetAt) {
        this.options.onWait?.(Math.ceil((this.resetAt - now) / 1000));
        await this.sleep(this.resetAt - now);
        this.remaining = undefined;
        this.resetAt = undefined;
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

  /** Reads the rate-limit headers of an answer: the smallest budget any of them reports, and its reset. */
  observe(headers: Headers): void {
    const budgets: { remaining: number; resets?: number }[] = [];
    const num = (v: string | null | undefined) => (v === null || v === undefined || v.trim() === '' ? NaN : Number(v));
    const general = num(headers.get('x-rate-limit-remaining'));
    if (Number.isFinite(general)) budgets.push({ remaining: general });
    const draft = num(headers.get('ratelimit-remaining'));
    const draftReset = num(headers.get('ratelimit-reset'));
    if (Number.isFinite(draft)) budgets.push({ remaining: draft, ...(Number.isFinite(draftReset) ? { resets: draftReset } : {}) });
    headers.forEach((value, name) => {
      if (!name.toLowerCase().startsWith('zendesk-ratelimit-')) return;
      const field = (k: string) => num(new RegExp(`(?:^|;)\\s*${k}=(\\d+)`).exec(value)?.[1]);
      const remaining = field('remaining');
      const resets = field('resets');
      if (Number.isFinite(remaining)) budgets.push({ remaining, ...(Number.isFinite(resets) ? { resets } : {}) });
    });
    if (!budgets.length) return;
    const least = budgets.reduce((a, b) => (b.remaining < a.remaining || (b.remaining === a.remaining && b.resets !== undefined) ? b : a));
    this.remaining = least.remaining;
    const resets = least.resets ?? budgets.find((b) => b.resets !== undefined)?.resets;
    if (resets !== undefined) this.resetAt = this.now() + resets * 1000;
  }

  /** After a 429: everyone waits `retryAfterS` (at least one second), then the budget is fresh. */
  pause(retryAfterS: number): void {
    const until = this.now() + Math.max(1, retryAfterS) * 1000;
    this.pausedUntil = Math.max(this.pausedUntil, until);
    this.remaining = undefined;
  }
}
