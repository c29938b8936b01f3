import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { repositoryOf } from './namespace.js';

const run = promisify(execFile);

/**
 * The repository (`owner/name`) a run's docs come from, for its default namespace: the
 * workflow's `GITHUB_REPOSITORY`, else the clone's `origin` remote; undefined when neither says.
 */
export async function detectRepository(repoRoot: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const fromEnv = repositoryOf(env.GITHUB_REPOSITORY);
  if (fromEnv) return fromEnv;
  try {
    const { stdout } = await run('git', ['remote', 'get-url', 'origin'], { cwd: repoRoot, timeout: 10_000 });
    const remote = stdout.trim();
    // git@host:owner/name.git, ssh://git@host/owner/name, https://user:token@host/owner/name.git
    const scp = /^[\w.-]+@[\w.-]+:(?!\/)(.+)$/.exec(remote);
    const path = scp ? scp[1]! : new URL(remote).pathname.replace(/^\/+/, '');
    return repositoryOf(path);
  } catch {
    return undefined;
  }
}
