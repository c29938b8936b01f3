import { driftText, verdict } from './markdown.js';
import type { Report } from './model.js';
import { classifyRows, rowLabel } from './rows.js';
import { diffText } from './diff.js';

/** Plain text for the log. */
export function renderText(report: Report): string {
  const lines = [verdict(report)];
  const classified = classifyRows(report);
  for (const { row, kind } of classified) {
    if (kind === 'unchanged') continue;
    const label = rowLabel(kind, report).replace(/^\S+ /, '');
    const detail = row.error ?? [driftText(row, report), ...row.reasons].filter(Boolean).join('; ');
    lines.push(`  ${label.padEnd(11)} ${row.file ?? row.key}${row.articleId ? ` (#${row.articleId})` : ''}${detail ? ` — ${detail}` : ''}`);
    for (const d of row.diffs ?? []) lines.push(...diffText(d, report.onDrift, '      '));
    if (row.diffsLeftOut) lines.push(`      (the text that changes in ${row.diffsLeftOut} more translation(s) is over the report's cap)`);
  }
  const unchanged = classified.filter((c) => c.kind === 'unchanged').length;
  if (unchanged) lines.push(`  ${unchanged} unchanged`);
  lines.push(`  ${report.requests.total} Zendesk requests, ${report.requests.rateLimited} rate-limited`);
  return lines.join('\n');
}
