import { parentPort } from 'node:worker_threads';
import { runConvertJob, runEarlyConvertJob, type ConvertJob, type ConvertShared, type EarlyKnown } from './convert-job.js';

type Message = { shared: ConvertShared } | { id: number; job: ConvertJob; known?: EarlyKnown };

/** Answers each job the pool sends, until the pool ends the thread. */
export function serveConversions(): void {
  let shared: ConvertShared | undefined;
  parentPort!.on('message', (m: Message) => {
    if ('shared' in m) {
      shared = m.shared;
      return;
    }
    try {
      if (!m.known && !shared) throw new Error('a conversion was asked for before the import shared its keys');
      const converted = m.known ? runEarlyConvertJob(m.job, m.known) : runConvertJob(m.job, shared!);
      parentPort!.postMessage({ id: m.id, converted });
    } catch (error) {
      parentPort!.postMessage({ id: m.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
