/** A problem found in the user's files, always with where it is, so it can be annotated. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  /** Repo-relative, forward slashes. */
  file: string;
  line?: number;
  column?: number;
  message: string;
  hint?: string;
}

export interface Position {
  line: number;
  column: number;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** `file:line:column: message (hint)` as compilers print it. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.line, d.line ? d.column : undefined].filter((p) => p !== undefined).join(':');
  return `${where}: ${d.severity}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`;
}

/** Stable order: by file, then line, then column. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
