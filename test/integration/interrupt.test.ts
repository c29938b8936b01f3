/**
 * Ctrl-C in a real process: the CLI publishes 40 articles into a slowed simulator and gets
 * SIGINT once some are written. It must stop starting articles, save the state record, say
 * how far it got ("interrupted: N of 40 articles written; run publish again to finish") and
 * exit 130, with its writes in its own report. The next run completes the rest without a
 * duplicate, and the one after writes nothing. The same while the CLI waits out a 429.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { LEASE_TITLE } from '../../src/apply/lease.js';
import { parseState, STATE_TITLE } from '../../src/plan/state.js';
import type { Report } from '../../src/report/model.js';
import { startSimulator, type SimOptions, type Simulator } from '../zendesk-sim/index.js';
import { bundleCli, startCli } from '../helpers/cli-process.js';
import { DEFAULTS_YML, DocsTree, publish } from '../helpers/docs-tree.js';

let cli = '';
let cleanup = (): Promise<void> => Promise.resolve();
beforeAll(async () => {
  ({ cli, cleanup } = await bundleCli('interrupt-cli'));
});
afterAll(() => cleanup());

let sims: Simulator[] = [];
afterEach(async () => {
  await Promise.all(sims.map((s) => s.close()));
  sims = [];
});

const ARTICLES = 40;

function files(): Record<string, string> {
  const out: Record<string, string> = { 'docs/_defaults.yml': DEFAULTS_YML };
  for (let i = 0; i < ARTICLES; i++) out[`docs/a${i}.md`] = `---\ntitle: Article ${i}\n---\nText ${i}.\n`;
  return out;
}

const isCreate = (e: Entry) => e.method === 'POST' && e.route === '/api/v2/help_center/sections/:id/articles' && e.status === 201;

type Entry = Simulator['requests'][number];

/** Publishes in a child process and sends it SIGINT once the request log satisfies `when`; its exit code, output and JSON report. */
async function interrupted(sim: Simulator, tree: DocsTree, when: (log: readonly Entry[]) => boolean) {
  const json = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-int-')), 'report.json');
  const run = startCli(cli, sim, ['publish', '--repo', tree.repo, '--json', json]);
  let sent = false;
  // The log is read as the run goes (answers' statuses are in it once sent).
  const watch = setInterval(() => {
    if (sent || !when(sim.requests)) return;
    sent = true;
    run.child.kill('SIGINT');
  }, 20);
  const code = await run.exited;
  clearInterval(watch);
  expect(sent, 'the signal was sent').toBe(true);
  const report = JSON.parse(await fs.readFile(json, 'utf8')) as Report;
  return { code, output: run.output(), report };
}

function articlesOf(sim: Simulator) {
  const live = sim.store.liveArticles().map((a) => ({ a, title: sim.store.sourceTranslation(a).title }));
  const states = live.filter((x) => x.title.startsWith(STATE_TITLE));
  return {
    tree: live.filter((x) => x.title.startsWith('Article ')).length,
    leases: live.filter((x) => x.title.startsWith(LEASE_TITLE)).length,
    states: states.map((s) => parseState(sim.store.sourceTranslation(s.a).body)),
  };
}

async function checkInterruptedAndCompleted(
  options: Partial<Omit<SimOptions, 'seed' | 'onRequest'>>,
  when: Parameters<typeof interrupted>[2],
) {
  const sim = await startSimulator(options);
  sims.push(sim);
  const tree = await DocsTree.create(files());
  const run = await interrupted(sim, tree, when);
  expect(run.code, run.output).toBe(130);
  const m = /interrupted: (\d+) of (\d+) articles written(?: \((\d+) more partly\))?; run publish again to finish/.exec(run.output);
  expect(m, run.output).not.toBeNull();
  const [written, total] = [Number(m![1]), Number(m![2])];
  expect(total).toBe(ARTICLES);
  expect(written).toBeLessThan(ARTICLES);

  // What it wrote is in its own report and in the state record it saved; its lease is gone.
  const held = articlesOf(sim);
  expect(run.report.interrupted).toMatchObject({ written, total: ARTICLES });
  expect(run.report.counts.created).toBe(held.tree);
  expect(held.leases).toBe(0);
  expect(held.states).toHaveLength(1);
  expect(Object.keys(held.states[0]!.articles)).toHaveLength(held.tree);

  // The next run creates the rest, and only the rest; the one after writes nothing.
  const next = await publish(sim, tree);
  expect(next.report.counts.created).toBe(ARTICLES - held.tree);
  expect(next.report.counts.failed).toBe(0);
  expect(sim.integrity().duplicateArticles).toBe(0);
  expect(articlesOf(sim).tree).toBe(ARTICLES);
  sim.resetLog();
  await publish(sim, tree);
  expect(sim.writes()).toEqual([]);
  return { written, created: held.tree, rest: next.report.counts.created };
}

it('SIGINT mid-publish: stops, saves the state record, says how far it got, exits 130; the next run completes without a duplicate', async () => {
  const figures = await checkInterruptedAndCompleted({ latencyMs: 40 }, (log) => log.filter(isCreate).length >= 10);
  console.log(`SIGINT after 10 creates: ${figures.written} written, ${figures.created} created by then, ${figures.rest} by the next run.`);
}, 120_000);

it('SIGINT while the publish waits out a 429: the wait ends, the run stops and exits 130', async () => {
  // A minute's budget of 30 requests: the publish meets a 429 with a long Retry-After partway.
  const figures = await checkInterruptedAndCompleted({ rateLimitPerMinute: 30, rateLimitWindowMs: 15_000 }, (log) =>
    log.some((e) => e.status === 429 && e.method !== 'GET'),
  );
  console.log(`SIGINT during a 429 wait: ${figures.written} written, ${figures.rest} by the next run.`);
}, 120_000);
