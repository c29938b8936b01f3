import { mediaLine } from './model.js';
import { driftText, verdict } from './markdown.js';
import { contentTagLine, structureLine, type Report } from './model.js';
import { classifyRows, rowLabel, type RowKind } from './rows.js';
import { diffText } from './diff.js';
import { showBidi } from './escape.js';

/** How a terminal marks up the text; the default leaves it plain, as logs and files want it. */
export interface TextStyle {
  /** A row's label, by what happened to it (created, failed, drifted...). */
  kind(kind: RowKind, text: string): string;
  /** The first line: `ok` when nothing failed or blocks. */
  verdict(ok: boolean, text: string): string;
  dim(text: string): string;
}

const PLAIN: TextStyle = { kind: (_k, t) => t, verdict: (_ok, t) => t, dim: (t) => t };

/** Plain text for the log. */
export function renderText(report: Report, style: TextStyle = PLAIN): string {
  const ok = !report.error && !report.blocked && report.counts.failed === 0;
  const lines = [style.verdict(ok, verdict(report))];
  for (const note of report.notes ?? []) lines.push(`  ${style.dim(note)}`);
  for (const row of report.structure ?? []) {
    lines.push(`  ${style.kind(row.action, structureLine(row))}${row.file ? style.dim(` — ${row.file}`) : ''}`);
  }
  for (const tag of report.contentTags ?? []) lines.push(`  ${style.kind('create', contentTagLine(tag))}`);
  const classified = classifyRows(report);
  for (const { row, kind } of classified) {
    if (kind === 'unchanged') continue;
    const label = rowLabel(kind, report).replace(/^\S+ /, '');
    const detail = row.error ?? [driftText(row, report), ...row.reasons].filter(Boolean).join('; ');
    lines.push(
      `  ${style.kind(kind, label.padEnd(11))} ${row.file ?? row.key}${row.articleId ? ` (#${row.articleId})` : ''}${detail ? style.dim(` — ${detail}`) : ''}`,
    );
    for (const d of row.diffs ?? []) lines.push(...diffText(d, report.onDrift, '      '));
    if (row.diffsLeftOut) lines.push(`      (the text that changes in ${row.diffsLeftOut} more translation(s) is over the report's cap)`);
  }
  const unchanged = classified.filter((c) => c.kind === 'unchanged').length;
  if (unchanged) lines.push(`  ${style.kind('unchanged', `${unchanged} unchanged`)}`);
  const files = mediaLine(report);
  if (files) lines.push(style.dim(`  ${files}`));
  lines.push(style.dim(`  ${report.requests.total} Zendesk requests, ${report.requests.rateLimited} rate-limited`));
  // Titles, file names and messages come from the files and from Guide (see escape.ts).
  return showBidi(lines.join('\n'));
}
