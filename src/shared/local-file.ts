import { realpathSync } from 'node:fs';
import path from 'node:path';
import { isInside } from './paths.js';

/**
 * Which local files the docs may make the tool read: every place that reads a file a Markdown
 * body names (images, linked files, included files, the preview's copies) asks `localFileProblem`
 * first, so the rule lives in one place.
 *
 * Nothing outside the repository, nothing under `.git/` (actions/checkout keeps the job's token
 * in `.git/config`), and nothing under a dot-folder or named as a dotfile (`.env`, `.npmrc`,
 * `.ssh/`) unless the config file allows that path by name. The check runs on the path as
 * written and again on where it really leads, so a symlink cannot reach what the name may not.
 */
export interface LocalFilePolicy {
  /** Absolute path of the repository root. */
  repoRoot: string;
  /** Absolute path of the docs root; a docs root inside a dot-folder (`.github/docs`) is itself allowed. */
  docsRoot?: string;
  /** Repo-relative paths (files or folders, forward slashes) of dot-paths that may be read. */
  allowDotPaths?: readonly string[];
}

/** Never allowed, whatever the config says. */
const GIT_DIR = '.git';

const segmentsOf = (root: string, abs: string) =>
  path
    .relative(root, abs)
    .split(path.sep)
    .filter((s) => s !== '' && s !== '.');

const isHidden = (segment: string) => segment.startsWith('.') && segment !== '.' && segment !== '..';

/** Why `allow_dot_paths` cannot hold `value`, or undefined when it is fine. */
export function allowedDotPathProblem(value: string): string | undefined {
  if (value.startsWith('/') || /^[a-z]:[\\/]/i.test(value)) return 'must be relative to the repository root';
  if (value.includes('\\')) return 'must use forward slashes';
  const segments = value.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) return 'must not leave the repository (..)';
  if (segments.some((s) => s.toLowerCase() === GIT_DIR)) return "must not name .git: it holds the checkout's credentials and is never read";
  if (!segments.some(isHidden)) return 'names no dot-folder or dotfile (only those need allowing)';
  return undefined;
}

/** The repo-relative path an allowed entry covers, normalised. */
const normalise = (p: string) =>
  p
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/');

/**
 * Pure: why the file at `abs` (lexically, no file system) may not be read, or undefined. `abs`
 * must already be absolute.
 */
export function hiddenPathProblem(policy: LocalFilePolicy, abs: string): 'outside' | 'git' | 'hidden' | undefined {
  const root = policy.repoRoot;
  if (!isInside(root, abs)) return 'outside';
  const segments = segmentsOf(root, abs);
  // Case-insensitive: on macOS and Windows `.GIT/config` is `.git/config`.
  if (segments.some((s) => s.toLowerCase() === GIT_DIR)) return 'git';
  let from = 0;
  const docsRoot = policy.docsRoot;
  if (docsRoot && isInside(docsRoot, abs)) from = segmentsOf(root, docsRoot).length;
  if (!segments.slice(from).some(isHidden)) return undefined;
  const rel = segments.join('/');
  const allowed = (policy.allowDotPaths ?? []).map(normalise).some((a) => rel === a || rel.startsWith(`${a}/`));
  return allowed ? undefined : 'hidden';
}

/** The refusal a diagnostic shows, `%s` standing for the path as written. */
const MESSAGES: Record<string, string> = {
  outside: '"%s" points outside the repository; refusing to read it',
  git: '"%s" is inside .git/, which holds the checkout\'s credentials; refusing to read it',
  hidden: '"%s" is a dotfile or inside a dot-folder; refusing to read or upload it',
  linkOutside: '"%s" is a link to a file outside the repository; refusing to read it',
  linkHidden: '"%s" is a link to a dotfile, a dot-folder or .git/; refusing to read it',
};

export const HIDDEN_HINT =
  'files under .git/, dot-folders and dotfiles never leave the repository; allow a named path with `allow_dot_paths` in zendesk-guide.yml (never .git)';

/**
 * Edge I/O: where `abs` really is when the docs may read it, else why not (a message with `%s`
 * for the path as written). `realRepo` is the repository root with its links resolved.
 */
export function checkLocalFile(
  policy: LocalFilePolicy,
  realRepo: string,
  abs: string,
): { real: string } | { problem: string; hint?: string; refused: true } | { missing: true } {
  const lexical = hiddenPathProblem(policy, abs);
  if (lexical) return { problem: MESSAGES[lexical]!, refused: true, ...(lexical === 'outside' ? {} : { hint: HIDDEN_HINT }) };
  let real: string;
  try {
    real = realpathSync.native(abs);
  } catch {
    return { missing: true };
  }
  const realPolicy = {
    ...policy,
    repoRoot: realRepo,
    ...(policy.docsRoot ? { docsRoot: realOr(policy.docsRoot) } : {}),
  };
  const resolved = hiddenPathProblem(realPolicy, real);
  if (resolved === 'outside') return { problem: MESSAGES.linkOutside!, refused: true };
  if (resolved) return { problem: MESSAGES.linkHidden!, hint: HIDDEN_HINT, refused: true };
  return { real };
}

function realOr(p: string): string {
  try {
    return realpathSync.native(p);
  } catch {
    return p;
  }
}

/** The policy a run's settings make. */
export function localFilePolicy(config: { repoRoot: string; docsRoot: string; allowDotPaths?: readonly string[] }): LocalFilePolicy {
  return { repoRoot: config.repoRoot, docsRoot: config.docsRoot, allowDotPaths: config.allowDotPaths ?? [] };
}
