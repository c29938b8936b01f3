import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Converted } from './convert.js';
import { runConvertJob, type ConvertJob, type ConvertShared } from './convert-job.js';
import { CONVERT_WORKER_ROLE } from './worker-role.js';

/** Below this many bodies a worker's start-up (it loads the whole bundle) costs more than it saves. */
const WORKERS_FROM = 300;

/**
 * Converting a body to Markdown and rendering it back to check the round trip is nearly all of
 * an import's CPU (about 10 ms a translation): the largest help center's 120,000 translations
 * are spread over worker threads, one a core (at most 4), the main thread keeping the reading,
 * downloads and writes.
 */
export function defaultConvertThreads(bodies: number): number {
  if (bodies < WORKERS_FROM) return 0;
  return Math.max(0, Math.min(4, os.availableParallelism()));
}

interface Pending {
  resolve: (c: Converted) => void;
  reject: (e: Error) => void;
  job: ConvertJob;
}

/**
 * Converts bodies in worker threads, or in this thread with none. A worker that fails to start
 * (an entry point that cannot serve them) leaves its jobs to this thread: slower, never wrong.
 */
export class ConvertPool {
  private readonly workers: { worker: Worker; pending: Map<number, Pending> }[] = [];
  private next = 0;
  private seq = 0;

  constructor(
    private readonly shared: ConvertShared,
    threads: number,
  ) {
    const file = workerFile();
    for (let i = 0; i < threads && file; i++) this.start(file.path, file.execArgv);
  }

  get threads(): number {
    return this.workers.length;
  }

  convert(job: ConvertJob): Promise<Converted> {
    if (!this.workers.length) return Promise.resolve(runConvertJob(job, this.shared));
    const slot = this.workers[this.next++ % this.workers.length]!;
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject, job });
      slot.worker.postMessage({ id, job });
    });
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }

  private start(file: string, execArgv: string[] | undefined): void {
    const worker = new Worker(file, {
      workerData: { role: CONVERT_WORKER_ROLE, shared: this.shared },
      ...(execArgv ? { execArgv } : {}),
      stdout: true,
      stderr: true,
    });
    const slot = { worker, pending: new Map<number, Pending>() };
    this.workers.push(slot);
    worker.on('message', (m: { id: number; converted?: Converted; error?: string }) => {
      const p = slot.pending.get(m.id);
      if (!p) return;
      slot.pending.delete(m.id);
      if (m.converted) p.resolve(m.converted);
      else p.reject(new Error(m.error ?? 'conversion failed'));
    });
    // A worker that cannot serve: its jobs, and every later one it would get, run here.
    const fail = () => {
      const i = this.workers.indexOf(slot);
      if (i >= 0) this.workers.splice(i, 1);
      for (const p of slot.pending.values()) {
        try {
          p.resolve(runConvertJob(p.job, this.shared));
        } catch (error) {
          p.reject(error as Error);
        }
      }
      slot.pending.clear();
      void worker.terminate();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
  }
}

/**
 * The file a worker runs: the entry point the process started with, which serves conversions
 * when started as a worker (see cli.ts, index.ts and worker-role.ts), since the bundle has no
 * separate worker file. From the sources (tests, tsx) there is none: Node 20 does not apply tsx
 * to a worker's modules, so the conversions stay in this thread.
 */
function workerFile(): { path: string; execArgv?: string[] } | undefined {
  if (import.meta.url.endsWith('.ts')) return undefined;
  const entry = process.argv[1];
  return entry && /\.m?js$/.test(entry) ? { path: entry } : undefined;
}
