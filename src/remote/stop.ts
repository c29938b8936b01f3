import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * A write that was not sent because the run was asked to stop (Ctrl-C, the runner's cancel, a
 * lost publish lease). Nothing of it reached Zendesk, or, for a create whose answer was lost, its
 * marker lets the next run find it: abandoning it is safe.
 */
export class InterruptedError extends Error {
  constructor(message = 'not sent: the run was interrupted') {
    super(message);
    this.name = 'InterruptedError';
  }
}

/**
 * The stop signal of the writes under way. Apply runs each article inside `stoppable`; the
 * transport reads the signal from here, so requests made for the state record or the lease
 * after an interruption (outside that scope) still go out, and no client method needs a new
 * parameter.
 */
const scope = new AsyncLocalStorage<AbortSignal>();

export function stoppable<T>(signal: AbortSignal | undefined, fn: () => Promise<T>): Promise<T> {
  return signal ? scope.run(signal, fn) : fn();
}

/** Throws when the current writes were asked to stop: called before each attempt of a request. */
export function checkStopped(): void {
  if (scope.getStore()?.aborted) throw new InterruptedError();
}

/**
 * A wait (a 429's Retry-After, a retry's backoff, the pacer) that ends with an
 * `InterruptedError` as soon as the current writes are asked to stop, instead of keeping a
 * stopping run, and its screen, waiting up to a minute. Outside a stoppable scope it is `sleep`.
 */
export function stoppableSleep(ms: number, sleep: ((ms: number) => Promise<void>) | undefined): Promise<void> {
  const signal = scope.getStore();
  if (!signal) return sleep ? sleep(ms) : delay(ms);
  if (signal.aborted) return Promise.reject(new InterruptedError());
  if (!sleep) return delay(ms, undefined, { signal }).catch(() => Promise.reject(new InterruptedError()));
  return new Promise<void>((resolve, reject) => {
    const stop = () => reject(new InterruptedError());
    signal.addEventListener('abort', stop, { once: true });
    sleep(ms).then(
      () => {
        signal.removeEventListener('abort', stop);
        resolve();
      },
      (error: unknown) => {
        signal.removeEventListener('abort', stop);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
