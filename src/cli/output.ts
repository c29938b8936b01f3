import type { RawSettings } from '../config/settings.js';
import type { Logger } from '../logger.js';
import { createTerminalLogger, isRichTerminal, type OutputStream, type TerminalLogger } from './terminal.js';
import { UsageError } from './usage.js';

/** Where the CLI writes and what it reads its environment from; the process's own in a run. */
export interface CliContext {
  env: NodeJS.ProcessEnv;
  stdout: OutputStream;
  stderr: OutputStream;
}

/**
 * `--json -` prints the report; anything else starting with `-` is a flag that took its place.
 * `example` names the file the hint suggests, after the command's report.
 */
export function checkOutputFlags(flags: { json?: string; markdown?: boolean }, example = 'report.json'): void {
  if (flags.json !== undefined && flags.json !== '-' && (flags.json === '' || flags.json.startsWith('-'))) {
    throw new UsageError(`--json needs a file name, or - for standard output (got "${flags.json}")`);
  }
  if (flags.json === '-' && flags.markdown) {
    throw new UsageError(`--json - and --markdown both print to standard output: write the JSON to a file (--json ${example})`);
  }
}

/** The log of a command: on standard error, live and coloured in a terminal, plain otherwise. */
export function commandLogger(flags: { verbose?: boolean; quiet?: boolean }, ctx: CliContext): TerminalLogger {
  return createTerminalLogger({
    stream: ctx.stderr,
    rich: isRichTerminal(ctx.stderr, ctx.env),
    verbose: flags.verbose ?? false,
    quiet: flags.quiet ?? false,
  });
}

/** Every secret among the settings is masked in whatever the log prints. */
export function maskSecrets(raw: RawSettings, logger: Pick<Logger, 'setSecret'>): void {
  for (const secret of [raw.oauthClientSecret, raw.oauthToken, raw.apiToken]) if (secret) logger.setSecret(secret);
}
