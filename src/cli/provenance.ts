import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { provenanceOf } from '../action/run-context.js';
import type { Config } from '../config/types.js';
import { ConfigError } from '../errors.js';
import { readGitHubContext } from '../github/context.js';

const run = promisify(execFile);

/** One line of git's output, or undefined when git is missing, fails, or says nothing. */
async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', args, { cwd, timeout: 10_000 });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The web address of a repository from its git remote: `git@github.com:acme/docs.git`,
 * `ssh://git@github.com/acme/docs`, `https://user:token@github.com/acme/docs.git` all give
 * `https://github.com/acme/docs`. User names and tokens in the remote never get through: the
 * address is written into every published article.
 */
export function webUrlOfRemote(remote: string): string | undefined {
  const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+?)(?:\.git)?\/?$/.exec(remote);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  let url: URL;
  try {
    url = new URL(remote);
  } catch {
    return undefined;
  }
  if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol)) return undefined;
  const repoPath = url.pathname.replace(/\/+$/, '').replace(/\.git$/, '');
  if (!/^\/[^/]+\/[^/]+/.test(repoPath)) return undefined;
  // An ssh or git port is not the web server's.
  const host = url.protocol === 'https:' || url.protocol === 'http:' ? url.host : url.hostname;
  return `https://${host}${repoPath}`;
}

/**
 * Where `--provenance` footers link: in a GitHub workflow the same as the action (the run's
 * repository and branch); elsewhere the clone's `origin` remote and its checked-out branch (or
 * commit). Settles before any request, so a clone without a remote is a settings error.
 */
export async function provenanceFromRepository(repoRoot: string, env: NodeJS.ProcessEnv): Promise<NonNullable<Config['provenance']>> {
  let found: Config['provenance'];
  if (env.GITHUB_REPOSITORY) found = provenanceOf(await readGitHubContext(env));
  if (!found) {
    const remote = await git(repoRoot, ['remote', 'get-url', 'origin']);
    const repoUrl = remote ? webUrlOfRemote(remote) : undefined;
    const ref = (await git(repoRoot, ['symbolic-ref', '--quiet', '--short', 'HEAD'])) ?? (await git(repoRoot, ['rev-parse', 'HEAD']));
    if (!repoUrl || !ref) {
      const why = !remote
        ? 'this folder is not a git clone with an "origin" remote'
        : !repoUrl
          ? 'the "origin" remote is not an address on a git web host'
          : 'no branch or commit is checked out';
      throw new ConfigError(
        `--provenance links each article to its file on GitHub, but ${why}: run it in a clone of the repository, or leave --provenance out`,
      );
    }
    found = { repoUrl, ref };
  }
  // Files are named relative to --repo; when that is a folder inside the clone, links need the
  // folder too. `blob/<ref>/<folder>/<file>` is how GitHub spells it, so it rides on the ref.
  const prefix = (await git(repoRoot, ['rev-parse', '--show-prefix']))?.replace(/\/+$/, '');
  return prefix ? { ...found, ref: `${found.ref}/${prefix}` } : found;
}
