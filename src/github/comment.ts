import { errorMessage } from '../errors.js';
import { stripBidi } from '../report/escape.js';
import type { GitHubClient } from './octokit.js';

/**
 * The hidden first line that identifies our comment. It carries the docs path, so two docs
 * roots in one repository keep two comments.
 */
export function commentMarker(docsPath: string): string {
  // `--` would end the HTML comment early; `<`/`>` have no business in it either.
  const safe = docsPath.replace(/-{2,}/g, '-').replace(/[<>]/g, '') || '.';
  return `<!-- zendesk-guide-publisher:${safe} -->`;
}

export interface StickyCommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
}

export type StickyCommentResult =
  | { kind: 'created' | 'updated' | 'unchanged'; id: number; url: string }
  /** The token may not write (a fork's read-only GITHUB_TOKEN, or missing `pull-requests: write`). */
  | { kind: 'forbidden'; message: string };

const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;

/** Finds our comment by its marker, walking every page: long PR threads hide it past page one. */
export async function findStickyComment(
  octokit: GitHubClient,
  target: StickyCommentTarget,
): Promise<{ id: number; body: string; url: string } | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    // The marker must open the body: anyone can paste it somewhere inside their own comment.
    const found = page.data.find((c) => (c.body ?? '').startsWith(target.marker));
    if (found) return { id: found.id, body: found.body ?? '', url: found.html_url };
  }
  return undefined;
}

/**
 * Creates the sticky comment, or updates the one already there in place, so a PR never holds a
 * second one. A 403 comes back as a result rather than an error: on a fork PR that is expected.
 */
export async function upsertStickyComment(octokit: GitHubClient, target: StickyCommentTarget, text: string): Promise<StickyCommentResult> {
  if (!text.startsWith(target.marker)) throw new Error('internal: the comment body must start with its marker');
  // The last guard: the body is built from titles and text of the files and of Guide.
  const body = stripBidi(text);
  try {
    const existing = await findStickyComment(octokit, target);
    if (existing && existing.body === body) return { kind: 'unchanged', id: existing.id, url: existing.url };
    if (existing) {
      const { data } = await octokit.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body,
      });
      return { kind: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body,
    });
    return { kind: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    const message = errorMessage(error);
    // A secondary rate limit is a 403 too, but the throttling plugin already waited it out.
    if (statusOf(error) === 403 && !/rate limit/i.test(message)) {
      return { kind: 'forbidden', message };
    }
    throw error;
  }
}
