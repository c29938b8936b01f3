/**
 * Bounds how many things run at once, with two queues: urgent ones go before those that have
 * not started yet. The transport uses it for requests in flight (a retry, or a check of
 * whether a write whose answer was lost landed, is urgent: a first publish queues every
 * article's create at once, and a retry sent behind them all would be checked long after its
 * lost create, once hundreds of newer articles bury it in its section's list); apply uses it
 * for the articles being written at once.
 */
export class Slots {
  private active = 0;
  private readonly urgent: (() => void)[] = [];
  private readonly normal: (() => void)[] = [];

  constructor(private readonly size: number) {}

  /** Waits for a slot; pair with `release()`. */
  async acquire(urgent = false): Promise<void> {
    if (this.active < this.size) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => (urgent ? this.urgent : this.normal).push(resolve));
  }

  release(): void {
    const next = this.urgent.shift() ?? this.normal.shift();
    // The slot passes straight to the next in line, so `active` stays as it is.
    if (next) next();
    else this.active--;
  }

  async run<T>(fn: () => Promise<T>, urgent = false): Promise<T> {
    await this.acquire(urgent);
    try {
      return await fn();
    } finally {
      this.release();
    }
  }
}
