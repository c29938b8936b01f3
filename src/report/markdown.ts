import { formatDiagnostic } from '../diagnostics.js';
import type { Report, ReportRow } from './model.js';

const ACTION_LABEL: Record<string, string> = {
  create: '🆕 create',
  update: '✏️ update',
  unchanged: '✅ unchanged',
  archive: '🗄️ archive',
  skip: '⏭️ skip (drifted)',
  offline: '📄 rendered',
};

const STATUS_LABEL: Record<string, string> = {
  created: '🆕 created',
  updated: '✏️ updated',
  unchanged: '✅ unchanged',
  archived: '🗄️ archived',
  skipped: '⏭️ skipped (drifted)',
  failed: '❌ failed',
};

const escapeCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** One line: what happened or would happen, with counts. */
export function verdict(report: Report): string {
  const c = report.counts;
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  if (report.blocked) return `❌ Nothing was published: ${errors} error${errors === 1 ? '' : 's'} in the docs must be fixed first.`;
  const parts = [`${c.created} created`, `${c.updated} updated`, `${c.unchanged} unchanged`];
  if (c.archived) parts.push(`${c.archived} archived`);
  if (c.skipped) parts.push(`${c.skipped} skipped`);
  if (c.failed) parts.push(`${c.failed} failed`);
  if (report.offline) return `📄 Offline dry run: ${report.rows.length} articles validated and rendered; not compared with Zendesk (no credentials).`;
  if (report.mode === 'dry-run') {
    const would = [`${c.created} to create`, `${c.updated} to update`, `${c.unchanged} unchanged`];
    if (c.archived) would.push(`${c.archived} to archive`);
    if (c.skipped) would.push(`${c.skipped} skipped`);
    return `🔍 Dry run: ${would.join(', ')}. Nothing was written to Zendesk.`;
  }
  return `${c.failed ? '⚠️' : '🚀'} Published: ${parts.join(', ')}.`;
}

function rowLine(row: ReportRow, dryRun: boolean): string {
  const label = dryRun || !row.status ? ACTION_LABEL[row.action] : STATUS_LABEL[row.status];
  const title = row.url ? `[${escapeCell(row.title)}](${row.url})` : escapeCell(row.title);
  const why = row.error ? `❌ ${row.error}` : row.reasons.join('; ');
  const drift = row.drifted.length ? ` ⚠️ edited in Guide (${row.drifted.join(', ')})` : '';
  return `| ${label} | ${title} | \`${row.file ?? row.key}\` | ${escapeCell(why + drift)} |`;
}

/** The report as Markdown, for the job summary (and, later, the PR comment). */
export function renderMarkdown(report: Report, options: { maxUnchangedListed?: number } = {}): string {
  const dryRun = report.mode === 'dry-run';
  const lines = [`### Zendesk Guide publisher · ${dryRun ? 'dry run' : 'publish'}`, '', verdict(report), ''];
  const changed = report.rows.filter((r) => r.action !== 'unchanged' || (r.status && r.status !== 'unchanged'));
  const unchanged = report.rows.filter((r) => !changed.includes(r));
  const listUnchanged = unchanged.length <= (options.maxUnchangedListed ?? 10);
  const shown = listUnchanged ? [...changed, ...unchanged] : changed;
  if (shown.length) {
    lines.push('| | Article | File | Why |', '| --- | --- | --- | --- |', ...shown.map((r) => rowLine(r, dryRun)), '');
  }
  if (!listUnchanged) lines.push(`${unchanged.length} articles unchanged.`, '');
  if (report.diagnostics.length) {
    lines.push('**Problems**', '', ...report.diagnostics.map((d) => `- \`${formatDiagnostic(d)}\``), '');
  }
  lines.push(
    `<sub>${report.requests.total} Zendesk requests${report.requests.rateLimited ? `, ${report.requests.rateLimited} rate-limited and retried` : ''} · ${(report.durationMs / 1000).toFixed(1)} s</sub>`,
  );
  return lines.join('\n');
}

/** Plain text for the log. */
export function renderText(report: Report): string {
  const lines = [verdict(report)];
  for (const row of report.rows) {
    if (row.action === 'unchanged' && (!row.status || row.status === 'unchanged')) continue;
    const label = report.mode === 'dry-run' || !row.status ? row.action : row.status;
    const detail = row.error ?? row.reasons.join('; ');
    lines.push(`  ${label.padEnd(9)} ${row.file ?? row.key}${row.articleId ? ` (#${row.articleId})` : ''}${detail ? ` — ${detail}` : ''}`);
  }
  const unchanged = report.rows.filter((r) => r.action === 'unchanged' && (!r.status || r.status === 'unchanged')).length;
  if (unchanged) lines.push(`  ${unchanged} unchanged`);
  lines.push(`  ${report.requests.total} Zendesk requests, ${report.requests.rateLimited} rate-limited`);
  return lines.join('\n');
}
