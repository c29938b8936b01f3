import * as core from '@actions/core';
import { writeBackIds } from './apply/writeback.js';
import { readInputs, type ActionInputs } from './action/inputs.js';
import { createActionLogger } from './action/logger.js';
import { docsPathOf, modeSummary, provenanceOf, reportContextOf } from './action/run-context.js';
import { ACTION_NAMES } from './config/names.js';
import { buildConfig } from './config/settings.js';
import { errorMessage } from './errors.js';
import { readGitHubContext, type GitHubContext } from './github/context.js';
import { exitCodeOf, runPipeline } from './pipeline.js';
import { renderComment, renderSummary, renderText } from './report/markdown.js';
import { escapeText } from './report/escape.js';
import type { Report } from './report/model.js';
import { defaultReportPath, writeJsonReport } from './report/write.js';

/** The action: inputs → pipeline → JSON report, outputs, job summary, PR comment. */
export async function run(): Promise<void> {
  let inputs: ActionInputs | undefined;
  let gh: GitHubContext | undefined;
  const repoRoot = process.env.GITHUB_WORKSPACE || process.cwd();
  try {
    inputs = readInputs();
    gh = await readGitHubContext();
    if (gh.payloadProblem) core.warning(gh.payloadProblem);
    const config = buildConfig(inputs, { repoRoot, eventName: gh.eventName, names: ACTION_NAMES });
    if (inputs.provenance) {
      config.provenance = provenanceOf(gh);
      if (!config.provenance) core.warning('provenance: true, but GITHUB_REPOSITORY or the ref is unknown; no footer is added.');
    }
    const context = reportContextOf(inputs, config, gh);
    core.info(modeSummary(config, context));

    const report: Report = { ...(await runPipeline(config, createActionLogger())), context };
    await reportEverywhere(report);
    if (inputs.writeBackIds && Object.keys(report.newIds).length) {
      const changed = await writeBackIds(report.newIds, config.repoRoot);
      core.info(`Wrote the new ids into ${changed.length} file(s): ${changed.join(', ')}. Commit them in a later step.`);
    }

    // The comment comes last: whatever happens to it, the outputs and the summary are already out.
    try {
      // Octokit is only needed for the comment: loaded when there is one to write.
      const { writePullRequestComment } = await import('./action/comment.js');
      const commentUrl = await writePullRequestComment({
        enabled: inputs.comment,
        token: inputs.githubToken,
        gh,
        docsPath: context.docsPath,
        render: (marker) => renderComment(report, { marker }),
      });
      if (commentUrl) core.setOutput('comment-url', commentUrl);
    } catch (error) {
      core.setFailed(`Could not write the pull-request comment: ${errorMessage(error)}`);
    }

    if (exitCodeOf(report) !== 0) {
      core.setFailed(
        report.blocked
          ? 'Errors in the docs; nothing was published. See the annotations above.'
          : `${report.counts.failed} article(s) failed to publish; the next run retries them.`,
      );
    }
  } catch (error) {
    const message = errorMessage(error);
    core.setFailed(message);
    await reportFailure(message, inputs, gh, repoRoot);
  }
}

async function reportEverywhere(report: Report): Promise<void> {
  core.info(renderText(report));
  const reportPath = defaultReportPath();
  await writeJsonReport(report, reportPath);
  core.setOutput('created', report.counts.created);
  core.setOutput('updated', report.counts.updated);
  core.setOutput('unchanged', report.counts.unchanged);
  core.setOutput('archived', report.counts.archived);
  core.setOutput('failed', report.counts.failed);
  core.setOutput('blocked', report.blocked);
  core.setOutput('new-ids', JSON.stringify(report.newIds));
  core.setOutput('report-path', reportPath);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderSummary(report), true).write();
}

/**
 * A run that stopped early still says so in the summary and in the sticky comment, so the PR
 * never shows a stale preview as if it were current. Best effort: its own errors only warn.
 */
async function reportFailure(message: string, inputs: ActionInputs | undefined, gh: GitHubContext | undefined, repoRoot: string) {
  const docsPath = docsPathOf(repoRoot, inputs?.path?.trim() || 'docs');
  const runLink = gh?.runUrl ? ` See the [workflow run](${gh.runUrl}).` : '';
  const text = (marker?: string) =>
    [...(marker ? [marker, ''] : []), `### 📚 Zendesk Guide · \`${docsPath}\``, '', `**❌ The run failed:** ${escapeText(message)}`, '', `No report was produced.${runLink}`, ''].join('\n');
  try {
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(text(), true).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${errorMessage(error)}`);
  }
  if (!inputs || !gh) return;
  try {
    const { writePullRequestComment } = await import('./action/comment.js');
    const url = await writePullRequestComment({ enabled: inputs.comment, token: inputs.githubToken, gh, docsPath, render: text });
    if (url) core.setOutput('comment-url', url);
  } catch (error) {
    core.warning(`Could not write the pull-request comment: ${errorMessage(error)}`);
  }
}
