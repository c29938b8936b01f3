import { WriteGate } from '../apply/write-gate.js';
import type { GivenSettings } from '../config/resolve.js';
import type { Config } from '../config/types.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { REPORT_DIFF_CAPS, type ArticleDiffs, type DiffCaps } from '../diff/types.js';
import { PipelineError } from '../errors.js';
import type { Logger } from '../logger.js';
import { buildReport, type Report } from '../report/model.js';
import { applyRun, ReadAgain, type RunApplied } from './apply.js';
import { diffsOf } from './diffs.js';
import type { RunDeps } from './deps.js';
import { planRun, type RunPlanned } from './plan.js';
import { readRun, type ReadOptions, type RunRead, type RunTrace } from './read.js';
import { renderRun, type RunRendered } from './render.js';

/** What a run computes beyond the plan, for the commands that show more of it. */
export interface PublishOptions {
  /**
   * The text that changes, live in Guide against the files, in the report: by default in dry
   * runs with credentials, with the report's caps; `false` turns it off.
   */
  diffs?: DiffCaps | false;
  /** Always read the categories, not only when section names need them (the preview groups by them). */
  categories?: boolean;
  /** Keep every file's Markdown to the end (the preview renders every file). */
  keepMarkdown?: boolean;
}

/** A run read, rendered and planned: what `plan`, `preview` and `drift` are made of. */
export interface RunMade {
  read: RunRead;
  rendered: RunRendered;
  planned: RunPlanned;
  started: number;
  trace: RunTrace;
}

/**
 * read → render → plan, with the diagnostics logged once the plan is made. An exception (the
 * credentials refused, the network down) comes out as a PipelineError carrying the problems
 * found so far and the requests made. The caller closes `read.remote.spool`, if it asked for one.
 */
export async function makePlan(
  given: GivenSettings | Readonly<Config>,
  logger: Logger,
  deps: RunDeps,
  options: ReadOptions,
): Promise<RunMade> {
  const started = Date.now();
  const trace: RunTrace = { diagnostics: [], client: undefined };
  let read: RunRead | undefined;
  try {
    read = await readRun(given, logger, deps, options, trace);
    const rendered = await renderRun(read, logger);
    trace.diagnostics.push(...rendered.diagnostics);
    const planned = await planRun(read, rendered, logger, deps, trace.diagnostics);
    trace.diagnostics = [...planned.diagnostics];
    logDiagnostics(planned.diagnostics, logger);
    return { read, rendered, planned, started, trace };
  } catch (error) {
    read?.remote?.spool?.close();
    throw failed(error, trace, logger);
  }
}

/** A run's failure as a whole, with what it found so far (logged here: the plan that logs them was not made). */
export function failed(error: unknown, trace: RunTrace, logger: Logger | undefined): unknown {
  if (error instanceof ReadAgain || error instanceof PipelineError) return error;
  const sorted = sortDiagnostics(trace.diagnostics);
  if (logger) logDiagnostics(sorted, logger);
  const stats = trace.client?.http.stats;
  return new PipelineError(error, sorted, {
    total: stats?.requests ?? 0,
    rateLimited: stats?.rateLimited ?? 0,
    retries: stats?.retries ?? 0,
  });
}

/**
 * `plan` and `publish` (the action's dry run and publish): read → render → plan → apply →
 * report. Any error in the files or the plan stops the run before the first write; the report
 * says why. Apply records each article's failure in its outcome instead of throwing.
 */
export async function runPublish(
  given: GivenSettings | Readonly<Config>,
  logger: Logger,
  deps: RunDeps = {},
  options: PublishOptions = {},
): Promise<Report> {
  const diffs = options.diffs ?? (given.mode === 'dry-run' ? REPORT_DIFF_CAPS : false);
  // Only a publish writes; the gate takes the lease only if its plan does.
  const gate =
    given.mode === 'publish' && !deps.offline && deps.lease !== false ? new WriteGate(deps.lease?.timing, deps.lease?.deps) : undefined;
  try {
    // A second reading, once, when another publish wrote after the first (the lease is held by then).
    for (let pass = 1; ; pass++) {
      try {
        return await publishOnce(given, logger, deps, { ...options, diffs }, gate);
      } catch (error) {
        if (!(error instanceof ReadAgain) || pass > 1) throw error;
      }
    }
  } finally {
    await gate?.release();
  }
}

async function publishOnce(
  given: GivenSettings | Readonly<Config>,
  logger: Logger,
  deps: RunDeps,
  options: PublishOptions & { diffs: DiffCaps | false },
  gate: WriteGate | undefined,
): Promise<Report> {
  const withCredentials = given.zendeskUrl !== undefined && given.auth !== undefined;
  const made = await makePlan(given, logger, deps, {
    spool: options.diffs !== false && withCredentials,
    ...(options.categories ? { categories: true } : {}),
    ...(options.keepMarkdown ? { keepMarkdown: true } : {}),
  });
  const { read, planned, trace } = made;
  try {
    const blocked = hasErrors(planned.diagnostics);
    const diffs =
      options.diffs && read.remote
        ? await diffsOf({ plan: made.planned.plan, prepared: made.rendered.prepared }, read.remote, options.diffs, logger)
        : undefined;
    let applied: RunApplied | undefined;
    if (!blocked && read.settings.mode === 'publish' && read.remote)
      applied = await applyRun({ ...read, remote: read.remote }, planned, logger, deps, gate);
    return reportOf(made, { blocked, diffs, applied, gate });
  } catch (error) {
    throw failed(error, trace, undefined);
  } finally {
    read.remote?.spool?.close();
  }
}

/** The report of a run that read, planned and maybe applied. */
export function reportOf(
  made: RunMade,
  extra: {
    blocked: boolean;
    diffs?: Map<string, ArticleDiffs> | undefined;
    applied?: RunApplied | undefined;
    gate?: WriteGate | undefined;
  },
): Report {
  const { read, planned } = made;
  const { applied, diffs, gate } = extra;
  const client = read.remote?.client;
  const stats = client?.http.stats;
  return buildReport({
    mode: read.settings.mode,
    zendeskUrl: read.settings.zendeskUrl,
    plan: planned.plan,
    outcomes: applied?.outcomes,
    ...(applied?.structure ? { structure: applied.structure.outcomes } : {}),
    ...(applied?.createdTags ? { contentTags: applied.createdTags } : {}),
    diagnostics: planned.diagnostics,
    blocked: extra.blocked,
    requests: { total: stats?.requests ?? 0, rateLimited: stats?.rateLimited ?? 0, retries: stats?.retries ?? 0 },
    ...(applied && client ? { uploaded: { ...client.uploaded } } : {}),
    durationMs: Date.now() - made.started,
    ...(diffs ? { diffs } : {}),
    ...(applied?.interrupted ? { interrupted: applied.interrupted } : {}),
    ...(gate?.notes.length ? { notes: gate.notes } : {}),
  });
}

function logDiagnostics(sorted: readonly Diagnostic[], logger: Logger): void {
  for (const d of sorted) {
    const where = { file: d.file, ...(d.line ? { line: d.line } : {}), ...(d.column ? { column: d.column } : {}) };
    const text = d.hint ? `${d.message} (${d.hint})` : d.message;
    if (d.severity === 'error') logger.error(text, where);
    else logger.warning(text, where);
  }
}
