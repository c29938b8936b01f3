import path from 'node:path';
import type { Config } from '../config/types.js';
import { blobBaseUrl, repositoryUrl, type GitHubContext } from '../github/context.js';
import type { ReportContext } from '../report/model.js';
import type { ActionInputs } from './inputs.js';

/**
 * The docs root relative to the repository, forward slashes. Computed from the raw input too, so
 * a run that fails before its config is valid still finds (and updates) the same sticky comment.
 */
export function docsPathOf(repoRoot: string, docsRoot: string): string {
  return path.relative(path.resolve(repoRoot), path.resolve(repoRoot, docsRoot)).split(path.sep).join('/') || '.';
}

export function reportContextOf(
  inputs: Pick<ActionInputs, 'mode'> & Partial<Pick<ActionInputs, 'previewUrl'>>,
  docsPath: string,
  gh: GitHubContext,
): ReportContext {
  const requested = inputs.mode?.trim() || 'auto';
  return {
    requestedMode: requested === 'dry-run' || requested === 'publish' ? requested : 'auto',
    eventName: gh.eventName,
    docsPath,
    commit: gh.sha,
    blobBaseUrl: blobBaseUrl(gh),
    runUrl: gh.runUrl,
    forkPullRequest: gh.pullRequest?.fork ?? false,
    ...(inputs.previewUrl ? { previewUrl: inputs.previewUrl } : {}),
  };
}

/**
 * Where "edit this article on GitHub" links point: the branch a publish comes from. On a pull
 * request that is the base branch, so the preview plans the same footer the merge will write.
 */
export function provenanceOf(gh: GitHubContext): Config['provenance'] {
  const repoUrl = repositoryUrl(gh);
  const ref = gh.pullRequest ? gh.pullRequest.baseRef : (gh.refName ?? gh.sha);
  return repoUrl && ref ? { repoUrl, ref } : undefined;
}

/** "dry run (mode: auto on pull_request)" for the log's first line. */
export function modeSummary(config: Config, ctx: ReportContext): string {
  const name = config.mode === 'dry-run' ? 'dry run' : 'publish';
  const why = ctx.requestedMode === 'auto' ? `mode: auto on ${ctx.eventName ?? 'an unknown'} event` : `mode: ${ctx.requestedMode}`;
  const effect = config.mode === 'dry-run' ? '; nothing will be written to Zendesk' : '';
  return `Mode: ${name} (${why})${effect}`;
}
