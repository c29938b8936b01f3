import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { ACTION_NAMES } from '../config/names.js';
import { resolveSettings, type GivenSettings } from '../config/resolve.js';
import { ConfigError, errorMessage } from '../errors.js';
import { driftExitCode, type DriftReport } from '../drift/model.js';
import { driftMarker, renderDriftMarkdown, renderDriftText } from '../drift/render.js';
import { failedDriftReport, runDrift } from '../drift/run.js';
import { parseSince } from '../drift/since.js';
import { blobBaseUrl, type GitHubContext } from '../github/context.js';
import { defaultReportPath } from '../report/write.js';
import { stripBidi } from '../report/escape.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { createActionLogger } from './logger.js';
import { docsPathOf } from './run-context.js';

/** GitHub refuses an issue body over 65,536 characters; the rest stays in the job summary. */
const ISSUE_LIMIT = 65_000;

/**
 * `mode: drift`, for a schedule: the drift report into the log, the job summary, the JSON
 * report and the outputs; with `drift-issue: true`, one issue kept in step with it. A run that
 * fails still writes its summary and report, and leaves the issue as it is (a failure says
 * nothing about whether the drift was settled).
 */
export async function runDriftAction(gh: GitHubContext): Promise<void> {
  const started = Date.now();
  const repoRoot = process.env.GITHUB_WORKSPACE || process.cwd();
  let inputs: ActionInputs | undefined;
  let config: GivenSettings | undefined;
  let since: number | undefined;
  let report: DriftReport;
  try {
    inputs = readInputs();
    since = inputs.since.trim() ? parseSince(inputs.since, Date.now(), 'since') : 0;
    config = await resolveSettings({
      raw: { ...inputs, mode: 'dry-run' },
      repoRoot,
      names: ACTION_NAMES,
      env: process.env,
      ...(gh.eventName ? { eventName: gh.eventName } : {}),
      command: 'mode: drift',
      connection: 'unchecked',
      repository: 'workflow',
    });
    if (!config.zendeskUrl || !config.auth) {
      throw new ConfigError('mode: drift compares the docs with Zendesk: set zendesk-url (or zendesk-subdomain) and credentials');
    }
    core.info(`Mode: drift (edits in Guide since ${new Date(since * 1000).toISOString()}); nothing will be written to Zendesk`);
    report = await runDrift(config, createActionLogger(), since);
  } catch (error) {
    report = failedDriftReport(error, { since, zendeskUrl: config?.zendeskUrl, durationMs: Date.now() - started });
    core.setFailed(report.error!.message);
  }
  const docsPath = config ? docsPathOf(config.repoRoot, config.docsRoot) : docsPathOf(repoRoot, core.getInput('path').trim() || 'docs');
  report.context = { docsPath, blobBaseUrl: blobBaseUrl(gh), runUrl: gh.runUrl };

  await reportEverywhere(report);
  if (!report.error && inputs?.driftIssue) await keepIssue(report, inputs, gh);
  if (report.error) return;
  const code = driftExitCode(report, inputs!.failOnDrift);
  if (code !== 0) {
    core.setFailed(
      report.diagnostics.some((d) => d.severity === 'error')
        ? 'Errors in the docs: those files could not be compared. See the annotations above.'
        : `${report.articles.length} article(s) edited in Guide no longer match the docs (fail-on-drift: true).`,
    );
  }
}

async function reportEverywhere(report: DriftReport): Promise<void> {
  if (!report.error) core.info(renderDriftText(report));
  const reportPath = defaultReportPath();
  try {
    await fs.mkdir(path.dirname(reportPath), { recursive: true });
    await fs.writeFile(reportPath, JSON.stringify(report, null, 2) + '\n');
    core.setOutput('report-path', reportPath);
  } catch (error) {
    core.setFailed(`Could not write the JSON report to ${reportPath}: ${errorMessage(error)}`);
  }
  core.setOutput('drifted', report.articles.length);
  try {
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(stripBidi(renderDriftMarkdown(report)), true).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${errorMessage(error)}`);
  }
}

/**
 * What the drift is, apart from the run that found it: the articles, translations, diffs and
 * editors, and the files that could not be compared. Equal digests mean the issue says it already.
 */
export function driftDigest(report: DriftReport): string {
  const errors = report.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.file, d.line, d.message]);
  return createHash('sha256')
    .update(JSON.stringify({ articles: report.articles, errors }))
    .digest('hex')
    .slice(0, 20);
}

/** Opens, updates or closes the drift issue; a token that may not write issues is a warning. */
async function keepIssue(report: DriftReport, inputs: ActionInputs, gh: GitHubContext): Promise<void> {
  if (!gh.owner || !gh.repo) {
    core.warning('GITHUB_REPOSITORY is not set; cannot keep the drift issue.');
    return;
  }
  if (!inputs.githubToken) {
    core.warning('github-token is empty; the drift issue was not updated. The job summary has the report.');
    return;
  }
  try {
    // Octokit is only needed for the issue: loaded when there is one to keep.
    const [{ createGitHubClient }, { digestLine, syncDriftIssue }] = await Promise.all([
      import('../github/octokit.js'),
      import('../github/issue.js'),
    ]);
    const octokit = createGitHubClient(inputs.githubToken, { baseUrl: gh.apiUrl, warn: (m) => core.warning(m) });
    const marker = driftMarker(report.context?.docsPath ?? 'docs');
    const digest = driftDigest(report);
    const result = await syncDriftIssue(
      octokit,
      { owner: gh.owner, repo: gh.repo, marker, label: inputs.driftIssueLabel, title: inputs.driftIssueTitle },
      {
        drifted: report.articles.length > 0,
        digest,
        body: renderDriftMarkdown(report, { marker: `${marker}\n${digestLine(digest)}`, limit: ISSUE_LIMIT }),
      },
    );
    if (result.kind === 'forbidden') {
      core.warning(
        `Could not update the drift issue (${result.message}): give the job \`permissions: issues: write\`. The job summary has the report.`,
      );
      return;
    }
    if (result.kind === 'none') return;
    core.info(`Drift issue ${result.kind}: ${result.url}`);
    if (result.kind !== 'closed') core.setOutput('issue-url', result.url);
  } catch (error) {
    core.setFailed(`Could not update the drift issue: ${errorMessage(error)}`);
  }
}
