import { errorMessage } from '../errors.js';
import { stripBidi } from '../report/escape.js';
import type { GitHubClient } from './octokit.js';

export interface DriftIssueTarget {
  owner: string;
  repo: string;
  /** The hidden first line of the body: the issue is ours only when its body opens with it. */
  marker: string;
  /** Set on the issue when it is opened, and how it is found again cheaply. */
  label: string;
  title: string;
}

export type DriftIssueResult =
  | { kind: 'opened' | 'reopened' | 'updated' | 'unchanged' | 'closed'; number: number; url: string }
  /** Clean, and no open issue to close. */
  | { kind: 'none' }
  /** The token may not write issues (missing `issues: write`). */
  | { kind: 'forbidden'; message: string };

interface FoundIssue {
  number: number;
  state: string;
  body: string;
  title: string;
  url: string;
}

const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;

type IssueItem = { number: number; state: string; body?: string | null; title: string; html_url: string; pull_request?: unknown };

/** Our issues among a listing, pull requests aside (the issues API lists them too). */
function ours(items: readonly IssueItem[], marker: string): FoundIssue[] {
  return items
    .filter((i) => !i.pull_request && (i.body ?? '').startsWith(marker))
    .map((i) => ({ number: i.number, state: i.state, body: i.body ?? '', title: i.title, url: i.html_url }));
}

/**
 * The drift issue, if there is one: by its label, open or closed, else (should the label have
 * been removed, or dropped by a token that may not set labels) among the open issues. The marker
 * must open the body, since anyone can paste it into an issue of their own. The open one wins,
 * the oldest if there were ever two; else the most recently closed, to reopen rather than
 * start another.
 */
export async function findDriftIssue(octokit: GitHubClient, target: DriftIssueTarget): Promise<FoundIssue | undefined> {
  const { owner, repo } = target;
  let found = ours(
    await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, labels: target.label, state: 'all', per_page: 100 }),
    target.marker,
  );
  if (!found.length) {
    found = ours(await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, state: 'open', per_page: 100 }), target.marker);
  }
  const open = found.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number);
  return open[0] ?? found.sort((a, b) => b.number - a.number)[0];
}

/**
 * The issue body's second line: a digest of what drifted. Two runs that find the same drift
 * write the same line, whatever else differs between them (the link to the run), so the issue
 * is only edited, and its watchers only notified, when the drift itself changes.
 */
export function digestLine(digest: string): string {
  return `<!-- zendesk-guide-publisher-drift-digest:${digest.replace(/[^\w-]/g, '')} -->`;
}

/**
 * Keeps one issue in step with the drift report: opened when drift appears (or the closed one
 * reopened), its body replaced when the drift changes, closed when clean. `body` is the report
 * for the issue: the marker, then the digest line of `digest`, then the report; `drifted` says
 * which way it goes. A 403 comes back as a result: the job summary still has the report.
 */
export async function syncDriftIssue(
  octokit: GitHubClient,
  target: DriftIssueTarget,
  report: { drifted: boolean; digest: string; body: string },
): Promise<DriftIssueResult> {
  const head = `${target.marker}\n${digestLine(report.digest)}\n`;
  if (!report.body.startsWith(head)) throw new Error('internal: the issue body must start with its marker and digest');
  // The last guard: the body is built from titles and text of the files and of Guide.
  report = { ...report, body: stripBidi(report.body) };
  const { owner, repo } = target;
  try {
    const existing = await findDriftIssue(octokit, target);
    if (!report.drifted) {
      if (!existing || existing.state !== 'open') return { kind: 'none' };
      const { data } = await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: existing.number,
        body: report.body,
        state: 'closed',
        state_reason: 'completed',
      });
      return { kind: 'closed', number: data.number, url: data.html_url };
    }
    if (!existing) {
      const { data } = await octokit.rest.issues.create({ owner, repo, title: target.title, body: report.body, labels: [target.label] });
      return { kind: 'opened', number: data.number, url: data.html_url };
    }
    if (existing.state === 'open' && existing.body.startsWith(head))
      return { kind: 'unchanged', number: existing.number, url: existing.url };
    const { data } = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: existing.number,
      body: report.body,
      ...(existing.state === 'open' ? {} : { state: 'open' as const }),
    });
    return { kind: existing.state === 'open' ? 'updated' : 'reopened', number: data.number, url: data.html_url };
  } catch (error) {
    const message = errorMessage(error);
    if (statusOf(error) === 403 && !/rate limit/i.test(message)) return { kind: 'forbidden', message };
    throw error;
  }
}
