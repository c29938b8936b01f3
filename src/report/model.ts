import type { Outcome, OutcomeStatus } from '../apply/apply.js';
import type { Mode } from '../config/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { ArticleAction, Plan } from '../plan/types.js';

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
}

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
  archived: number;
  skipped: number;
  failed: number;
}

/** One result model; the log, the job summary, the PR comment and the JSON file render it. */
export interface Report {
  version: 1;
  mode: Mode;
  /** True when nothing was compared with Zendesk (no credentials). */
  offline: boolean;
  /** The run stopped before writing because of errors in the files (or the plan). */
  blocked: boolean;
  zendeskUrl: string | undefined;
  counts: Counts;
  rows: ReportRow[];
  diagnostics: Diagnostic[];
  /** Requests sent to Zendesk, 429s waited out. */
  requests: { total: number; rateLimited: number; retries: number };
  /** Ids of articles created in this run, by source file: the write-back candidates. */
  newIds: Record<string, number>;
  durationMs: number;
}

const statusFromAction: Record<ArticleAction, OutcomeStatus | undefined> = {
  create: 'created',
  update: 'updated',
  unchanged: 'unchanged',
  archive: 'archived',
  skip: 'skipped',
  offline: undefined,
};

export function buildReport(input: {
  mode: Mode;
  zendeskUrl: string | undefined;
  plan: Plan | undefined;
  outcomes: Map<string, Outcome> | undefined;
  diagnostics: Diagnostic[];
  blocked: boolean;
  requests: Report['requests'];
  durationMs: number;
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
    };
  });
  const counts: Counts = { created: 0, updated: 0, unchanged: 0, archived: 0, skipped: 0, failed: 0 };
  if (!input.blocked) {
    for (const row of rows) {
      // A dry run counts what would happen; a publish counts what did.
      const status = input.outcomes ? row.status : statusFromAction[row.action];
      if (status) counts[status]++;
    }
  }
  const newIds: Record<string, number> = {};
  for (const row of rows) if (row.status === 'created' && row.file && row.articleId) newIds[row.file] = row.articleId;
  return {
    version: 1,
    mode: input.mode,
    offline: input.plan?.offline ?? true,
    blocked: input.blocked,
    zendeskUrl: input.zendeskUrl,
    counts,
    rows,
    diagnostics: input.diagnostics,
    requests: input.requests,
    newIds,
    durationMs: input.durationMs,
  };
}
