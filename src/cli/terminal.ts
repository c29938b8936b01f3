import { createLogUpdate } from 'log-update';
import pc from 'picocolors';
import { redact, type LogLocation, type Logger, type ProgressEvent } from '../logger.js';
import { plural } from '../report/plural.js';

/** The part of a stream the CLI writes to; `process.stderr` in a run, a fake in tests. */
export interface OutputStream {
  write(chunk: string): boolean;
  isTTY?: boolean;
  columns?: number;
  rows?: number;
}

export type Colors = ReturnType<typeof pc.createColors>;

const isSet = (v: string | undefined) => v !== undefined && v !== '';

/** `CI=true` is what GitHub, GitLab, CircleCI and most others set; `CI=false` or `0` turns it off. */
export function isCi(env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/**
 * Whether a stream gets colour and a display redrawn in place: only a terminal, and not when the
 * user asked for none (NO_COLOR, no-color.org), in CI (whose log viewers keep every redraw as a
 * line) or on a terminal that cannot move its cursor (TERM=dumb).
 */
export function isRichTerminal(stream: OutputStream, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !isSet(env.NO_COLOR) && !isCi(env) && env.TERM !== 'dumb';
}

export interface TerminalLoggerOptions {
  stream: OutputStream;
  /** Colour and a live progress display; plain lines otherwise. */
  rich: boolean;
  verbose?: boolean;
  /** Warnings and errors only: no progress, no steps. */
  quiet?: boolean;
  now?: () => number;
}

export interface TerminalLogger extends Logger {
  secrets: Set<string>;
  /** Takes the live display off the screen; call before printing anything else to the terminal. */
  close(): void;
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const TICK_MS = 100;
const BAR_WIDTH = 24;

interface Work {
  what: string;
  unit: string;
  total: number;
  done: number;
  failed: number;
}

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What a terminal that reports no size (a bare pty: 0 columns, 0 rows) is drawn as. */
export const FALLBACK_SIZE = { columns: 80, rows: 24 };

/**
 * The stream as log-update sees it, with a size it can draw in. A pty nobody sized (some CI
 * systems and containers) reports 0 columns and 0 rows, which log-update takes at its word: it
 * wraps at nothing and, for zero rows, draws nothing at all but its hide-cursor code.
 */
function sized(stream: OutputStream): OutputStream {
  return {
    write: (chunk) => stream.write(chunk),
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns || FALLBACK_SIZE.columns;
    },
    get rows() {
      return stream.rows || FALLBACK_SIZE.rows;
    },
  };
}

/**
 * The CLI's logger. Log lines are the same words in every mode (tests and scripts read them); a
 * rich terminal adds colour and one live area under them, redrawn in place by log-update: the
 * step in progress, a bar while articles are written, and a countdown while Zendesk's rate limit
 * makes everyone wait. Anywhere else, progress comes as a few plain lines.
 */
export function createTerminalLogger(options: TerminalLoggerOptions): TerminalLogger {
  const { stream, rich, quiet = false, verbose = false } = options;
  const now = options.now ?? Date.now;
  const c: Colors = pc.createColors(rich);
  const secrets = new Set<string>();
  const live = rich ? createLogUpdate(sized(stream) as NodeJS.WriteStream) : undefined;

  let phase: string | undefined;
  let work: Work | undefined;
  let waitUntil = 0;
  let waitReason = '';
  let frame = 0;
  let shown = false;
  let everShown = false;
  let timer: NodeJS.Timeout | undefined;

  const clean = (text: string) => redact(text, secrets);

  function line(text: string): void {
    if (live && shown) {
      live.persist(clean(text));
      shown = false;
      draw();
    } else {
      stream.write(clean(text) + '\n');
    }
  }

  function waitingText(): string | undefined {
    const left = Math.ceil((waitUntil - now()) / 1000);
    return left > 0 ? `waiting ${left} s: ${waitReason}` : undefined;
  }

  function liveText(): string | undefined {
    const spinner = c.cyan(SPINNER[frame % SPINNER.length]);
    let head: string | undefined;
    if (work) {
      const filled = work.total ? Math.round((work.done / work.total) * BAR_WIDTH) : BAR_WIDTH;
      const bar = c.green('━'.repeat(filled)) + c.dim('─'.repeat(BAR_WIDTH - filled));
      const failed = work.failed ? ` · ${c.red(`${work.failed} failed`)}` : '';
      head = `${spinner} ${capitalized(work.what)} ${bar} ${work.done}/${plural(work.total, work.unit)}${failed}`;
    } else if (phase) {
      head = `${spinner} ${phase}…`;
    }
    const waiting = waitingText();
    if (!head && !waiting) return undefined;
    return [head, waiting && c.yellow(`${head ? '  ' : `${spinner} `}${waiting}`)].filter(Boolean).join('\n');
  }

  function draw(): void {
    if (!live || quiet) return;
    const text = liveText();
    if (text === undefined) {
      if (shown) live.clear();
      shown = false;
      stopTimer();
      return;
    }
    live(clean(text));
    shown = true;
    everShown = true;
    if (!timer) {
      timer = setInterval(() => {
        frame++;
        draw();
      }, TICK_MS);
      // The display must never keep the process alive on its own.
      timer.unref();
    }
  }

  function stopTimer(): void {
    if (timer) clearInterval(timer);
    timer = undefined;
  }

  /** Plain progress: the start, about every tenth of the work, and each new wait. */
  function plainProgress(event: ProgressEvent): void {
    switch (event.kind) {
      case 'start':
        if (event.total) line(`${event.what} ${plural(event.total, event.unit)}`);
        return;
      case 'advance': {
        if (!work?.total) return;
        const step = (n: number) => Math.floor((n * 10) / work!.total);
        if (step(work.done) > step(work.done - 1) || work.done === work.total) {
          line(`${work.done}/${work.total} ${event.item}${event.failed ? ` ${c.red('(failed)')}` : ''}`);
        }
        return;
      }
      default:
        return;
    }
  }

  const where = (loc?: LogLocation) =>
    loc?.file ? `${loc.file}${loc.line ? `:${loc.line}${loc.column ? `:${loc.column}` : ''}` : ''}: ` : '';

  return {
    secrets,
    info: (m) => {
      if (!quiet) line(m);
    },
    warning: (m, loc) => line(`${c.yellow('warning:')} ${where(loc)}${m}`),
    error: (m, loc) => line(`${c.bold(c.red('error:'))} ${where(loc)}${m}`),
    debug: (m) => {
      if (verbose) line(c.dim(`debug: ${m}`));
    },
    setSecret: (v) => {
      if (v) secrets.add(v);
    },
    group: async (name, fn) => {
      if (!quiet) line(c.dim(`── ${name}`));
      const outer = phase;
      phase = name;
      draw();
      try {
        return await fn();
      } finally {
        phase = outer;
        draw();
      }
    },
    progress: (event) => {
      if (event.kind === 'start') work = { what: event.what, unit: event.unit, total: event.total, done: 0, failed: 0 };
      else if (event.kind === 'advance' && work) {
        work.done++;
        if (event.failed) work.failed++;
      } else if (event.kind === 'end') work = undefined;
      else if (event.kind === 'wait') {
        const until = now() + event.seconds * 1000;
        // Requests in flight meet the same 429 together: one wait, not one line each.
        if (until < waitUntil + 1000) return;
        waitUntil = until;
        waitReason = event.reason;
        if (!rich && !quiet) line(c.yellow(`waiting ${event.seconds} s: ${event.reason}`));
      }
      if (quiet) return;
      if (rich) draw();
      else plainProgress(event);
    },
    close: () => {
      stopTimer();
      if (live && everShown) {
        if (shown) live.clear();
        shown = false;
        // Shows the cursor again, which log-update hid.
        live.done();
      }
      phase = undefined;
      work = undefined;
      waitUntil = 0;
    },
  };
}
