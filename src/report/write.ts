import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Where the JSON report goes: the runner's temp folder, or the system's. */
export function defaultReportPath(): string {
  return path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'zendesk-guide-publisher', 'report.json');
}

/** A report (the pipeline's, or a command's own, like drift's) as JSON, its folder made when missing. */
export async function writeJsonReport(report: object, file: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, JSON.stringify(report, null, 2) + '\n');
}
