/**
 * `npm run soak`: the fault soak of test/integration/soak.test.ts, printed as one table. Each
 * seed publishes a tree of articles (translations, images, files, links) into a fresh simulator
 * that fails a share of all requests (resets, 500s, 503s; half of them after the write was
 * applied), run after run until one succeeds, then once more without faults; see
 * test/helpers/soak.ts. Exits 1 when a seed did not converge cleanly or fewer than 9 in 10
 * succeeded at the first run.
 *
 * Options: --seeds 1-20 (a range or a list: 1,4,7), --articles 200, --fault-rate 0.1,
 * --after-share 0.5 (of the faults, those that strike after the write), --json (the results as
 * JSON on stdout instead of the table).
 */
import { parseArgs } from 'node:util';
import { prepareSoakTree, SOAK_DEFAULTS, soakProblems, soakSeed, soakTable, type SoakResult } from '../test/helpers/soak.js';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '1-20' },
    articles: { type: 'string', default: String(SOAK_DEFAULTS.articles) },
    'fault-rate': { type: 'string', default: String(SOAK_DEFAULTS.faultRate) },
    'after-share': { type: 'string', default: String(SOAK_DEFAULTS.afterShare) },
    json: { type: 'boolean', default: false },
  },
});

function parseSeeds(text: string): number[] {
  const range = /^(\d+)-(\d+)$/.exec(text);
  if (range) return Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i);
  return text.split(',').map(Number);
}

const seeds = parseSeeds(values.seeds);
const options = {
  ...SOAK_DEFAULTS,
  articles: Number(values.articles),
  faultRate: Number(values['fault-rate']),
  afterShare: Number(values['after-share']),
};
if (seeds.some((s) => !Number.isInteger(s)) || [options.articles, options.faultRate, options.afterShare].some((n) => !Number.isFinite(n))) {
  console.error('--seeds takes 1-20 or 1,4,7; --articles, --fault-rate and --after-share take numbers');
  process.exit(2);
}

const tree = await prepareSoakTree(options.articles);
const results: SoakResult[] = [];
for (const seed of seeds) {
  if (!values.json) process.stderr.write(`seed ${seed}…\n`);
  results.push(await soakSeed(seed, tree, options));
}
const problems = soakProblems(results);
if (values.json) {
  process.stdout.write(JSON.stringify(results) + '\n');
} else {
  process.stdout.write(
    `Fault soak: ${options.articles} articles, ${options.faultRate * 100} % of requests failing (${options.afterShare * 100} % of those after their write), seeds ${values.seeds}\n\n${soakTable(results)}\n`,
  );
  for (const p of problems) process.stdout.write(`problem: ${p}\n`);
}
process.exitCode = problems.length ? 1 : 0;
