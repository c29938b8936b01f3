import type { MediaMode } from '../plan/media.js';
import type { Outcome, OutcomeStatus } from '../apply/apply.js';
import type { StructureOutcome } from '../apply/structure.js';
import type { Mode, OnDrift, RequestedMode } from '../config/types.js';
import type { Diagnostic } from '../diagnostics.js';
import { ConfigError, errorMessage, PipelineError } from '../errors.js';
import type { ArticleDiffs, TranslationDiff } from '../diff/types.js';
import type { ArticleAction, Operation, Plan, PlannedMedia } from '../plan/types.js';
import { isRemoteError } from '../remote/errors.js';
import { InterruptedError } from '../remote/stop.js';
import { filesWithErrors, rowKind } from './rows.js';

/** What an update touches, from the plan's operations; lets the report say "translation added" rather than "update". */
export interface RowChanges {
  metadata: boolean;
  translationsAdded: string[];
  translationsUpdated: string[];
  uploads: number;
  /** Translations flagged outdated (their source body changed, their file did not). */
  translationsOutdated?: string[];
  /** The article's new source locale. */
  sourceLocale?: string;
}

export interface ReportRow {
  key: string;
  file: string | undefined;
  title: string;
  articleId: number | undefined;
  url: string | undefined;
  /** What the plan said. */
  action: ArticleAction;
  /** What happened (publish only). */
  status: OutcomeStatus | undefined;
  reasons: string[];
  drifted: string[];
  error: string | undefined;
  /** Present when the plan had operations for this article. */
  changes?: RowChanges;
  /**
   * The text that changes, per translation, live in Guide against this file (dry runs with
   * credentials). Capped per article and for the whole report; see `diffsLeftOut`.
   */
  diffs?: TranslationDiff[];
  /** Translations whose diff the report's total cap left out. */
  diffsLeftOut?: number;
}

/**
 * Where and why the run happened; the action fills it in, the CLI may leave it out. Renderers
 * use it for the mode line and for links to the source files.
 */
export interface ReportContext {
  /** The `mode` setting as given (`auto` resolves by event). */
  requestedMode: RequestedMode;
  eventName: string | undefined;
  /** Docs root relative to the repository, forward slashes. */
  docsPath: string;
  /** Commit the Markdown was read from (a PR's head commit). */
  commit: string | undefined;
  /** `{server}/{owner}/{repo}/blob/{commit}`: source links are this plus `/{file}#L{line}`. */
  blobBaseUrl: string | undefined;
  /** The workflow run, where the job summary holds the full report. */
  runUrl: string | undefined;
  /** A pull request from a fork: no secrets, read-only token. */
  forkPullRequest: boolean;
  /** Where the preview site of this run's articles is (the `preview-url` input: an artifact's URL). */
  previewUrl?: string;
}

/**
 * Articles by what the report's table says about them. In a publish that wrote, what happened;
 * otherwise (a dry run, a run stopped before writing) what the plan says would happen, and
 * `Report.planned` is true. `failed` counts the rows marked ❌: articles Zendesk refused in a
 * publish, articles whose files have errors in a planned report.
 */
export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
  archived: number;
  skipped: number;
  failed: number;
}

/** Why a whole run stopped, as opposed to problems in files (diagnostics) or one article failing. */
export interface RunError {
  /** settings: fix a flag, input or path; remote: Zendesk or the network refused; internal: anything else (a bug, an unreadable file). */
  kind: 'settings' | 'remote' | 'internal' | 'interrupted';
  message: string;
}

/** A section or category the run creates or updates (with `create_sections`). */
export interface StructureRow {
  kind: 'section' | 'category';
  action: 'create' | 'update';
  name: string;
  /** Sections: the category's name. */
  category?: string;
  /** Known for updates, and for creates once done. */
  id?: number;
  /** The `_section.yml` / `_category.yml` it comes from, if any. */
  file?: string;
  /** Updates: what differs ("description", "name (fr)", "position"). */
  reasons: string[];
  /** What happened (publish only). */
  status?: 'created' | 'updated';
}

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

/** One result model; the log, the job summary, the PR comment and the JSON file render it. */
export interface Report {
  version: 1;
  /** Undefined only when the run failed before its mode was known (an invalid `mode`). */
  mode: Mode | undefined;
  /** True when nothing was compared with Zendesk (no credentials). */
  offline: boolean;
  /** The run stopped before writing anything: errors in the files or the plan, or a run-level `error`. */
  blocked: boolean;
  /** Present when the run itself failed; the counts are then 0 and `rows` holds nothing. */
  error?: RunError;
  zendeskUrl: string | undefined;
  /** The drift policy in force; undefined only when the run failed before it was known. */
  onDrift: OnDrift | undefined;
  counts: Counts;
  /** The counts are what would happen (dry run, or stopped before writing), not what did. */
  planned: boolean;
  rows: ReportRow[];
  /** Sections and categories created or updated before the articles (only with `create_sections`, when any). */
  structure?: StructureRow[];
  /** Content tags the files name that the account lacks: created once, before the articles. */
  contentTags?: { name: string; status?: 'created' }[];
  diagnostics: Diagnostic[];
  /** Requests sent to Zendesk, 429s waited out. */
  requests: { total: number; rateLimited: number; retries: number };
  /**
   * How files reach Zendesk (`library`: Guide Media; `attachments`: unassociated uploads then
   * bulk_attachments, for a plan without the media library), the distinct files new to the
   * library, and what was PUT to the upload storage.
   */
  media?: { mode: MediaMode; newFiles: number; uploaded: number; bytes: number };
  /** Ids of articles created in this run, by source file: the write-back candidates. */
  newIds: Record<string, number>;
  durationMs: number;
  /** The publish was stopped (Ctrl-C, the runner's cancel, a lost lease) while it wrote. */
  interrupted?: Interrupted;
  /** What else the run has to say: that it waited for another publish, say. */
  notes?: string[];
  context?: ReportContext;
}

/** How far an interrupted publish got, in articles with something to write. */
export interface Interrupted {
  /** Articles whose writes were all made. */
  written: number;
  /** Articles left part-written (the next publish completes them). */
  partly: number;
  /** Articles the plan had something to write for. */
  total: number;
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
