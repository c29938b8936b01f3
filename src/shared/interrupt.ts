/**
 * Ctrl-C (SIGINT) and the runner's cancel (SIGINT, then SIGTERM) during a publish. Before the
 * first write nothing needs saving: the process ends at once (exit 130). Once writing, the first
 * signal stops the writes (see apply/apply.ts): no article starts, the state record is saved,
 * the report says what was written, and the pipeline ends with 130. The same signal a second
 * time quits at once.
 */
export class Interruption {
  private readonly controller = new AbortController();
  private readonly seen = new Set<NodeJS.Signals>();
  private writing = false;
  private remove: (() => void) | undefined;

  constructor(
    private readonly say: (line: string) => void,
    private readonly exit: (code: number) => void = (code) => process.exit(code),
  ) {}

  /** What the pipeline stops its writes on. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The pipeline is about to write: from now on a signal stops the writes instead of the process. */
  readonly startWriting = (): void => {
    this.writing = true;
  };

  install(): this {
    const handler = (signal: NodeJS.Signals) => this.receive(signal);
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
    this.remove = () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    };
    return this;
  }

  uninstall(): void {
    this.remove?.();
    this.remove = undefined;
  }

  receive(signal: NodeJS.Signals): void {
    const again = this.seen.has(signal);
    this.seen.add(signal);
    if (!this.writing) {
      this.say('interrupted: nothing was written');
      this.exit(130);
      return;
    }
    if (again) {
      this.say('interrupted again: quitting at once; what was written is found again by the next publish');
      this.exit(130);
      return;
    }
    if (this.controller.signal.aborted) return;
    this.say(
      `${signal}: stopping: no further article is started, the writes under way finish and the state record is saved (${signal === 'SIGINT' ? 'Ctrl-C' : signal} again quits at once)`,
    );
    this.controller.abort();
  }
}
