import picomatch from 'picomatch';

/** Which Markdown files under the docs root are articles; patterns are docs-relative. */
export interface Selection {
  include: readonly string[];
  exclude: readonly string[];
}

export const DEFAULT_INCLUDE = ['**/*.md'] as const;

/** A name no real pattern spells out, so only wildcards match it. */
const PROBE = '\u0001';

export interface FileFilter {
  /** A docs-relative file path (forward slashes) that should be read. */
  includes(rel: string): boolean;
  /** A docs-relative folder that is excluded as a whole, so the walk need not enter it. */
  excludesDir(rel: string): boolean;
}

/**
 * Gitignore-like matching: a pattern without a slash matches a name at any depth
 * (`README.md`, `*.draft.md`), and excluding a folder (`drafts`, `drafts/**`) excludes
 * everything beneath it.
 */
export function fileFilter(selection: Partial<Selection> = {}): FileFilter {
  const options = { dot: true };
  // picomatch's own `basename` option applies to every pattern, slashes or not; this does not.
  const anywhere = (patterns: readonly string[]) => patterns.map((p) => (p.includes('/') ? p : `**/${p}`));
  const include = picomatch(anywhere(selection.include?.length ? selection.include : DEFAULT_INCLUDE), options);
  const exclude = selection.exclude?.length ? picomatch(anywhere(selection.exclude), options) : () => false;
  return {
    includes: (rel) => include(rel) && !exclude(rel),
    // The folder itself (`drafts`, `**/old`), or any name inside it (`drafts/**`, `drafts/*`).
    excludesDir: (rel) => exclude(rel) || exclude(`${rel}/${PROBE}`),
  };
}

/** Why a pattern can never match a docs-relative path, or undefined when it is fine. */
export function globProblem(pattern: string): string | undefined {
  if (pattern.startsWith('/') || /^[a-z]:[\\/]/i.test(pattern)) return 'must be relative to the docs folder';
  if (pattern.split('/').includes('..')) return 'must not leave the docs folder (..)';
  if (pattern.includes('\\')) return 'must use forward slashes';
  return undefined;
}
