/** A mistake in how a command was typed: exit 2 before anything runs, with one line and a hint. */
export class UsageError extends Error {
  override name = 'UsageError';
}
