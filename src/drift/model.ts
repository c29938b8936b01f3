import type { Diagnostic } from '../diagnostics.js';
import { htmlToText } from '../diff/html-text.js';
import { diffText } from '../diff/text-diff.js';
import type { DiffCaps, DiffLine } from '../diff/types.js';
import type { RunError } from '../report/model.js';
import type { DriftedArticlePlan } from './judge.js';

/** Who last changed a translation, as far as Zendesk says. */
export interface Editor {
  id: number;
  /** Undefined when the user could not be looked up (deleted, or the lookup refused). */
  name?: string;
}

/** One translation edited in Guide that no longer matches its file. */
export interface DriftedTranslation {
  locale: string;
  /** When Zendesk says it last changed (ISO 8601). */
  updatedAt: string;
  /** Undefined when Zendesk does not say. */
  updatedBy?: Editor;
  /** Present when the titles differ: the file's, then Guide's. */
  title?: { repo: string; guide: string };
  /** Rendered text, the file (`-`) against Guide (`+`): what the edit in Guide changed. */
  lines: DiffLine[];
  /** Changed lines left out by the caps. */
  omitted: number;
  /** The text is the same; what differs is markup the text does not show (a link's address, an image). */
  markupOnly?: boolean;
}

export interface DriftedArticle {
  key: string;
  /** The source file, repository-relative. */
  file: string;
  title: string;
  articleId: number;
  url: string | undefined;
  translations: DriftedTranslation[];
}

/** The drift report's one model; the log, the job summary, the issue and the JSON render it. */
export interface DriftReport {
  version: 1;
  kind: 'drift';
  /** Edits at or after this time are listed (ISO 8601). */
  since: string;
  zendeskUrl: string | undefined;
  articles: DriftedArticle[];
  /** Translations changed in Guide since then whose content still matches the files (not listed). */
  matching: number;
  /** Problems in the docs: files with errors could not be compared. */
  diagnostics: Diagnostic[];
  requests: { total: number; rateLimited: number; retries: number };
  durationMs: number;
  /** Present when the run itself failed; `articles` is then empty. */
  error?: RunError;
  /** Where it ran, for links (the action fills it in). */
  context?: { docsPath: string; blobBaseUrl: string | undefined; runUrl: string | undefined };
}

/** A drift report's caps: a short diff per translation, a bound on the whole. */
export const DRIFT_DIFF_CAPS: DiffCaps = { linesPerArticle: 20, lineChars: 240, totalLines: 1000 };

/**
 * Each drifted translation with its text diff: the file's rendered text against Guide's, so
 * the `+` lines are what the edit in Guide brought and the `-` lines what it removed. `readLive`
 * gives the stored body (the run's spool); names of the editors come later (see users.ts).
 */
export function describeDrift(
  drifted: readonly DriftedArticlePlan[],
  readLive: (articleId: number, locale: string) => string | undefined,
  caps: DiffCaps = DRIFT_DIFF_CAPS,
): DriftedArticle[] {
  let total = 0;
  const out: DriftedArticle[] = [];
  const sorted = [...drifted].sort((a, b) => a.plan.file!.localeCompare(b.plan.file!));
  for (const { plan, findings } of sorted) {
    const translations: DriftedTranslation[] = [];
    for (const f of findings) {
      const budget = Math.max(0, Math.min(caps.linesPerArticle, caps.totalLines - total));
      const live = readLive(plan.articleId!, f.locale) ?? '';
      const { lines, omitted } = diffText(htmlToText(f.file.template), htmlToText(live), {
        maxLines: budget,
        maxLineChars: caps.lineChars,
      });
      total += lines.filter((l) => l.op !== ' ').length;
      const title = f.live.title !== f.file.title ? { repo: f.file.title, guide: f.live.title } : undefined;
      const editor = f.live.updated_by_id;
      translations.push({
        locale: f.locale,
        updatedAt: f.live.updated_at,
        ...(typeof editor === 'number' ? { updatedBy: { id: editor } } : {}),
        ...(title ? { title } : {}),
        lines,
        omitted,
        ...(!title && !lines.length && !omitted ? { markupOnly: true } : {}),
      });
    }
    out.push({
      key: plan.key,
      file: plan.file!,
      title: plan.title,
      articleId: plan.articleId!,
      url: plan.htmlUrl,
      translations,
    });
  }
  return out;
}

/** The drift report's exit code: 0 clean (or drift not asked to fail), 1 drift with `failOnDrift` or errors in the docs. */
export function driftExitCode(report: DriftReport, failOnDrift: boolean): number {
  if (report.error) return { settings: 2, remote: 3, internal: 1, interrupted: 130 }[report.error.kind];
  if (report.diagnostics.some((d) => d.severity === 'error')) return 1;
  return failOnDrift && report.articles.length > 0 ? 1 : 0;
}
