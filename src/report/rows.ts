import type { Diagnostic } from '../diagnostics.js';
import { sourceFileOf } from '../shared/locale-suffix.js';
import type { Report, ReportRow } from './types.js';

/** What a row means to a reader; finer than the plan's action (a translation added is not "an update"). */
export type RowKind = 'error' | 'drifted' | 'create' | 'update' | 'translation' | 'attachments' | 'archive' | 'rendered' | 'unchanged';

/** Most urgent first: the order rows are listed in. */
export const KIND_ORDER: readonly RowKind[] = [
  'error',
  'drifted',
  'create',
  'update',
  'translation',
  'attachments',
  'archive',
  'rendered',
  'unchanged',
];

const PLANNED: Record<RowKind, string> = {
  error: '❌ error',
  drifted: '⚠️ drifted',
  create: '🆕 create',
  update: '✏️ update',
  translation: '🌐 translation',
  attachments: '📎 attachments',
  archive: '🗄️ archive',
  rendered: '📄 rendered',
  unchanged: '✅ unchanged',
};

const DONE: Record<RowKind, string> = {
  error: '❌ failed',
  drifted: '⚠️ drifted',
  create: '🆕 created',
  update: '✏️ updated',
  translation: '🌐 translation added',
  attachments: '📎 attachments updated',
  archive: '🗄️ archived',
  rendered: '📄 rendered',
  unchanged: '✅ unchanged',
};

/** Source files (as rows name them) that have at least one error diagnostic. */
export function filesWithErrors(diagnostics: readonly Diagnostic[]): Set<string> {
  const files = new Set<string>();
  for (const d of diagnostics) {
    if (d.severity !== 'error') continue;
    files.add(d.file);
    files.add(sourceFileOf(d.file));
    for (const a of d.articles ?? []) files.add(a);
  }
  return files;
}

export function rowKind(row: ReportRow, errorFiles: ReadonlySet<string>): RowKind {
  if (row.status === 'failed' || row.error || (row.file && errorFiles.has(row.file))) return 'error';
  if (row.drifted.length || row.action === 'skip') return 'drifted';
  switch (row.action) {
    case 'create':
    case 'archive':
    case 'unchanged':
      return row.action;
    case 'offline':
      return 'rendered';
    case 'update': {
      const c = row.changes;
      if (!c || c.metadata || c.translationsUpdated.length) return 'update';
      if (c.translationsAdded.length) return 'translation';
      return c.uploads ? 'attachments' : 'update';
    }
    default:
      return 'update';
  }
}

/** The label for a row: what will happen in a dry run, what happened in a publish. */
export function rowLabel(kind: RowKind, report: Report): string {
  return report.planned ? PLANNED[kind] : DONE[kind];
}

export interface ClassifiedRow {
  row: ReportRow;
  kind: RowKind;
}

/** Rows with their kinds, most urgent first, then by file. */
export function classifyRows(report: Report): ClassifiedRow[] {
  const errorFiles = filesWithErrors(report.diagnostics);
  return report.rows
    .map((row) => ({ row, kind: rowKind(row, errorFiles) }))
    .sort(
      (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.row.file ?? a.row.key).localeCompare(b.row.file ?? b.row.key),
    );
}
