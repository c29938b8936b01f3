import type { LeaseDeps, LeaseTiming } from '../apply/lease.js';

/** What a run takes from outside besides its settings: the network, time, signals. Tests set them. */
export interface RunDeps {
  /** For tests and odd networks; the global fetch otherwise. */
  fetch?: typeof fetch;
  /** How the transport waits between retries and for a 429's Retry-After; a timer otherwise. */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Validate and render only, never asking Zendesk even when credentials are set (the CLI's
   * `validate`): a check that needs no network and no secrets, fast enough for a pre-commit hook.
   */
  offline?: boolean;
  /**
   * Stops the writes (Ctrl-C, the runner's cancel): no article starts after it, the state record
   * is saved, and the report says what was written.
   */
  interrupt?: AbortSignal;
  /** Called once, right before the first write (the lease's claim included). */
  onWriting?: () => void;
  /** The publish lease's timing (tests), or `false` for none (a test of what happens without it). */
  lease?: { timing?: LeaseTiming; deps?: LeaseDeps } | false;
  /** The repository a GitHub repository is a fork of (config/repository.ts); asked only for a clone whose remotes find no record. */
  forkParent?: (repository: string) => Promise<string | undefined>;
  /**
   * The most characters one part of the state record may hold before it is split in two
   * (state-shards.ts's SHARD_BUDGET otherwise): small in tests, so that a few articles make
   * several parts.
   */
  stateShardChars?: number;
}
