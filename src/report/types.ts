import type { OutcomeStatus } from '../apply/apply.js';
import type { Mode, OnDrift, RequestedMode } from '../config/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { TranslationDiff } from '../diff/types.js';
import type { MediaMode } from '../plan/media.js';
import type { ArticleAction } from '../plan/types.js';

// The report's data, apart from what builds it (./model.ts) and how rows read (./rows.ts).

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
