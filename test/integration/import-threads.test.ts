// An import converts its bodies in worker threads when it has many (import/convert-pool.ts). The
// bundle has no worker file of its own: the workers start the CLI's entry point, which serves
// conversions instead of running a command. Run here from a bundle of the CLI, as users run it.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildConfig } from '../../src/config/settings.js';
import { runImport } from '../../src/import/run.js';
import { createConsoleLogger } from '../../src/logger.js';
import { bundleCli, startCli } from '../helpers/cli-process.js';
import { seedHandMadeHelpCenter } from '../helpers/guide-seed.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';

let sim: Simulator;
let bundle: Awaited<ReturnType<typeof bundleCli>>;
beforeAll(async () => {
  // One second apart, 40 articles a page: the export has several pages, and the bodies of the
  // first ones are converted early, in the threads, while the next are read (import/early.ts).
  let clock = Date.UTC(2026, 0, 1);
  sim = await startSimulator({ exportPageSize: 40, incrementalRateLimitPerMinute: 0, now: () => (clock += 1000) });
  // 126 articles (and the simulator's 2) in 3 locales (2 for every fifth): more bodies than the pool's threshold of 300.
  seedHandMadeHelpCenter(sim, 126);
  bundle = await bundleCli('import-threads');
}, 120_000);
afterAll(async () => {
  await sim?.close();
  await bundle?.cleanup();
});

async function tree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const abs = path.join(e.parentPath, e.name);
    out.set(path.relative(dir, abs).split(path.sep).join('/'), (await fs.readFile(abs)).toString('base64'));
  }
  return out;
}

it('the CLI converts in worker threads, early ones among them, and writes exactly what a conversion in one thread at the end writes', async () => {
  const threaded = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-threads-'));
  const run = startCli(bundle.cli, sim, ['import', '--repo', threaded, '--path', 'docs', '--json', '-', '--quiet']);
  expect(await run.exited, run.output()).toBe(0);
  const json = JSON.parse(run.output().slice(run.output().indexOf('{'))) as {
    convertThreads: number;
    articles: number;
    earlyConversions: { used: number; redone: number };
  };
  expect(json.articles).toBe(128); // and the simulator's 2 own articles
  expect(json.convertThreads).toBeGreaterThanOrEqual(Math.min(4, os.availableParallelism()));
  expect(json.earlyConversions.used).toBeGreaterThan(0);

  const single = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-one-thread-'));
  const config = buildConfig(
    { zendeskUrl: sim.url, oauthToken: sim.credentials.oauthToken, path: 'docs', mode: 'dry-run' },
    { repoRoot: single },
  );
  const result = await runImport(config, createConsoleLogger({ write: () => undefined }), {
    since: undefined,
    force: false,
    categories: [],
    sections: [],
    labels: [],
    locales: [],
    convertThreads: 0,
  });
  expect(result.convertThreads).toBe(0);
  const a = await tree(path.join(threaded, 'docs'));
  const b = await tree(path.join(single, 'docs'));
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  const differ = [...a].filter(([file, content]) => b.get(file) !== content).map(([file]) => file);
  // The record's times differ between two runs; every Markdown file, attachment and folder default is the same.
  expect(differ.filter((f) => f !== '.zendesk-import.json')).toEqual([]);
  expect(a.size).toBeGreaterThan(300);
  await fs.rm(threaded, { recursive: true, force: true });
  await fs.rm(single, { recursive: true, force: true });
}, 300_000);

it('ends its threads when the import stops after they started: a section that does not exist exits, it does not hang', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-threads-fail-'));
  // The threads start while the export is read; the filter is checked once it has been.
  const run = startCli(bundle.cli, sim, ['import', '--repo', dir, '--path', 'docs', '--section', 'No such section']);
  const code = await run.exited;
  expect(code, run.output()).not.toBe(0);
  expect(run.output()).toContain('--section "No such section": no such section');
  await fs.rm(dir, { recursive: true, force: true });
}, 60_000);
