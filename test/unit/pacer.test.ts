import { describe, expect, it } from 'vitest';
import { Pacer } from '../../src/remote/pacer.js';

const headers = (remaining: number) => new Headers({ 'x-rate-limit': '700', 'x-rate-limit-remaining': String(remaining) });

describe('Pacer', () => {
  it('lets requests run concurrently while the budget is ample', async () => {
    const pacer = new Pacer({ reserve: 2 });
    pacer.observe(headers(100));
    const all = Promise.all([pacer.acquire(), pacer.acquire(), pacer.acquire()]).then(() => 'all three sent');
    const blocked = new Promise((r) => setTimeout(() => r('blocked'), 20));
    // Three in flight and none released: with budget to spare nobody waits.
    expect(await Promise.race([all, blocked])).toBe('all three sent');
  });

  it('goes one at a time once the budget runs low, so only one request can meet the 429', async () => {
    const pacer = new Pacer({ reserve: 2 });
    pacer.observe(headers(2));
    await pacer.acquire();
    let second = false;
    const pending = pacer.acquire().then(() => (second = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(second).toBe(false);
    pacer.release();
    await pending;
    expect(second).toBe(true);
  });

  it('pauses everyone for Retry-After after a 429', async () => {
    let now = 1_000;
    const slept: number[] = [];
    const pacer = new Pacer({
      reserve: 2,
      now: () => now,
      sleep: (ms) => {
        slept.push(ms);
        now += ms;
        return Promise.resolve();
      },
    });
    pacer.pause(7);
    await pacer.acquire();
    expect(slept).toEqual([7000]);
  });
});

describe('Pacer and the reset Zendesk announces', () => {
  function clocked() {
    let now = 10_000;
    const slept: number[] = [];
    const pacer = new Pacer({
      reserve: 0,
      now: () => now,
      sleep: (ms) => {
        slept.push(ms);
        now += ms;
        return Promise.resolve();
      },
    });
    return { pacer, slept };
  }

  it('waits for ratelimit-reset once ratelimit-remaining is spent, instead of meeting a 429', async () => {
    const { pacer, slept } = clocked();
    pacer.observe(new Headers({ 'ratelimit-limit': '700', 'ratelimit-remaining': '0', 'ratelimit-reset': '17' }));
    await pacer.acquire();
    expect(slept).toEqual([17_000]);
  });

  it('reads zendesk-ratelimit-<name> (total=; remaining=; resets=) and keeps the smallest budget', async () => {
    const { pacer, slept } = clocked();
    pacer.observe(
      new Headers({
        'x-rate-limit-remaining': '500',
        'zendesk-ratelimit-incremental-exports': 'total=10; remaining=0; resets=42',
      }),
    );
    await pacer.acquire();
    expect(slept).toEqual([42_000]);
  });

  it('does not wait while budget is left, whatever the reset', async () => {
    const { pacer, slept } = clocked();
    pacer.observe(new Headers({ 'ratelimit-remaining': '30', 'ratelimit-reset': '50' }));
    await pacer.acquire();
    expect(slept).toEqual([]);
  });
});
