import { writeBackIds } from '../apply/writeback.js';
import { githubForkParent } from '../config/repository.js';
import { CLI_NAMES } from '../config/names.js';
import { resolveSettings, type GivenSettings } from '../config/resolve.js';
import { settingsSoFar, type RawSettings } from '../config/settings.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { exitCodeOf } from '../run/exit.js';
import { runPublish } from '../run/publish.js';
import { renderReportMarkdown } from '../report/markdown.js';
import { failedReport, type Report } from '../report/model.js';
import { plural } from '../report/plural.js';
import type { RowKind } from '../report/rows.js';
import { renderText, type TextStyle } from '../report/text.js';
import { writeJsonReport } from '../report/write.js';
import { provenanceFromRepository } from './provenance.js';
import { Interruption } from '../shared/interrupt.js';
import { connectionSettings, type ConnectionFlags } from './settings.js';
import { checkOutputFlags, commandLogger, maskSecrets, type CliContext } from './output.js';
import { isRichTerminal, type Colors } from './terminal.js';
import pc from 'picocolors';

export type { CliContext } from './output.js';

/** The flags of `validate`, `plan` and `publish`, as commander hands them over. */
export interface ReportFlags extends ConnectionFlags {
  repo?: string;
  path?: string;
  config?: string;
  namespace?: string;
  var?: string[];
  defaultLocale?: string;
  onDrift?: string;
  archiveRemoved?: boolean;
  maxArchive?: string;
  concurrency?: string;
  provenance?: boolean;
  createSections?: boolean;
  writeBackIds?: boolean;
  json?: string;
  markdown?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  out?: string;
  open?: boolean;
}

export type ReportCommand = 'validate' | 'plan' | 'publish' | 'preview';

/**
 * `validate`, `plan`, `publish` and `preview`: one run, then the report wherever it was asked
 * for. `validate` never reads credentials and asks the run not to go online at all.
 */
export async function runReportCommand(command: ReportCommand, flags: ReportFlags, ctx: CliContext): Promise<number> {
  checkOutputFlags(flags);
  const logger = commandLogger(flags, ctx);
  const offline = command === 'validate';
  const connection = offline ? { raw: {}, names: { ...CLI_NAMES } } : connectionSettings(flags, ctx.env);
  const raw = rawSettingsOf(command, flags, connection.raw);
  maskSecrets(raw, logger);

  const started = Date.now();
  let settings: GivenSettings | undefined;
  let report: Report;
  try {
    settings = await resolveSettings({
      raw,
      repoRoot: flags.repo ?? process.cwd(),
      names: connection.names,
      env: ctx.env,
      command,
      // An address without a way in is a mistake to name, not a reason to quietly run offline.
      connection: offline ? 'unchecked' : 'optional',
      repository: 'clone',
      ...(flags.createSections ? { createSections: true } : {}),
      ...(flags.provenance ? { provenance: (repoRoot: string) => provenanceFromRepository(repoRoot, ctx.env) } : {}),
    });
    report = await runCommand(command, settings, flags, logger, ctx.env);
  } catch (error) {
    const known = settings ?? settingsSoFar(raw, undefined);
    report = failedReport(error, {
      ...known,
      offline: offline || (settings ? !(settings.zendeskUrl && settings.auth) : false),
      durationMs: Date.now() - started,
    });
    logger.error(report.error!.message);
  }
  logger.close();
  return writeReports(command, report, flags, { ctx, logger, repoRoot: settings?.repoRoot });
}

/** The raw settings of these commands, from their flags and the connection's flags or environment. */
function rawSettingsOf(command: ReportCommand, flags: ReportFlags, connection: Partial<RawSettings>): RawSettings {
  return {
    ...connection,
    path: flags.path,
    mode: command === 'publish' ? 'publish' : 'dry-run',
    defaultLocale: flags.defaultLocale,
    archiveRemoved: flags.archiveRemoved ?? false,
    maxArchive: flags.maxArchive,
    onDrift: flags.onDrift,
    concurrency: flags.concurrency,
    configFile: flags.config,
    namespace: flags.namespace,
    ...(flags.var?.length ? { variables: flags.var.join('\n') } : {}),
  };
}

