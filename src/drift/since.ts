import { ConfigError } from '../errors.js';

const UNIT_SECONDS: Record<string, number> = { m: 60, h: 3600, d: 86_400, w: 604_800 };

export interface SinceOptions {
  /** The flag or input as the user wrote it, for messages (`--since` by default). */
  name?: string;
  /** Accept `last` (import: from where the previous import stopped), returned as is. */
  last?: boolean;
}

/**
 * `--since` as Unix seconds, the same for every command: an epoch in seconds (`0` is the
 * beginning), an ISO date or date and time (`2026-11-30`, `2026-11-30T09:00:00Z`; a date alone
 * is midnight UTC, a time without a zone is refused rather than read in the runner's zone), or a
 * span back from `now` (`30m`, `24h`, `7d`, `2w`), which a scheduled workflow can write without
 * computing a date. With `last: true`, also `last`.
 */
export function parseSince(raw: string, now: number, options?: SinceOptions & { last?: false }): number;
export function parseSince(raw: string, now: number, options: SinceOptions & { last: true }): number | 'last';
export function parseSince(raw: string, now: number, options: SinceOptions = {}): number | 'last' {
  const name = options.name ?? '--since';
  const value = raw.trim();
  if (options.last && value === 'last') return 'last';
  if (/^\d+$/.test(value)) {
    const seconds = Number(value);
    // Milliseconds are the commonest slip (Date.now()); they would point thousands of years ahead.
    if (seconds > now / 1000 + 86_400) throw new ConfigError(`${name} ${value} is in the future (an epoch in seconds, not milliseconds)`);
    return seconds;
  }
  const span = /^(\d+)([mhdw])$/.exec(value);
  if (span) return Math.max(0, Math.floor(now / 1000) - Number(span[1]) * UNIT_SECONDS[span[2]!]!);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(date);
  const ms = iso ? Date.parse(date) : NaN;
  if (Number.isNaN(ms)) {
    throw new ConfigError(
      `${name} must be ${options.last ? '`last`, ' : ''}an epoch in seconds, an ISO date or date-time with a zone (2026-11-30, 2026-11-30T09:00:00Z) or a span such as 24h or 7d (got "${value}")`,
    );
  }
  if (ms > now + 86_400_000) throw new ConfigError(`${name} ${value} is in the future`);
  return Math.floor(ms / 1000);
}
