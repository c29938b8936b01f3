import type { Diagnostic } from './diagnostics.js';

/**
 * Turns anything thrown into a readable message, so a non-Error throw is never printed as
 * `undefined` or `[object Object]`.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/** An error the user can fix by changing their settings; printed without a stack trace. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Thrown by the pipeline when a run stops on an exception (credentials refused, the network
 * down, a bug), carrying what the run had found so far so its report can still show it. The
 * original error is the `cause`.
 */
export class PipelineError extends Error {
  override name = 'PipelineError';
  constructor(
    cause: unknown,
    readonly diagnostics: Diagnostic[],
    readonly requests: { total: number; rateLimited: number; retries: number },
  ) {
    super(errorMessage(cause), { cause });
  }
}
