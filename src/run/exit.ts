import type { Report, RunError } from '../report/model.js';

/** The CLI's exit code for a run that failed as a whole (see the README's exit codes). */
const EXIT_CODE_OF_ERROR: Record<RunError['kind'], number> = { settings: 2, remote: 3, internal: 1, interrupted: 130 };

/** The exit code of a process stopped by Ctrl-C (128 + SIGINT), as shells expect. */
export const EXIT_INTERRUPTED = 130;

/** 0 when all went well; non-zero when the run failed, the files had errors or an article failed to publish. */
export function exitCodeOf(report: Report): number {
  if (report.error) return EXIT_CODE_OF_ERROR[report.error.kind];
  if (report.interrupted) return EXIT_INTERRUPTED;
  return report.blocked || report.counts.failed > 0 ? 1 : 0;
}
