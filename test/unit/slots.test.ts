import { expect, it } from 'vitest';
import { Slots } from '../../src/remote/slots.js';

it('runs at most its size at once, and an urgent request before those queued earlier', async () => {
  const slots = new Slots(2);
  const started: string[] = [];
  let inFlight = 0;
  let most = 0;
  const gates = new Map<string, () => void>();
  const job = (name: string, urgent = false) =>
    slots.run(async () => {
      started.push(name);
      most = Math.max(most, ++inFlight);
      await new Promise<void>((resolve) => gates.set(name, resolve));
      inFlight--;
    }, urgent);
  const all = [job('a'), job('b'), job('c'), job('d'), job('retry', true)];
  await new Promise((r) => setImmediate(r));
  expect(started).toEqual(['a', 'b']);
  gates.get('a')!();
  await new Promise((r) => setImmediate(r));
  expect(started).toEqual(['a', 'b', 'retry']);
  for (const name of ['b', 'retry']) gates.get(name)!();
  await new Promise((r) => setImmediate(r));
  for (const name of ['c', 'd']) gates.get(name)!();
  await Promise.all(all);
  expect(started).toEqual(['a', 'b', 'retry', 'c', 'd']);
  expect(most).toBe(2);
});
