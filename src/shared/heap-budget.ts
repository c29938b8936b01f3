import v8 from 'node:v8';

/** Node 20's V8 stops the young generation at 32 MB (two 16 MB semi-spaces); newer ones go to 128. */
export const YOUNG_GENERATION_CAP_BYTES = 32 * 1024 * 1024;

/**
 * Keeps V8's young generation at the size Node 20 stops it at. From Node 22 on, V8 grows it to
 * 128 MB for a run that builds as much as the dry run of the largest help center keeps (40,000
 * translations): on Node 24, the action's runtime, that was 500–560 MB of peak RSS where Node
 * 20 peaked at 405–440 for the same work. A JavaScript action cannot pass
 * `--max-semi-space-size` to the node that runs it, and that flag only counts at start-up; the
 * growth factor is read each time V8 resizes, so once the young generation reaches the cap it
 * stops growing. A run whose young generation never gets there is not touched; one started
 * with its own semi-space flags is left to them.
 */
export function capYoungGeneration(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env.NODE_OPTIONS ?? '',
): NodeJS.Timeout | undefined {
  if (given([...execArgv, nodeOptions], /--(max|min)-semi-space-size|--semi-space-growth-factor/)) return undefined;
  const timer = setInterval(() => {
    if (youngGenerationBytes() < YOUNG_GENERATION_CAP_BYTES) return;
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    capped = true;
    clearInterval(timer);
  }, 25);
  timer.unref();
  capTimer = timer;
  return timer;
}

let capTimer: NodeJS.Timeout | undefined;
let capped = false;
/** V8's own growth factor, which the cap replaces. */
const V8_SEMI_SPACE_GROWTH_FACTOR = 2;

/**
 * Lifts the cap before the import's worker threads start. The growth factor is one flag for the
 * whole process, and with it set the conversion threads spent a third of their time collecting
 * garbage: a 4,000-article import took 156 s, and 63 s with the cap lifted (or with the threads'
 * own young-generation limit, which convert-pool.ts sets too; either alone was enough).
 */
export function uncapYoungGeneration(): void {
  if (capTimer) clearInterval(capTimer);
  capTimer = undefined;
  if (capped) v8.setFlagsFromString(`--semi-space-growth-factor=${V8_SEMI_SPACE_GROWTH_FACTOR}`);
  capped = false;
}

export function youngGenerationBytes(): number {
  return v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
}

/** After each full collection, V8 lets the old generation grow to this share above what survived. */
export const OLD_GENERATION_GROWTH_PERCENT = 50;

/**
 * Lets the old generation grow by half of what survived the last full collection before the
 * next one, where V8 allows up to four times as much on a machine with gigabytes to spare. A
 * dry run of the largest help center keeps about 100 MB but drops several times that as pages
 * are read; with V8's own factor that garbage sat in the heap until the run ended (peak RSS
 * 500 MB at the real limits on Node 24), with this one the peak was 353–358 MB for the same CPU.
 * V8 reads the factor at each full collection, so setting it at start-up is enough.
 */
export function limitOldGenerationGrowth(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env.NODE_OPTIONS ?? '',
): boolean {
  if (given([...execArgv, nodeOptions], /--heap-growing-percent/)) return false;
  v8.setFlagsFromString(`--heap-growing-percent=${OLD_GENERATION_GROWTH_PERCENT}`);
  return true;
}

/** Keeps the heap of a run near what it uses: both of the above, for the action's and the CLI's entry points. */
export function budgetHeap(): void {
  limitOldGenerationGrowth();
  capYoungGeneration();
}

const given = (args: readonly string[], flag: RegExp) => args.some((arg) => flag.test(arg));
