import * as core from '@actions/core';
import { readInputs } from './action/inputs.js';
import { createActionLogger } from './action/logger.js';
import { buildConfig } from './config/settings.js';
import { errorMessage } from './errors.js';
import { exitCodeOf, runPipeline } from './pipeline.js';
import { renderMarkdown, renderText } from './report/markdown.js';
import { defaultReportPath, writeJsonReport } from './report/write.js';

/** The action: inputs → pipeline → job summary, outputs, JSON report. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const config = buildConfig(inputs, {
      repoRoot: process.env.GITHUB_WORKSPACE || process.cwd(),
      eventName: process.env.GITHUB_EVENT_NAME,
    });
    core.info(`Mode: ${config.mode}${config.mode === 'dry-run' ? ' (nothing will be written to Zendesk)' : ''}`);
    const report = await runPipeline(config, createActionLogger());

    core.info(renderText(report));
    const reportPath = defaultReportPath();
    await writeJsonReport(report, reportPath);
    core.setOutput('created', report.counts.created);
    core.setOutput('updated', report.counts.updated);
    core.setOutput('unchanged', report.counts.unchanged);
    core.setOutput('archived', report.counts.archived);
    core.setOutput('failed', report.counts.failed);
    core.setOutput('report-path', reportPath);
    if (process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(renderMarkdown(report), true).write();
    }
    if (exitCodeOf(report) !== 0) {
      core.setFailed(
        report.blocked
          ? 'Errors in the docs; nothing was published. See the annotations above.'
          : `${report.counts.failed} article(s) failed to publish; the next run retries them.`,
      );
      return;
    }
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}
