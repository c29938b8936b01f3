/**
 * Bounds the requests in flight, with two queues: urgent requests (a retry, or a check of
 * whether a write whose answer was lost landed) go before those not sent yet. A first publish
 * queues every article's create at once; a retry sent behind them all would be checked for
 * long after its lost create, once hundreds of newer articles bury it in its section's list,
 * and each article would wait longer than it needs to for its own next step.
 */
export class Slots {
  private active = 0;
  private readonly urgent: (() => void)[] = [];
  private readonly normal: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async run<T>(fn: () => Promise<T>, urgent = false): Promise<T> {
    if (this.active >= this.size) await new Promise<void>((resolve) => (urgent ? this.urgent : this.normal).push(resolve));
    else this.active++;
    try {
      return await fn();
    } finally {
      const next = this.urgent.shift() ?? this.normal.shift();
      // The slot passes straight to the next in line, so `active` stays as it is.
      if (next) next();
      else this.active--;
    }
  }
}
