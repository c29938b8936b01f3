import { isMainThread, workerData } from 'node:worker_threads';

/** The `workerData.role` of the threads that convert an import's bodies (see convert-pool.ts). */
export const CONVERT_WORKER_ROLE = 'zgp-convert';

/** Whether this thread was started to convert bodies (then it serves them and runs nothing else). */
export function isConvertWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === CONVERT_WORKER_ROLE;
}

/**
 * For an entry point: serves conversions if this thread is one of the import's workers (the
 * bundle has no file of its own for them, so they start the entry point). Loads the converter
 * only then: the tool's other commands do not pay for it.
 */
export async function serveIfConvertWorker(): Promise<boolean> {
  if (!isConvertWorker()) return false;
  (await import('./convert-worker.js')).serveConversions();
  return true;
}
