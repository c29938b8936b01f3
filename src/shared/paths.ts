import path from 'node:path';

/** True when `target` is `root` or beneath it. */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * `abs` relative to `root`, with forward slashes. A file found under the root (every Markdown
 * file is) is a slice of its path; `path.relative` resolves both paths on every call, and
 * called for each of 40,000 files several times a run it allocated 100 MB at the end of the
 * largest help center's dry run, when memory peaks.
 */
export function relativeTo(root: string, abs: string): string {
  const base = root.endsWith(path.sep) ? root : root + path.sep;
  const rel =
    abs.startsWith(base) && path.isAbsolute(root) && !abs.includes(`${path.sep}.`) ? abs.slice(base.length) : path.relative(root, abs);
  return path.sep === '/' ? rel : rel.split(path.sep).join('/');
}
