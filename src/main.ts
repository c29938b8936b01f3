import * as core from '@actions/core';
import { writeBackIds } from './apply/writeback.js';
import { readInputs, type ActionInputs } from './action/inputs.js';
import { createActionLogger } from './action/logger.js';
import { docsPathOf, modeSummary, provenanceOf, reportContextOf } from './action/run-context.js';
import { ACTION_NAMES } from './config/names.js';
import { resolveSettings, type GivenSettings } from './config/resolve.js';
import { settingsSoFar, type RawSettings } from './config/settings.js';
import { errorMessage } from './errors.js';
import { readGitHubContext, type GitHubContext } from './github/context.js';
import { exitCodeOf } from './run/exit.js';
import { runPublish } from './run/publish.js';
import { Interruption } from './shared/interrupt.js';
import { renderComment, renderSummary } from './report/markdown.js';
import { renderText } from './report/text.js';
import { stripBidi } from './report/escape.js';
import { failedReport, interruptedLine, type Report } from './report/model.js';
import { defaultReportPath, writeJsonReport } from './report/write.js';

/**
 * The action: inputs → pipeline → JSON report, outputs, job summary, PR comment. A run that
 * fails (a setting, the credentials, the network) still gets all four, with the error in them,
 * so the PR never shows a stale preview and a later step can read why from `report-path`.
 */
export async function run(): Promise<void> {
  // `mode: import` writes files into the workspace instead of publishing; a later step commits them.
  if (core.getInput('mode').trim() === 'import') {
    const { runImportAction } = await import('./action/import.js');
    return runImportAction();
  }
  const started = Date.now();
  const gh = await readGitHubContext();
  if (gh.payloadProblem) core.warning(gh.payloadProblem);
  // The drift report is its own run (no publish, no PR comment): loaded only for that mode.
  if (core.getInput('mode').trim() === 'drift') {
    const { runDriftAction } = await import('./action/drift.js');
    return runDriftAction(gh);
  }
  const repoRoot = process.env.GITHUB_WORKSPACE || process.cwd();
  let inputs: ActionInputs | undefined;
  let config: GivenSettings | undefined;
  let report: Report;
  try {
    inputs = readInputs();
    const given = inputs;
    let noFooter = false;
    config = await resolveSettings({
      raw: given,
      repoRoot,
      names: ACTION_NAMES,
      env: process.env,
      ...(gh.eventName ? { eventName: gh.eventName } : {}),
      command: 'the action',
      // A pull request from a fork gets no secrets: its dry run checks the docs offline.
      connection: 'unchecked',
      repository: 'workflow',
      ...(given.createSections ? { createSections: true } : {}),
      ...(given.provenance
        ? {
            provenance: () => {
              const found = provenanceOf(gh);
              noFooter = !found;
              return found;
            },
          }
        : {}),
    });
    if (noFooter) core.warning('provenance: true, but GITHUB_REPOSITORY or the ref is unknown; no footer is added.');
    const context = reportContextOf(inputs, docsPathOf(config.repoRoot, config.docsRoot), gh);
    core.info(modeSummary(config, context));
    // The runner's cancel sends SIGINT, then SIGTERM: the writes stop, the state record is saved
    // and the report says what was written (see shared/interrupt.ts).
    const logger = createActionLogger();
    const interruption = new Interruption((line) => logger.warning(line)).install();
    try {
      report = {
        ...(await runPublish(config, logger, { interrupt: interruption.signal, onWriting: interruption.startWriting })),
        context,
      };
    } finally {
      interruption.uninstall();
    }
  } catch (error) {
    report = failedRun(error, { inputs, config, gh, repoRoot, durationMs: Date.now() - started });
    core.setFailed(report.error!.message);
  }

  await reportEverywhere(report);
  if (report.error) {
    await writeComment(report, inputs, gh);
    return;
  }
  if (inputs!.writeBackIds && Object.keys(report.newIds).length) {
    try {
      const changed = await writeBackIds(report.newIds, config!.repoRoot);
      core.info(`Wrote the new ids into ${changed.length} file(s): ${changed.join(', ')}. Commit them in a later step.`);
    } catch (error) {
      core.setFailed(`Could not write the new ids into the files: ${errorMessage(error)}`);
    }
  }
  // The comment comes last: whatever happens to it, the outputs and the summary are already out.
  await writeComment(report, inputs, gh);
  if (exitCodeOf(report) !== 0) {
    core.setFailed(
      report.blocked
        ? 'Errors in the docs; nothing was published. See the annotations above.'
        : report.interrupted
          ? interruptedLine(report.interrupted)
          : `${report.counts.failed} article(s) failed to publish; the next run retries them.`,
    );
  }
}