async function runCommand(
  command: ReportCommand,
  settings: GivenSettings,
  flags: ReportFlags,
  logger: Logger,
  env: NodeJS.ProcessEnv,
): Promise<Report> {
  const forkParent = (repository: string) => githubForkParent(repository, env);
  if (command === 'preview') {
    // Loaded on demand: the preview's page templates and highlighter serve no other command.
    const { runPreview, DEFAULT_PREVIEW_DIR } = await import('../preview/command.js');
    return runPreview(settings, logger, { out: flags.out ?? DEFAULT_PREVIEW_DIR, open: flags.open ?? false }, { forkParent });
  }
  // Ctrl-C in a publish stops its writes and saves what must be saved (see shared/interrupt.ts).
  const interruption = command === 'publish' ? new Interruption((line) => logger.warning(line)).install() : undefined;
  try {
    return await runPublish(settings, logger, {
      offline: command === 'validate',
      forkParent,
      ...(interruption ? { interrupt: interruption.signal, onWriting: interruption.startWriting } : {}),
    });
  } finally {
    interruption?.uninstall();
  }
}

/** The report wherever it was asked for, and the ids written back; the exit code. */
async function writeReports(
  command: ReportCommand,
  report: Report,
  flags: ReportFlags,
  at: { ctx: CliContext; logger: Logger; repoRoot: string | undefined },
): Promise<number> {
  const { ctx, logger } = at;
  const jsonToStdout = flags.json === '-';
  // Standard output carries the JSON when asked to; the text then goes with the log.
  const textStream = jsonToStdout ? ctx.stderr : ctx.stdout;
  let code = exitCodeOf(report);
  if (flags.json !== undefined) {
    try {
      if (jsonToStdout) ctx.stdout.write(JSON.stringify(report, null, 2) + '\n');
      else await writeJsonReport(report, flags.json);
    } catch (error) {
      logger.error(`could not write the JSON report to ${flags.json}: ${errorMessage(error)}`);
      // The run may have gone well; the report asked for is missing all the same: a usage problem.
      if (code === 0) code = 2;
    }
  }
  if (!report.error && flags.writeBackIds && Object.keys(report.newIds).length && at.repoRoot) {
    try {
      const changed = await writeBackIds(report.newIds, at.repoRoot);
      logger.info(`wrote ids into ${changed.length} file(s): ${changed.join(', ')}`);
    } catch (error) {
      logger.error(`could not write the new ids into the files: ${errorMessage(error)}`);
      if (code === 0) code = 1;
    }
  }
  // Markdown is asked for to be posted somewhere, where a failure must replace an older report;
  // the text of a failed run is its error, which the log already has.
  const colors = pc.createColors(isRichTerminal(textStream, ctx.env));
  if (flags.markdown) ctx.stdout.write(renderReportMarkdown(report) + '\n');
  else if (!report.error && !flags.quiet) {
    textStream.write((command === 'validate' ? validateSummary(report, colors) : renderText(report, textStyle(colors))) + '\n');
  }
  return code;
}

const KIND_COLOR: Record<RowKind, keyof Colors> = {
  error: 'red',
  drifted: 'yellow',
  create: 'green',
  update: 'cyan',
  translation: 'cyan',
  attachments: 'cyan',
  archive: 'magenta',
  rendered: 'blue',
  unchanged: 'dim',
};

function textStyle(c: Colors): TextStyle {
  return {
    kind: (kind, text) => (c[KIND_COLOR[kind]] as (s: string) => string)(text),
    verdict: (ok, text) => c.bold(ok ? c.green(text) : c.red(text)),
    dim: (text) => c.dim(text),
  };
}

/** One line for a pre-commit hook, after the diagnostics: what is wrong, or how much is right. */
function validateSummary(report: Report, c: Colors): string {
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  const warnings = report.diagnostics.length - errors.length;
  const warned = warnings ? `, ${plural(warnings, 'warning')}` : '';
  if (!errors.length) return c.green(`✅ ${plural(report.rows.length, 'article')} checked: no errors${warned}.`);
  // A file with errors is no article yet, so only the files are counted.
  const files = new Set(errors.map((d) => d.file)).size;
  return c.red(`❌ ${plural(errors.length, 'error')} in ${plural(files, 'file')}${warned}.`);
}
