import { resolveSettings, type GivenSettings } from '../config/resolve.js';
import type { RawSettings } from '../config/settings.js';
import { errorMessage } from '../errors.js';
import { driftExitCode, type DriftReport } from '../drift/model.js';
import { renderDriftMarkdown, renderDriftText } from '../drift/render.js';
import { failedDriftReport, runDrift } from '../drift/run.js';
import { parseSince } from '../drift/since.js';
import { writeJsonReport } from '../report/write.js';
import type { CliContext, ReportFlags } from './run.js';
import { connectionSettings } from './settings.js';
import { checkOutputFlags, commandLogger, maskSecrets } from './output.js';
import { UsageError } from './usage.js';

export interface DriftFlags extends ReportFlags {
  since?: string;
  failOnDrift?: boolean;
}

/**
 * `drift`: what was edited in Guide since a time and no longer matches the docs, with a short
 * diff and who edited it. Exit 0 clean, or drift without `--fail-on-drift`; 1 drift with it, or
 * errors in the docs; 2 usage; 3 Zendesk could not be used.
 */
export async function runDriftCommand(flags: DriftFlags, ctx: CliContext): Promise<number> {
  if (flags.since === undefined)
    throw new UsageError('drift needs --since: an epoch in seconds, an ISO date, or a span such as 7d (0 for every edit)');
  checkOutputFlags(flags, 'drift.json');
  const { env } = ctx;
  const jsonToStdout = flags.json === '-';
  const textStream = jsonToStdout ? ctx.stderr : ctx.stdout;
  const logger = commandLogger(flags, ctx);
  const connection = connectionSettings(flags, env);
  const raw: RawSettings = {
    ...connection.raw,
    path: flags.path,
    mode: 'dry-run',
    defaultLocale: flags.defaultLocale,
    concurrency: flags.concurrency,
    configFile: flags.config,
    namespace: flags.namespace,
    ...(flags.var?.length ? { variables: flags.var.join('\n') } : {}),
  };
  maskSecrets(raw, logger);

  const started = Date.now();
  let since: number | undefined;
  let config: GivenSettings | undefined;
  let report: DriftReport;
  try {
    since = parseSince(flags.since, Date.now());
    config = await resolveSettings({
      raw,
      repoRoot: flags.repo ?? process.cwd(),
      names: connection.names,
      env,
      command: 'drift',
      connection: 'required',
      repository: 'clone',
    });
    report = await runDrift(config, logger, since);
  } catch (error) {
    report = failedDriftReport(error, { since, zendeskUrl: config?.zendeskUrl, durationMs: Date.now() - started });
    logger.error(report.error!.message);
  }
  logger.close();

  let code = driftExitCode(report, flags.failOnDrift ?? false);
  if (flags.json !== undefined) {
    try {
      if (jsonToStdout) ctx.stdout.write(JSON.stringify(report, null, 2) + '\n');
      else await writeJsonReport(report, flags.json);
    } catch (error) {
      logger.error(`could not write the JSON report to ${flags.json}: ${errorMessage(error)}`);
      if (code === 0) code = 2;
    }
  }
  if (flags.markdown) ctx.stdout.write(renderDriftMarkdown(report) + '\n');
  else if (!report.error && !(flags.quiet && report.articles.length === 0)) textStream.write(renderDriftText(report) + '\n');
  return code;
}
