import { resolveSettings } from '../config/resolve.js';
import type { RawSettings } from '../config/settings.js';
import { ConfigError, errorMessage } from '../errors.js';
import { parseSince } from '../drift/since.js';
import { runImport, type ImportResult } from '../import/run.js';
import { makeImportFolder } from '../import/folder.js';
import { importSummary } from '../import/summary.js';
import { RemoteError } from '../remote/errors.js';
import { writeAtomic } from '../import/state.js';
import type { CliContext } from './run.js';
import { connectionSettings, type ConnectionFlags } from './settings.js';
import { checkOutputFlags, commandLogger, maskSecrets } from './output.js';

export interface ImportFlags extends ConnectionFlags {
  repo?: string;
  path?: string;
  config?: string;
  since?: string;
  category?: string[];
  section?: string[];
  label?: string[];
  locale?: string[];
  force?: boolean;
  concurrency?: string;
  json?: string;
  quiet?: boolean;
  verbose?: boolean;
}

/** `import`: the help center as Markdown. Exit 0 done, 1 conflicts left, 2 settings, 3 Zendesk. */
export async function runImportCommand(flags: ImportFlags, ctx: CliContext): Promise<number> {
  checkOutputFlags(flags);
  const logger = commandLogger(flags, ctx);
  const connection = connectionSettings(flags, ctx.env);
  const raw: RawSettings = {
    ...connection.raw,
    path: flags.path,
    mode: 'dry-run',
    concurrency: flags.concurrency,
    configFile: flags.config,
  };
  maskSecrets(raw, logger);
  let code = 0;
  let result: ImportResult | undefined;
  let failure: string | undefined;
  try {
    const since = flags.since === undefined ? undefined : parseSince(flags.since, Date.now(), { last: true });
    const repoRoot = flags.repo ?? process.cwd();
    // A new docs folder is made for the import (resolveSettings then checks it is inside the repository).
    await makeImportFolder(repoRoot, flags.path).catch(() => undefined);
    const config = await resolveSettings({
      raw,
      repoRoot,
      names: connection.names,
      env: ctx.env,
      command: 'import',
      // The import says itself what it lacks to read the help center.
      connection: 'unchecked',
      repository: 'clone',
    });
    result = await runImport(config, logger, {
      since,
      force: flags.force ?? false,
      categories: flags.category ?? [],
      sections: flags.section ?? [],
      labels: flags.label ?? [],
      locales: flags.locale ?? [],
    });
    if (result.conflicts.length) code = 1;
  } catch (error) {
    failure = errorMessage(error);
    logger.error(failure);
    code = error instanceof ConfigError ? 2 : error instanceof RemoteError ? 3 : 1;
  }
  logger.close();
  if (flags.json !== undefined) {
    const json = `${JSON.stringify({ version: 1, command: 'import', ...(result ?? {}), ...(failure ? { error: failure } : {}) }, null, 2)}\n`;
    if (flags.json === '-') ctx.stdout.write(json);
    else await writeAtomic(flags.json, json);
  }
  if (result && !flags.quiet) (flags.json === '-' ? ctx.stderr : ctx.stdout).write(`${importSummary(result)}\n`);
  return code;
}
