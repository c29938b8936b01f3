import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Report } from './model.js';

/** Where the JSON report goes: the runner's temp folder, or the system's. */
export function defaultReportPath(): string {
  return path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'zendesk-guide-publisher', 'report.json');
}

export async function writeJsonReport(report: Report, file: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, JSON.stringify(report, null, 2) + '\n');
}
