import type { Outcome, OutcomeStatus } from '../apply/apply.js';
import type { StructureOutcome } from '../apply/structure.js';
import type { Mode, OnDrift } from '../config/types.js';
import type { Diagnostic } from '../diagnostics.js';
import { ConfigError, errorMessage, PipelineError } from '../errors.js';
import type { ArticleDiffs } from '../diff/types.js';
import type { ArticleAction, Operation, Plan, PlannedMedia } from '../plan/types.js';
import { isRemoteError } from '../remote/errors.js';
import { InterruptedError } from '../remote/stop.js';
import { filesWithErrors, rowKind } from './rows.js';
import type { Counts, Interrupted, Report, ReportRow, RowChanges, RunError, StructureRow } from './types.js';

// The report's types live in ./types.js, which ./rows.js reads too; named here as before.
export type { Counts, Interrupted, Report, ReportContext, ReportRow, RowChanges, RunError, StructureRow } from './types.js';

/** "create section FAQ in category Billing", "update section FAQ: description": one line of the report. */
export function contentTagLine(tag: { name: string; status?: 'created' }): string {
  return `${tag.status ? 'created' : 'create'} content tag ${tag.name}`;
}

export function structureLine(row: StructureRow): string {
  const what =
    row.kind === 'section' && row.category !== undefined ? `section ${row.name} in category ${row.category}` : `${row.kind} ${row.name}`;
  if (row.action === 'create') return `${row.status ? 'created' : 'create'} ${what}`;
  return `${row.status ? 'updated' : 'update'} ${row.kind} ${row.name}: ${row.reasons.join(', ')}`;
}

/** "interrupted: 57 of 120 articles written; run publish again to finish". */
export function interruptedLine(i: Interrupted): string {
  const partly = i.partly ? ` (${i.partly} more partly)` : '';
  return `interrupted: ${i.written} of ${i.total} articles written${partly}; run publish again to finish`;
}

/** Sums up an article's operations by kind. */
export function changesOf(operations: readonly Operation[]): RowChanges | undefined {
  if (operations.length === 0) return undefined;
  const changes: RowChanges = { metadata: false, translationsAdded: [], translationsUpdated: [], uploads: 0 };
  for (const op of operations) {
    if (op.kind === 'update-metadata') changes.metadata = true;
    else if (op.kind === 'create-translation') changes.translationsAdded.push(op.body.locale);
    else if (op.kind === 'update-translation') changes.translationsUpdated.push(op.body.locale);
    else if (op.kind === 'mark-outdated') changes.translationsOutdated = [...(changes.translationsOutdated ?? []), op.locale];
    else if (op.kind === 'set-source-locale') changes.sourceLocale = op.locale;
    else if (op.kind === 'attach-files') changes.uploads += op.files.length;
  }
  return changes;
}

const statusFromAction: Record<ArticleAction, OutcomeStatus | undefined> = {
  create: 'created',
  update: 'updated',
  unchanged: 'unchanged',
  archive: 'archived',
  skip: 'skipped',
  offline: undefined,
};

/**
 * The counts of a table of rows: what happened (`planned` false, from each row's outcome) or what
 * would happen (from each row's plan). A row the table shows as an error counts as `failed`,
 * whatever its plan, so the counts never disagree with the rows they sum up.
 */
export function countRows(rows: readonly ReportRow[], diagnostics: readonly Diagnostic[], planned: boolean): Counts {
  const counts = zeroCounts();
  const errorFiles = filesWithErrors(diagnostics);
  for (const row of rows) {
    const status = rowKind(row, errorFiles) === 'error' ? 'failed' : planned ? statusFromAction[row.action] : row.status;
    if (status) counts[status]++;
  }
  return counts;
}

