import { spawn, spawnSync } from 'node:child_process';
import xterm from '@xterm/headless';

/**
 * Runs a command in a pseudo-terminal, as a person at a terminal would, and keeps what the screen
 * shows. util-linux `script` gives the command a real pty (so isTTY, columns and rows are true);
 * xterm.js, headless, interprets everything it prints (colours, cursor moves, erased lines) into
 * the grid of cells a terminal would display. Assertions read that grid, not the raw bytes.
 */
export class PtyRun {
  readonly terminal: xterm.Terminal;
  /** Every byte the command wrote, escape sequences included. */
  raw = '';
  readonly exited: Promise<number>;
  private pending: Promise<void> = Promise.resolve();

  /**
   * `sizeless`: the pty reports 0 columns and 0 rows, as one nobody sized does (some CI systems
   * and containers); the screen that reads it back is still `cols` wide.
   */
  constructor(command: string[], options: { env: NodeJS.ProcessEnv; cwd?: string; cols?: number; rows?: number; sizeless?: boolean }) {
    const cols = options.cols ?? 100;
    const rows = options.rows ?? 30;
    const size = options.sizeless ? 'stty cols 0 rows 0' : `stty cols ${cols} rows ${rows}`;
    this.terminal = new xterm.Terminal({ cols, rows, scrollback: 1000, allowProposedApi: true });
    const quoted = command.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    // -q no banner, -f flush at once, -e the command's exit code, -c the command; the log goes nowhere.
    const child = spawn('script', ['-qfec', `${size}; exec ${quoted}`, '/dev/null'], {
      env: options.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      this.raw += chunk;
      this.pending = this.pending.then(() => new Promise<void>((resolve) => this.terminal.write(chunk, resolve)));
    });
    this.exited = new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => {
        void this.pending.then(() => resolve(code ?? -1));
      });
    });
  }

  /** The screen's lines as shown, trailing blanks trimmed, scrollback included. */
  screen(): string[] {
    const buffer = this.terminal.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < buffer.length; i++) lines.push(buffer.getLine(i)?.translateToString(true) ?? '');
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    return lines;
  }

  /** The foreground colour of the first cell of `text` on the screen (a palette index), or undefined if plain. */
  colorOf(text: string): number | undefined {
    const buffer = this.terminal.buffer.active;
    for (let i = 0; i < buffer.length; i++) {
      const line = buffer.getLine(i);
      const at = line?.translateToString(true).indexOf(text) ?? -1;
      if (line && at >= 0) {
        const cell = line.getCell(at);
        return cell?.isFgDefault() ? undefined : cell?.getFgColor();
      }
    }
    throw new Error(`"${text}" is not on the screen:\n${this.screen().join('\n')}`);
  }

  /** Waits until the screen satisfies `test`, for at most `timeoutMs`; returns that screen. */
  async waitFor(test: (screen: string[]) => boolean, timeoutMs = 20_000): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    let done = false;
    void this.exited.then(() => (done = true));
    for (;;) {
      await this.pending;
      const screen = this.screen();
      if (test(screen)) return screen;
      if (done || Date.now() > deadline) {
        throw new Error(`the screen never showed what was expected${done ? ' (the command ended)' : ''}:\n${screen.join('\n')}`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

/** Whether this machine can run the pty tests: util-linux `script`. */
export function hasScript(): boolean {
  return spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;
}
