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