/** The report of a run that stopped early, with what it knew: settings that were valid, where it ran. */
function failedRun(
  error: unknown,
  at: { inputs: ActionInputs | undefined; config: GivenSettings | undefined; gh: GitHubContext; repoRoot: string; durationMs: number },
): Report {
  const { config, gh } = at;
  // Read again when the inputs as a whole failed (a typo in a boolean), so the report still
  // names the mode and the docs root, and finds the same sticky comment.
  const raw: RawSettings = at.inputs ?? {
    mode: core.getInput('mode'),
    path: core.getInput('path'),
    zendeskUrl: core.getInput('zendesk-url'),
    zendeskSubdomain: core.getInput('zendesk-subdomain'),
    onDrift: core.getInput('on-drift'),
  };
  const docsPath = config ? docsPathOf(config.repoRoot, config.docsRoot) : docsPathOf(at.repoRoot, raw.path?.trim() || 'docs');
  const known = config ?? settingsSoFar(raw, gh.eventName);
  const offline = config ? !(config.zendeskUrl && config.auth) : false;
  return { ...failedReport(error, { ...known, offline, durationMs: at.durationMs }), context: reportContextOf(raw, docsPath, gh) };
}

/** Every copy of the report, each on its own: one that cannot be written does not stop the others. */
async function reportEverywhere(report: Report): Promise<void> {
  // A failed run's log already holds its error (setFailed); the text would only repeat it.
  if (!report.error) core.info(renderText(report));
  const reportPath = defaultReportPath();
  try {
    await writeJsonReport(report, reportPath);
    core.setOutput('report-path', reportPath);
  } catch (error) {
    core.setFailed(`Could not write the JSON report to ${reportPath}: ${errorMessage(error)}`);
  }
  core.setOutput('created', report.counts.created);
  core.setOutput('updated', report.counts.updated);
  core.setOutput('unchanged', report.counts.unchanged);
  core.setOutput('archived', report.counts.archived);
  core.setOutput('failed', report.counts.failed);
  core.setOutput('blocked', report.blocked);
  core.setOutput('new-ids', JSON.stringify(report.newIds));
  try {
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(stripBidi(renderSummary(report)), true).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${errorMessage(error)}`);
  }
}

/**
 * The sticky PR comment, from the same report. A failed run replaces the preview too, so the PR
 * never shows an outdated plan as if it were current; without inputs there is no token to do so.
 */
async function writeComment(report: Report, inputs: ActionInputs | undefined, gh: GitHubContext): Promise<void> {
  if (!inputs || !report.context) return;
  try {
    // Octokit is only needed for the comment: loaded when there is one to write.
    const { writePullRequestComment } = await import('./action/comment.js');
    const commentUrl = await writePullRequestComment({
      enabled: inputs.comment,
      token: inputs.githubToken,
      gh,
      docsPath: report.context.docsPath,
      render: (marker) => renderComment(report, { marker }),
    });
    if (commentUrl) core.setOutput('comment-url', commentUrl);
  } catch (error) {
    // A failed run already failed the step; the comment is then best effort.
    const message = `Could not write the pull-request comment: ${errorMessage(error)}`;
    if (report.error) core.warning(message);
    else core.setFailed(message);
  }
}
