import * as core from '@actions/core';
import { commentMarker, upsertStickyComment } from '../github/comment.js';
import type { GitHubContext } from '../github/context.js';
import { createGitHubClient } from '../github/octokit.js';

export interface CommentRequest {
  enabled: boolean;
  token: string;
  gh: GitHubContext;
  docsPath: string;
  /** The comment for a given marker; the marker must be its first line. */
  render: (marker: string) => string;
}

/**
 * Writes or updates the sticky PR comment and returns its URL. A token that may not write (a
 * fork's read-only GITHUB_TOKEN) is a warning, not a failure: the job summary still has it all.
 */
export async function writePullRequestComment(request: CommentRequest): Promise<string | undefined> {
  const { gh } = request;
  if (!gh.pullRequest) return undefined;
  if (!request.enabled) {
    core.info('comment: false, so no pull-request comment.');
    return undefined;
  }
  if (!gh.owner || !gh.repo) {
    core.warning('GITHUB_REPOSITORY is not set; cannot comment on the pull request.');
    return undefined;
  }
  if (!request.token) {
    core.warning('github-token is empty; no pull-request comment was written. The job summary has the report.');
    return undefined;
  }
  const octokit = createGitHubClient(request.token, { baseUrl: gh.apiUrl, warn: (m) => core.warning(m) });
  const marker = commentMarker(request.docsPath);
  const result = await upsertStickyComment(
    octokit,
    { owner: gh.owner, repo: gh.repo, issueNumber: gh.pullRequest.number, marker },
    request.render(marker),
  );
  if (result.kind === 'forbidden') {
    const why = gh.pullRequest.fork
      ? 'a pull request from a fork gets a read-only GITHUB_TOKEN'
      : 'give the job `permissions: pull-requests: write`';
    core.warning(`Could not write the pull-request comment (${result.message}): ${why}. The job summary has the report.`);
    return undefined;
  }
  core.info(`Pull-request comment ${result.kind}: ${result.url}`);
  return result.url;
}
