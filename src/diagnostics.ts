/**
 * What kind of problem a diagnostic is, for the code that acts on it (and readers of the JSON
 * report): a branch tests the code, never the message's wording.
 * - `unknown-name`: a section, category, group or segment named that the help center lacks;
 * - `ambiguous-name`: a name that matches more than one of them;
 * - `unknown-key`: a key the file's schema does not know;
 * - `missing-required`: a key a new article needs that neither its file nor a `_defaults.yml` gives;
 * - `local-path-refused`: a file the docs refer to is under .git/, a dot-folder or a dotfile, or
 *   outside the repository; the run refuses it before any request when the reference is in the docs.
 */
export type DiagnosticCode = 'unknown-name' | 'ambiguous-name' | 'unknown-key' | 'missing-required' | 'local-path-refused';

/** A problem found in the user's files, always with where it is, so it can be annotated. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  /** Set on the kinds of problem that code tells apart; absent on the rest. */
  code?: DiagnosticCode;
  /** Repo-relative, forward slashes. */
  file: string;
  line?: number;
  column?: number;
  message: string;
  hint?: string;
  /**
   * The articles an error in a file they share (a `_defaults.yml`, the config file) holds back,
   * named once in its message: one mistake is one line, not one per article.
   */
  articles?: string[];
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

const NAMED = 3;

/** `2 articles: docs/a.md, docs/b.md`, naming the first few. */
function articlesText(files: readonly string[]): string {
  const named = files.slice(0, NAMED).join(', ');
  const more = files.length > NAMED ? ` and ${files.length - NAMED} more` : '';
  return `${files.length} ${files.length === 1 ? 'article' : 'articles'}: ${named}${more}`;
}

/** The diagnostic with the articles it holds back (an error) or concerns (a warning) named in its message. */
export function withArticles(d: Diagnostic, files: readonly string[]): Diagnostic {
  const articles = [...new Set(files)].sort();
  if (!articles.length) return d;
  const which = d.severity === 'error' ? 'it holds back' : 'for';
  return { ...d, message: `${d.message}; ${which} ${articlesText(articles)}`, articles };
}

/**
 * The same problem found once per article (a name in a `_defaults.yml` that every article below
 * it inherits) as one diagnostic naming those articles. Order is kept: each at its first place.
 */
export function mergeRepeated(list: readonly Diagnostic[]): Diagnostic[] {
  const groups = new Map<string, { first: Diagnostic; articles: string[] }>();
  for (const d of list) {
    const key = JSON.stringify([d.severity, d.code, d.file, d.line, d.column, d.message, d.hint]);
    const group = groups.get(key);
    if (group) group.articles.push(...(d.articles ?? []));
    else groups.set(key, { first: d, articles: [...(d.articles ?? [])] });
  }
  return [...groups.values()].map(({ first, articles }) => {
    const plain: Diagnostic = { ...first };
    delete plain.articles;
    return withArticles(plain, articles);
  });
}

/**
 * Marks the diagnostics from `from` on, found while planning one article, that are in a file
 * other than the article's own: a shared file, whose one mistake every article below it meets.
 */
export function attribute(list: Diagnostic[], from: number, article: { file: string; own: ReadonlySet<string> }): void {
  for (let i = from; i < list.length; i++) {
    const d = list[i]!;
    if (!article.own.has(d.file)) list[i] = { ...d, articles: [...(d.articles ?? []), article.file] };
  }
}
