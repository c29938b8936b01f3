import * as core from '@actions/core';
import { ACTION_NAMES } from '../config/names.js';
import { resolveSettings } from '../config/resolve.js';
import { errorMessage } from '../errors.js';
import { makeImportFolder } from '../import/folder.js';
import { importSummary } from '../import/summary.js';
import { showBidi } from '../report/escape.js';
import { runImport } from '../import/run.js';
import { readImportState } from '../import/state.js';
import { readInputs } from './inputs.js';
import { createActionLogger } from './logger.js';

/**
 * `mode: import`: the help center as Markdown in the workspace, for a later step to commit or to
 * open a pull request with (peter-evans/create-pull-request). After a first import the docs root
 * holds its record, and each run brings only what changed in Guide since (`--since last`).
 */
export async function runImportAction(): Promise<void> {
  try {
    const inputs = readInputs();
    const repoRoot = process.env.GITHUB_WORKSPACE || process.cwd();
    // A new docs folder is made for the import, only inside the workspace (resolveSettings then checks it).
    await makeImportFolder(repoRoot, inputs.path);
    const config = await resolveSettings({
      raw: { ...inputs, mode: 'dry-run' },
      repoRoot,
      names: ACTION_NAMES,
      env: process.env,
      command: 'mode: import',
      // The import says itself what it lacks to read the help center.
      connection: 'unchecked',
      repository: 'workflow',
    });
    const previous = await readImportState(config.docsRoot);
    const since = previous?.complete ? 'last' : undefined;
    core.info(since ? `Importing what changed in Guide since the last import (${previous!.endTime}).` : 'Importing the help center.');
    const result = await runImport(config, createActionLogger(), {
      since,
      force: false,
      categories: [],
      sections: [],
      labels: [],
      locales: [],
    });
    const summary = showBidi(importSummary(result));
    core.info(summary);
    core.setOutput('imported', result.articles);
    core.setOutput('conflicts', JSON.stringify(result.conflicts));
    try {
      if (process.env.GITHUB_STEP_SUMMARY) {
        await core.summary.addHeading('Zendesk Guide import', 2).addCodeBlock(summary).write();
      }
    } catch (error) {
      core.warning(`Could not write the job summary: ${errorMessage(error)}`);
    }
    if (result.conflicts.length)
      core.setFailed(`${result.conflicts.length} file(s) changed since the import wrote them were left as they are.`);
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}