export function buildReport(input: {
  mode: Mode;
  zendeskUrl: string | undefined;
  plan: Plan | undefined;
  outcomes: Map<string, Outcome> | undefined;
  diagnostics: Diagnostic[];
  blocked: boolean;
  requests: Report['requests'];
  durationMs: number;
  /** The text that changes, by article key (see diff/collect.ts). */
  diffs?: ReadonlyMap<string, ArticleDiffs>;
  /** What the structure step did (publish only). */
  structure?: ReadonlyMap<string, StructureOutcome>;
  interrupted?: Interrupted;
  notes?: string[];
  /** Files PUT to the upload storage (publish only). */
  uploaded?: { files: number; bytes: number };
  /** Content tags created before the articles, by lower-cased name (publish only). */
  contentTags?: ReadonlyMap<string, string>;
}): Report {
  const rows: ReportRow[] = (input.plan?.articles ?? []).map((a) => {
    const outcome = input.outcomes?.get(a.key);
    return {
      key: a.key,
      file: a.file,
      title: a.title,
      articleId: outcome?.articleId ?? a.articleId,
      url: outcome?.htmlUrl ?? a.htmlUrl,
      action: a.action,
      status: outcome?.status,
      reasons: a.reasons,
      drifted: a.drifted,
      error: outcome?.error,
      ...(a.operations.length ? { changes: changesOf(a.operations) } : {}),
      ...diffFields(input.diffs?.get(a.key)),
    };
  });
  const structure = (input.plan?.structure ?? []).map((c): StructureRow => {
    const done = input.structure?.get(c.key);
    const id = done?.id ?? c.id;
    return {
      kind: c.kind,
      action: c.action,
      name: c.name,
      ...(c.category !== undefined ? { category: c.category } : {}),
      ...(id !== undefined ? { id } : {}),
      ...(c.file !== undefined ? { file: c.file } : {}),
      reasons: c.reasons,
      ...(done ? { status: done.status } : {}),
    };
  });
  const counts = countRows(rows, input.diagnostics, !input.outcomes);
  const newIds: Record<string, number> = {};
  for (const row of rows) if (row.status === 'created' && row.file && row.articleId) newIds[row.file] = row.articleId;
  return {
    version: 1,
    mode: input.mode,
    offline: input.plan?.offline ?? true,
    blocked: input.blocked,
    zendeskUrl: input.zendeskUrl,
    onDrift: input.plan?.onDrift,
    counts,
    planned: !input.outcomes,
    rows,
    ...(structure.length ? { structure } : {}),
    ...(input.plan?.contentTags?.length
      ? {
          contentTags: input.plan.contentTags.map((name) => ({
            name,
            ...(input.contentTags?.has(name.toLowerCase()) ? { status: 'created' as const } : {}),
          })),
        }
      : {}),
    diagnostics: input.diagnostics,
    requests: input.requests,
    ...(input.plan?.media && !input.plan.offline ? { media: mediaSummary(input.plan.media, input.uploaded) } : {}),
    newIds,
    durationMs: input.durationMs,
    ...(input.interrupted ? { interrupted: input.interrupted } : {}),
    ...(input.notes?.length ? { notes: input.notes } : {}),
  };
}

function mediaSummary(media: PlannedMedia, uploaded: { files: number; bytes: number } | undefined): NonNullable<Report['media']> {
  return { mode: media.mode, newFiles: media.uploads.length, uploaded: uploaded?.files ?? 0, bytes: uploaded?.bytes ?? 0 };
}

/** The report's line on files: which path they took, and what was uploaded. */
export function mediaLine(report: Pick<Report, 'media' | 'planned'>): string | undefined {
  const m = report.media;
  if (!m || (m.mode === 'library' && m.newFiles === 0)) return undefined;
  if (m.mode === 'attachments')
    return 'Files: article attachments (this help center has no media library: unassociated uploads, then bulk_attachments)';
  return report.planned
    ? `Files: media library, ${m.newFiles} new file(s) to upload`
    : `Files: media library, ${m.uploaded} of ${m.newFiles} new file(s) uploaded (${m.bytes} bytes)`;
}

function diffFields(d: ArticleDiffs | undefined): Pick<ReportRow, 'diffs' | 'diffsLeftOut'> {
  if (!d) return {};
  return { ...(d.translations.length ? { diffs: d.translations } : {}), ...(d.leftOut ? { diffsLeftOut: d.leftOut } : {}) };
}

const zeroCounts = (): Counts => ({ created: 0, updated: 0, unchanged: 0, archived: 0, skipped: 0, failed: 0 });

/** What kind of failure stopped a run; the CLI's exit code and the report's advice follow from it. */
export function runErrorOf(error: unknown): RunError {
  const cause = error instanceof PipelineError ? error.cause : error;
  const kind: RunError['kind'] =
    cause instanceof ConfigError
      ? 'settings'
      : isRemoteError(cause)
        ? 'remote'
        : cause instanceof InterruptedError
          ? 'interrupted'
          : 'internal';
  return { kind, message: errorMessage(cause) };
}

/**
 * The report of a run that stopped on an exception: the error, and whatever was known by then
 * (the settings that were valid, problems found in the files, requests made). Nothing was
 * written: the pipeline throws only before its first write (apply records each article's
 * failure in its outcome instead).
 */
export function failedReport(
  error: unknown,
  known: { mode?: Mode | undefined; zendeskUrl?: string | undefined; onDrift?: OnDrift | undefined; offline?: boolean; durationMs: number },
): Report {
  const partial = error instanceof PipelineError ? error : undefined;
  return {
    version: 1,
    mode: known.mode,
    offline: known.offline ?? false,
    blocked: true,
    error: runErrorOf(error),
    zendeskUrl: known.zendeskUrl,
    onDrift: known.onDrift,
    counts: zeroCounts(),
    planned: true,
    rows: [],
    diagnostics: partial?.diagnostics ?? [],
    requests: partial?.requests ?? { total: 0, rateLimited: 0, retries: 0 },
    newIds: {},
    durationMs: known.durationMs,
  };
}
