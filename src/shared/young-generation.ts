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
  if ([...execArgv, nodeOptions].some((arg) => /--(max|min)-semi-space-size|--semi-space-growth-factor/.test(arg))) return undefined;
  const timer = setInterval(() => {
    if (youngGenerationBytes() < YOUNG_GENERATION_CAP_BYTES) return;
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    clearInterval(timer);
  }, 25);
  timer.unref();
  return timer;
}

export function youngGenerationBytes(): number {
  return v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
}
