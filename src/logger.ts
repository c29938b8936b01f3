import { showBidi } from './report/escape.js';

/**
 * The pipeline logs through this interface so the action (which writes workflow commands) and
 * the CLI (plain stderr) share one pipeline. Every implementation masks registered secrets.
 */
export interface Logger {
  info(message: string): void;
  warning(message: string, location?: LogLocation): void;
  error(message: string, location?: LogLocation): void;
  debug(message: string): void;
  /** Registers a value that must never be printed (derived tokens included). */
  setSecret(value: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /**
   * Long work and waits, for a display that redraws in place. Optional: a logger without a live
   * display (the action's, which writes workflow commands) ignores most of them.
   */
  progress?(event: ProgressEvent): void;
}

/** What a live display shows while the pipeline works. */
export type ProgressEvent =
  /** Work of `total` items begins, e.g. `publishing` 120 `article`s. */
  | { kind: 'start'; what: string; total: number; unit: string }
  /** One item of that work is done (written, or failed). */
  | { kind: 'advance'; item: string; failed: boolean }
  /** Every request waits `seconds` for `reason` (a 429's Retry-After); nothing is wrong. */
  | { kind: 'wait'; seconds: number; reason: string }
  /** The work that `start` announced is over. */
  | { kind: 'end' };

export interface LogLocation {
  file?: string;
  line?: number;
  column?: number;
  title?: string;
}

/** Replaces every registered secret in `text` with `***`, longest first so overlaps stay masked. */
export function redact(text: string, secrets: Iterable<string>): string {
  let out = text;
  const sorted = [...secrets].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
  for (const secret of sorted) out = out.split(secret).join('***');
  return out;
}

/** A logger for the CLI and for tests: plain lines on a stream, secrets masked. */
export function createConsoleLogger(
  options: { verbose?: boolean; write?: (line: string) => void } = {},
): Logger & { secrets: Set<string> } {
  const secrets = new Set<string>();
  const write = options.write ?? ((line: string) => process.stderr.write(line + '\n'));
  // Bidirectional controls by code point: a CLI run in CI writes into GitHub's log (report/escape.ts).
  const out = (line: string) => write(showBidi(redact(line, secrets)));
  const where = (loc?: LogLocation) =>
    loc?.file ? `${loc.file}${loc.line ? `:${loc.line}${loc.column ? `:${loc.column}` : ''}` : ''}: ` : '';
  return {
    secrets,
    info: (m) => out(m),
    warning: (m, loc) => out(`warning: ${where(loc)}${m}`),
    error: (m, loc) => out(`error: ${where(loc)}${m}`),
    debug: (m) => {
      if (options.verbose) out(`debug: ${m}`);
    },
    setSecret: (v) => {
      if (v) secrets.add(v);
    },
    group: async (name, fn) => {
      out(`── ${name}`);
      return fn();
    },
  };
}
