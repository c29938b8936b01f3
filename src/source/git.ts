import { execFile } from 'node:child_process';
import path from 'node:path';

/** Runs git in the repository; undefined when git is missing or the command fails. */
function git(repoRoot: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['-C', repoRoot, ...args], { maxBuffer: 64 * 1024 * 1024, windowsHide: true }, (error, stdout) =>
      resolve(error ? undefined : stdout),
    );
  });
}

/** The commit checked out, when the docs are in a git repository. */
export async function gitHead(repoRoot: string): Promise<string | undefined> {
  return (await git(repoRoot, ['rev-parse', '--verify', '--quiet', 'HEAD']))?.trim() || undefined;
}

export type Renames =
  { renames: Map<string, string>; /** Docs-relative files changed, added or renamed. */ changed: Set<string> } | { unavailable: string };

/**
 * Markdown files git sees moved under the docs root since `fromCommit` (the state record's),
 * committed or staged: old key → new key (docs-relative paths without `.md`). A shallow clone
 * (actions/checkout's default) does not reach an older commit: then renames are found by
 * content and title instead, and the caller says so.
 */
export async function gitRenames(repoRoot: string, fromCommit: string, docsRoot: string): Promise<Renames> {
  if (!/^[0-9a-f]{7,64}$/i.test(fromCommit)) return { unavailable: 'the recorded commit is not a commit id' };
  if ((await git(repoRoot, ['cat-file', '-e', `${fromCommit}^{commit}`])) === undefined) {
    return { unavailable: `git history here does not reach commit ${fromCommit.slice(0, 7)} (a shallow clone? use fetch-depth: 0)` };
  }
  const docsRel = path.relative(repoRoot, docsRoot).split(path.sep).join('/') || '.';
  const out = await git(repoRoot, ['diff', '-M', '--name-status', '-z', fromCommit, '--', docsRel]);
  if (out === undefined) return { unavailable: 'git diff failed' };
  const renames = new Map<string, string>();
  const changed = new Set<string>();
  const docsRelOf = (file: string) => path.posix.relative(docsRel === '.' ? '' : docsRel, file);
  const fields = out.split('\0');
  const keyOf = (file: string) => {
    const rel = path.posix.relative(docsRel === '.' ? '' : docsRel, file);
    return /\.md$/i.test(rel) && !rel.startsWith('..') ? rel.replace(/\.md$/i, '') : undefined;
  };
  for (let i = 0; i < fields.length;) {
    const status = fields[i++];
    if (!status) continue;
    if (status.startsWith('R') || status.startsWith('C')) {
      const fromFile = fields[i++] ?? '';
      const toFile = fields[i++] ?? '';
      changed.add(docsRelOf(fromFile)).add(docsRelOf(toFile));
      const from = keyOf(fromFile);
      const to = keyOf(toFile);
      if (status.startsWith('R') && from !== undefined && to !== undefined) renames.set(from, to);
    } else {
      changed.add(docsRelOf(fields[i++] ?? ''));
    }
  }
  return { renames, changed };
}
