import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { repositoryOf } from './namespace.js';

const run = promisify(execFile);

/** A repository this run's docs may come from, and how it was found (for the log). */
export interface RepositoryCandidate {
  repository: string;
  via: string;
}

/**
 * Where the docs come from, best first. In a workflow: `GITHUB_REPOSITORY` alone. In a clone:
 * the `upstream` remote (a fork clone's source, by the usual convention), then `origin`. The
 * clone's other remotes are listed in `others`, so no message suggests taking a namespace that
 * one of them owns. `remotes` is every remote's repository by name (for the web address of
 * provenance links too).
 */
export interface RepositorySources {
  candidates: RepositoryCandidate[];
  others: RepositoryCandidate[];
  /** Set when the repository is the workflow's own: nothing about the clone is guessed. */
  fromWorkflow: boolean;
}

/** `owner/name` of a git remote's address: git@host:owner/name.git, ssh://git@host/owner/name, https://user:token@host/owner/name.git */
export function repositoryOfRemote(remote: string): string | undefined {
  const scp = /^[\w.-]+@[\w.-]+:(?!\/)(.+)$/.exec(remote);
  try {
    return repositoryOf(scp ? scp[1]! : new URL(remote).pathname.replace(/^\/+/, ''));
  } catch {
    return undefined;
  }
}

/** Every remote of the clone at `repoRoot` with its fetch address; empty when git is missing or it is no clone. */
export async function gitRemotes(repoRoot: string): Promise<Map<string, string>> {
  try {
    const { stdout } = await run('git', ['config', '--get-regexp', '^remote\\..*\\.url$'], { cwd: repoRoot, timeout: 10_000 });
    const remotes = new Map<string, string>();
    for (const line of stdout.split('\n')) {
      const m = /^remote\.(.+)\.url (.+)$/.exec(line.trim());
      if (m && !remotes.has(m[1]!)) remotes.set(m[1]!, m[2]!);
    }
    return remotes;
  } catch {
    return new Map();
  }
}

/** Pure: the candidates from the workflow's variables and the clone's remotes (see RepositorySources). */
export function repositorySources(env: NodeJS.ProcessEnv, remotes: ReadonlyMap<string, string>): RepositorySources {
  const fromEnv = repositoryOf(env.GITHUB_REPOSITORY);
  const all: RepositoryCandidate[] = [];
  for (const [name, url] of remotes) {
    const repository = repositoryOfRemote(url);
    if (repository && !all.some((c) => c.repository === repository)) all.push({ repository, via: `git remote "${name}"` });
  }
  const order = (c: RepositoryCandidate) => (c.via === 'git remote "upstream"' ? 0 : c.via === 'git remote "origin"' ? 1 : 2);
  all.sort((a, b) => order(a) - order(b));
  if (fromEnv) {
    return {
      candidates: [{ repository: fromEnv, via: 'GITHUB_REPOSITORY' }],
      others: all.filter((c) => c.repository !== fromEnv),
      fromWorkflow: true,
    };
  }
  return { candidates: all.filter((c) => order(c) < 2), others: all.filter((c) => order(c) === 2), fromWorkflow: false };
}

/**
 * The repository `repository` is a fork of, by GitHub's REST API (`GITHUB_API_URL`, else
 * api.github.com; `GITHUB_TOKEN` or `GH_TOKEN` when set, for private forks); undefined when it is
 * no fork or GitHub cannot say. Asked only when no remote of a clone finds a record.
 */
export async function githubForkParent(
  repository: string,
  env: NodeJS.ProcessEnv,
  fetchImpl: typeof fetch = fetch,
): Promise<string | undefined> {
  const api = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  try {
    const res = await fetchImpl(`${api}/repos/${repository}`, {
      headers: {
        accept: 'application/vnd.github+json',
        'user-agent': 'zendesk-guide-publisher',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      signal: AbortSignal.timeout(5_000),
    });
    if (!res.ok) return undefined;
    const body = (await res.json()) as { fork?: boolean; parent?: { full_name?: string } };
    return body.fork ? repositoryOf(body.parent?.full_name) : undefined;
  } catch {
    return undefined;
  }
}

/** Edge I/O: `repositorySources` of the clone at `repoRoot`. */
export async function detectRepositories(repoRoot: string, env: NodeJS.ProcessEnv): Promise<RepositorySources> {
  return repositorySources(env, await gitRemotes(repoRoot));
}

/**
 * The repository (`owner/name`) a run's docs come from, for its default namespace: the
 * workflow's `GITHUB_REPOSITORY`, else the clone's `upstream` remote (a fork clone plans against
 * the source it came from), else `origin`; undefined when none says.
 */
export async function detectRepository(repoRoot: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  return (await detectRepositories(repoRoot, env)).candidates[0]?.repository;
}
