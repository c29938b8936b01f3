import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { capYoungGeneration, limitOldGenerationGrowth, YOUNG_GENERATION_CAP_BYTES } from '../../src/shared/heap-budget.js';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'grow-live-set.ts');
const major = Number(process.versions.node.split('.')[0]);

function largestYoungGeneration(...args: string[]): number {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fixture, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return (JSON.parse(out) as { largest: number }).largest;
}

// .ci/run runs test/e2e on Node 24 (the action's runtime), where the uncapped case grows past the cap.
describe(`the heap budget (Node ${process.versions.node})`, () => {
  it('keeps V8 young generation at the size Node 20 stops at while a large live set is built', () => {
    expect(largestYoungGeneration('cap')).toBeLessThanOrEqual(YOUNG_GENERATION_CAP_BYTES);
    const uncapped = largestYoungGeneration();
    if (major >= 22) expect(uncapped).toBeGreaterThan(YOUNG_GENERATION_CAP_BYTES);
    else expect(uncapped).toBeLessThanOrEqual(YOUNG_GENERATION_CAP_BYTES);
  }, 60_000);

  it('leaves a run started with its own heap flags to them', () => {
    expect(capYoungGeneration(['--max-semi-space-size=64'], '')).toBeUndefined();
    expect(capYoungGeneration([], '--semi-space-growth-factor=2')).toBeUndefined();
    expect(limitOldGenerationGrowth([], '--heap-growing-percent=100')).toBe(false);
  });
});
