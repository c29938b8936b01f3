import fs from 'node:fs/promises';

/** The pull request the run belongs to, from the event payload. */
export interface PullRequestInfo {
  number: number;
  /** The PR's head commit: GITHUB_SHA is a merge commit that vanishes, the head stays linkable. */
  headSha: string;
  /** The base branch, where a merge publishes. */
  baseRef: string | undefined;
  /** Head in another repository: the token is read-only and secrets are withheld. */
  fork: boolean;
  htmlUrl: string | undefined;
}

/** What the action needs to know about the workflow run, read once from the runner's environment. */
export interface GitHubContext {
  eventName: string | undefined;
  serverUrl: string;
  /** REST API root; GitHub Enterprise Server sets GITHUB_API_URL to its own. */
  apiUrl: string;
  owner: string | undefined;
  repo: string | undefined;
  /** The commit the Markdown was read from (the PR head on pull requests). */
  sha: string | undefined;
  /** Branch or tag name of the run (GITHUB_REF_NAME). */
  refName: string | undefined;
  pullRequest: PullRequestInfo | undefined;
  runUrl: string | undefined;
  /** Why the event payload could not be used, to log as a warning. */
  payloadProblem: string | undefined;
}

type Env = Record<string, string | undefined>;

const nonEmpty = (v: string | undefined) => (v && v.trim() !== '' ? v.trim() : undefined);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/** Pulls the PR out of a `pull_request`/`pull_request_target` (or any event that carries one) payload. */
export function pullRequestFromPayload(payload: unknown): PullRequestInfo | undefined {
  if (!isObject(payload) || !isObject(payload.pull_request)) return undefined;
  const pr = payload.pull_request;
  const number = typeof pr.number === 'number' ? pr.number : typeof payload.number === 'number' ? payload.number : undefined;
  const head = isObject(pr.head) ? pr.head : {};
  const base = isObject(pr.base) ? pr.base : {};
  const headSha = str(head.sha);
  if (number === undefined || !headSha) return undefined;
  const headRepo = isObject(head.repo) ? str(head.repo.full_name) : undefined;
  const baseRepo = isObject(base.repo) ? str(base.repo.full_name) : undefined;
  // A deleted fork leaves head.repo null; treat it as a fork, the token is read-only either way.
  const fork = headRepo === undefined || (baseRepo !== undefined && headRepo.toLowerCase() !== baseRepo.toLowerCase());
  return { number, headSha, baseRef: str(base.ref), fork, htmlUrl: str(pr.html_url) };
}

/** Reads GITHUB_* variables and the event payload; never throws, a broken payload is reported instead. */
export async function readGitHubContext(env: Env = process.env): Promise<GitHubContext> {
  const serverUrl = (nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/+$/, '');
  const apiUrl = (nonEmpty(env.GITHUB_API_URL) ?? 'https://api.github.com').replace(/\/+$/, '');
  const [owner, repo] = (nonEmpty(env.GITHUB_REPOSITORY) ?? '').split('/');
  let payload: unknown;
  let payloadProblem: string | undefined;
  const eventPath = nonEmpty(env.GITHUB_EVENT_PATH);
  if (eventPath) {
    try {
      payload = JSON.parse(await fs.readFile(eventPath, 'utf8'));
    } catch (error) {
      payloadProblem = `could not read the event payload ${eventPath}: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  const pullRequest = pullRequestFromPayload(payload);
  const runId = nonEmpty(env.GITHUB_RUN_ID);
  const hasRepo = Boolean(owner && repo);
  const attempt = nonEmpty(env.GITHUB_RUN_ATTEMPT);
  return {
    eventName: nonEmpty(env.GITHUB_EVENT_NAME),
    serverUrl,
    apiUrl,
    owner: hasRepo ? owner : undefined,
    repo: hasRepo ? repo : undefined,
    sha: pullRequest?.headSha ?? nonEmpty(env.GITHUB_SHA),
    refName: nonEmpty(env.GITHUB_REF_NAME),
    pullRequest,
    runUrl:
      hasRepo && runId
        ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`
        : undefined,
    payloadProblem,
  };
}

/** `https://github.com/acme/docs`, or undefined outside a workflow. */
export function repositoryUrl(ctx: GitHubContext): string | undefined {
  return ctx.owner && ctx.repo ? `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}` : undefined;
}

/** Base of blob links at the run's commit: `{server}/{owner}/{repo}/blob/{sha}`. */
export function blobBaseUrl(ctx: GitHubContext): string | undefined {
  const repoUrl = repositoryUrl(ctx);
  return repoUrl && ctx.sha ? `${repoUrl}/blob/${ctx.sha}` : undefined;
}
