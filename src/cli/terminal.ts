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

/** What the live area shows: the step in progress, the work under way, a wait for the rate limit. */
interface LiveState {
  phase: string | undefined;
  work: Work | undefined;
  waitUntil: number;
  waitReason: string;
  /** The spinner's frame. */
  frame: number;
}

function waitingText(state: LiveState, now: number): string | undefined {
  const left = Math.ceil((state.waitUntil - now) / 1000);
  return left > 0 ? `waiting ${left} s: ${state.waitReason}` : undefined;
}

/** The live area's text: a spinner with the step or a bar of the work, and the wait under it; undefined for nothing to show. */
function liveText(state: LiveState, c: Colors, now: number): string | undefined {
  const spinner = c.cyan(SPINNER[state.frame % SPINNER.length]);
  const { work, phase } = state;
  let head: string | undefined;
  if (work) {
    const filled = work.total ? Math.round((work.done / work.total) * BAR_WIDTH) : BAR_WIDTH;
    const bar = c.green('━'.repeat(filled)) + c.dim('─'.repeat(BAR_WIDTH - filled));
    const failed = work.failed ? ` · ${c.red(`${work.failed} failed`)}` : '';
    head = `${spinner} ${capitalized(work.what)} ${bar} ${work.done}/${plural(work.total, work.unit)}${failed}`;
  } else if (phase) {
    head = `${spinner} ${phase}…`;
  }
  const waiting = waitingText(state, now);
  if (!head && !waiting) return undefined;
  return [head, waiting && c.yellow(`${head ? '  ' : `${spinner} `}${waiting}`)].filter(Boolean).join('\n');
}

/** Log lines, and on a rich terminal the live area under them. */
interface Display {
  line: (text: string) => void;
  /** Redraws the live area from the state (a no-op without one). */
  draw: () => void;
  close: () => void;
}

function createDisplay(
  options: TerminalLoggerOptions,
  state: LiveState,
  c: Colors,
  clean: (text: string) => string,
  now: () => number,
): Display {
  const { stream, rich, quiet = false } = options;
  const live = rich ? createLogUpdate(sized(stream) as NodeJS.WriteStream) : undefined;
  let shown = false;
  let everShown = false;
  let timer: NodeJS.Timeout | undefined;

  function stopTimer(): void {
    if (timer) clearInterval(timer);
    timer = undefined;
  }

  function draw(): void {
    if (!live || quiet) return;
    const text = liveText(state, c, now());
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
        state.frame++;
        draw();
      }, TICK_MS);
      // The display must never keep the process alive on its own.
      timer.unref();
    }
  }

  return {
    line: (text) => {
      if (live && shown) {
        live.persist(clean(text));
        shown = false;
        draw();
      } else {
        stream.write(clean(text) + '\n');
      }
    },
    draw,
    close: () => {
      stopTimer();
      if (live && everShown) {
        if (shown) live.clear();
        shown = false;
        // Shows the cursor again, which log-update hid.
        live.done();
      }
    },
  };
}

/** Plain progress: the start, about every tenth of the work, and each new wait. */
function plainProgress(event: ProgressEvent, work: Work | undefined, line: (text: string) => void, c: Colors): void {
  switch (event.kind) {
    case 'start':
      if (event.total) line(`${event.what} ${plural(event.total, event.unit)}`);
      return;
    case 'advance': {
      if (!work?.total) return;
      const step = (n: number) => Math.floor((n * 10) / work.total);
      if (step(work.done) > step(work.done - 1) || work.done === work.total) {
        line(`${work.done}/${work.total} ${event.item}${event.failed ? ` ${c.red('(failed)')}` : ''}`);
      }
      return;
    }
    default:
      return;
  }
}

/**
 * Takes a progress event into the state. False for a wait that adds nothing: requests in flight
 * meet the same 429 together, and that is one wait, not one line each.
 */
function track(state: LiveState, event: ProgressEvent, now: number): boolean {
  if (event.kind === 'start') state.work = { what: event.what, unit: event.unit, total: event.total, done: 0, failed: 0 };
  else if (event.kind === 'advance' && state.work) {
    state.work.done++;
    if (event.failed) state.work.failed++;
  } else if (event.kind === 'end') state.work = undefined;
  else if (event.kind === 'wait') {
    const until = now + event.seconds * 1000;
    if (until < state.waitUntil + 1000) return false;
    state.waitUntil = until;
    state.waitReason = event.reason;
  }
  return true;
}

const where = (loc?: LogLocation) =>
  loc?.file ? `${loc.file}${loc.line ? `:${loc.line}${loc.column ? `:${loc.column}` : ''}` : ''}: ` : '';

/**
 * The CLI's logger. Log lines are the same words in every mode (tests and scripts read them); a
 * rich terminal adds colour and one live area under them, redrawn in place by log-update: the
 * step in progress, a bar while articles are written, and a countdown while Zendesk's rate limit
 * makes everyone wait. Anywhere else, progress comes as a few plain lines.
 */
export function createTerminalLogger(options: TerminalLoggerOptions): TerminalLogger {
  const { rich, quiet = false, verbose = false } = options;
  const now = options.now ?? Date.now;
  const c: Colors = pc.createColors(rich);
  const secrets = new Set<string>();
  const state: LiveState = { phase: undefined, work: undefined, waitUntil: 0, waitReason: '', frame: 0 };
  const display = createDisplay(options, state, c, (text) => redact(text, secrets), now);
  const { line, draw } = display;

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
      const outer = state.phase;
      state.phase = name;
      draw();
      try {
        return await fn();
      } finally {
        state.phase = outer;
        draw();
      }
    },
    progress: (event) => {
      if (!track(state, event, now())) return;
      if (event.kind === 'wait' && !rich && !quiet) line(c.yellow(`waiting ${event.seconds} s: ${event.reason}`));
      if (quiet) return;
      if (rich) draw();
      else plainProgress(event, state.work, line, c);
    },
    close: () => {
      display.close();
      state.phase = undefined;
      state.work = undefined;
      state.waitUntil = 0;
    },
  };
}
