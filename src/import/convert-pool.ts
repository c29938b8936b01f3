import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Converted } from './convert.js';
import {
  runConvertJob,
  runEarlyConvertJob,
  type ConvertJob,
  type ConvertShared,
  type EarlyConverted,
  type EarlyKnown,
} from './convert-job.js';
import { uncapYoungGeneration, YOUNG_GENERATION_CAP_BYTES } from '../shared/heap-budget.js';
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

/** A job sent to a worker: converted with the import's shared keys, or early with its own. */
type Sent = { job: ConvertJob; known?: undefined } | { job: ConvertJob; known: EarlyKnown };

interface Pending {
  resolve: (c: Converted | EarlyConverted) => void;
  reject: (e: Error) => void;
  sent: Sent;
}

/**
 * Converts bodies in worker threads, or in this thread with none. A worker that fails to start
 * (an entry point that cannot serve them) leaves its jobs to this thread: slower, never wrong.
 */
export class ConvertPool {
  private readonly workers: { worker: Worker; pending: Map<number, Pending> }[] = [];
  private next = 0;
  private seq = 0;

  /** Undefined until the export has ended and every article's key is known (see share). */
  private shared: ConvertShared | undefined;

  constructor(threads: number, shared?: ConvertShared) {
    this.shared = shared;
    const file = workerFile();
    if (threads > 0 && file) uncapYoungGeneration();
    for (let i = 0; i < threads && file; i++) this.start(file.path, file.execArgv);
    if (shared) this.share(shared);
  }

  get threads(): number {
    return this.workers.length;
  }

  /** What every later conversion uses: every article's key and the anchors links point at. */
  share(shared: ConvertShared): void {
    this.shared = shared;
    // A worker reads its messages in order: every job sent after this one sees it.
    for (const slot of this.workers) slot.worker.postMessage({ shared });
  }

  convert(job: ConvertJob): Promise<Converted> {
    return this.send({ job }) as Promise<Converted>;
  }

  /** Converts a body before the export has ended, with what is known so far (see runEarlyConvertJob). */
  convertEarly(job: ConvertJob, known: EarlyKnown): Promise<EarlyConverted> {
    return this.send({ job, known }) as Promise<EarlyConverted>;
  }

  private send(sent: Sent): Promise<Converted | EarlyConverted> {
    if (!this.workers.length) {
      try {
        return Promise.resolve(this.runHere(sent));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
    const slot = this.workers[this.next++ % this.workers.length]!;
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject, sent });
      slot.worker.postMessage({ id, ...sent });
    });
  }

  private runHere(sent: Sent): Converted | EarlyConverted {
    if (sent.known) return runEarlyConvertJob(sent.job, sent.known);
    if (!this.shared) throw new Error('a conversion was asked for before the import shared its keys');
    return runConvertJob(sent.job, this.shared);
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }

  private start(file: string, execArgv: string[] | undefined): void {
    const worker = new Worker(file, {
      workerData: { role: CONVERT_WORKER_ROLE },
      // Conversion makes short-lived trees: a young generation of its own, of Node 20's size, on
      // Node 24 too (where it would grow to 128 MB a thread). See uncapYoungGeneration.
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_CAP_BYTES / 1024 / 1024 },
      ...(execArgv ? { execArgv } : {}),
      stdout: true,
      stderr: true,
    });
    const slot = { worker, pending: new Map<number, Pending>() };
    this.workers.push(slot);
    worker.on('message', (m: { id: number; converted?: Converted | EarlyConverted; error?: string }) => {
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
          p.resolve(this.runHere(p.sent));
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
