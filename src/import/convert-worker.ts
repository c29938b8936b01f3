import { parentPort, workerData } from 'node:worker_threads';
import { runConvertJob, type ConvertJob, type ConvertShared } from './convert-job.js';

/** Answers each job the pool sends, until the pool ends the thread. */
export function serveConversions(): void {
  const shared = (workerData as { shared: ConvertShared }).shared;
  parentPort!.on('message', (m: { id: number; job: ConvertJob }) => {
    try {
      parentPort!.postMessage({ id: m.id, converted: runConvertJob(m.job, shared) });
    } catch (error) {
      parentPort!.postMessage({ id: m.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
