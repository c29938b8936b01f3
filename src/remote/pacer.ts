/**
 * Keeps a run just under Zendesk's per-minute limit instead of bouncing off it. It learns the
 * limit from `X-Rate-Limit`, and once `X-Rate-Limit-Remaining` runs low it spaces requests at
 * limit-per-window; a 429 pauses everyone for `Retry-After`.
 */
export class Pacer {
  private limit: number | undefined;
  private remaining: number | undefined;
  private pausedUntil = 0;
  private nextSlot = 0;

  constructor(
    private readonly options: { windowMs: number; reserve: number; now?: () => number; sleep?: (ms: number) => Promise<void> },
  ) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private sleep(ms: number): Promise<void> {
    return (this.options.sleep ?? ((t) => new Promise((r) => setTimeout(r, t))))(ms);
  }

  /** Waits until a request may be sent. */
  async acquire(): Promise<void> {
    for (;;) {
      const now = this.now();
      if (now < this.pausedUntil) {
        await this.sleep(this.pausedUntil - now);
        continue;
      }
      if (this.limit && this.remaining !== undefined && this.remaining <= this.options.reserve) {
        const interval = this.options.windowMs / this.limit;
        const slot = Math.max(now, this.nextSlot);
        this.nextSlot = slot + interval;
        if (slot > now) await this.sleep(slot - now);
        return;
      }
      if (this.remaining !== undefined) this.remaining--;
      return;
    }
  }

  /** Reads the rate-limit headers of an answer. */
  observe(headers: Headers): void {
    const limit = Number(headers.get('x-rate-limit'));
    const remaining = Number(headers.get('x-rate-limit-remaining'));
    if (Number.isFinite(limit) && limit > 0) this.limit = limit;
    if (headers.has('x-rate-limit-remaining') && Number.isFinite(remaining)) this.remaining = remaining;
  }

  /** After a 429: everyone waits `retryAfterS` (at least one second). */
  pause(retryAfterS: number): void {
    const until = this.now() + Math.max(1, retryAfterS) * 1000;
    this.pausedUntil = Math.max(this.pausedUntil, until);
    this.remaining = undefined;
  }
}
