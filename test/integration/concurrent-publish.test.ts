/**
 * Two publishes at once: two real CLI processes publish the same 20-article tree into one
 * simulator at the same moment, several times. With the publish lease, each article exists
 * once, there is one state record, one run says it waited (or read the help center again) and
 * reports none of the other's writes as its own, and the next run writes nothing. The same race
 * without the lease (two pipelines in this process) is the harness's own check: it must make
 * duplicates, or the race above proves nothing. Prints the figures.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { STATE_TITLE } from '../../src/plan/state.js';
import { LEASE_TITLE } from '../../src/apply/lease.js';
import type { Report } from '../../src/report/model.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import { bundleCli, startCli } from '../helpers/cli-process.js';
import { DEFAULTS_YML, DocsTree, publish } from '../helpers/docs-tree.js';

let cli = '';
let cleanup = (): Promise<void> => Promise.resolve();
beforeAll(async () => {
  ({ cli, cleanup } = await bundleCli('race-cli'));
});
afterAll(() => cleanup());

let sims: Simulator[] = [];
afterEach(async () => {
  await Promise.all(sims.map((s) => s.close()));
  sims = [];
});

function files(): Record<string, string> {
  const out: Record<string, string> = { 'docs/_defaults.yml': DEFAULTS_YML };
  for (let i = 0; i < 20; i++) out[`docs/a${i}.md`] = `---\ntitle: Article ${i}\n---\nText ${i}.\n`;
  return out;
}

/** What Zendesk holds: live articles of the tree, state records, leases left. */
function holdings(sim: Simulator) {
  const titles = sim.store.liveArticles().map((a) => sim.store.sourceTranslation(a).title);
  return {
    articles: titles.filter((t) => t.startsWith('Article ')).length,
    states: titles.filter((t) => t.startsWith(STATE_TITLE)).length,
    leases: titles.filter((t) => t.startsWith(LEASE_TITLE)).length,
    duplicates: sim.integrity().duplicateArticles,
  };
}

async function newSim(): Promise<Simulator> {
  // A little latency, so the two runs' requests interleave as they do against Zendesk.
  const sim = await startSimulator({ latencyMs: 5 });
  sims.push(sim);
  return sim;
}

const TRIES = 4;

it('two CLI processes publishing one tree at once: each article once, one state record, the waiting run says so, the next run writes nothing', async () => {
  const tree = await DocsTree.create(files());
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-race-'));

  // The harness: without the lease, the same race duplicates (in process, the lease switched off).
  const bare = await newSim();
  await Promise.all([publish(bare, tree, {}, { lease: false }), publish(bare, tree, {}, { lease: false })]);
  const before = holdings(bare);
  expect(before.duplicates, 'the race without the lease must duplicate, or this test proves nothing').toBeGreaterThan(0);
  // What such a race left behind is found: the next publish names both records, keeps one and
  // archives the other (docs/safety.md, "A state record held twice"); the one after writes nothing.
  const repair = await publish(bare, tree);
  const named = repair.report.diagnostics.filter((d) => d.severity === 'warning' && /state record .* is held twice/.test(d.message));
  expect(named).toHaveLength(before.states - 1);
  const repaired = holdings(bare);
  expect(repaired.states).toBe(1);
  bare.resetLog();
  await publish(bare, tree);
  expect(bare.writes()).toEqual([]);

  const figures: string[] = [];
  for (let t = 1; t <= TRIES; t++) {
    const sim = await newSim();
    const json = [path.join(dir, `a${t}.json`), path.join(dir, `b${t}.json`)];
    const runs = json.map((file) => startCli(cli, sim, ['publish', '--repo', tree.repo, '--json', file]));
    const codes = await Promise.all(runs.map((r) => r.exited));
    expect(codes, runs.map((r) => r.output()).join('\n----\n')).toEqual([0, 0]);
    const reports = await Promise.all(json.map(async (f) => JSON.parse(await fs.readFile(f, 'utf8')) as Report));
    const after = holdings(sim);
    expect(after, `try ${t}`).toEqual({ articles: 20, states: 1, leases: 0, duplicates: 0 });

    // One run wrote everything; the other wrote nothing, and says why, never claiming the other's writes.
    const created = reports.map((r) => r.counts.created).sort((x, y) => x - y);
    expect(created, `try ${t}: articles created by each run`).toEqual([0, 20]);
    const second = reports.find((r) => r.counts.created === 0)!;
    expect(second.counts.unchanged).toBe(20);
    expect(second.notes?.join(' '), `try ${t}: the run that came second says so`).toMatch(/Waited \d+ s for another publish|read again/);
    const waited = reports.some((r) => r.notes?.some((n) => n.startsWith('Waited')));
    const secondLog = runs[reports.indexOf(second)]!.output();
    if (waited) expect(secondLog).toMatch(/Waiting for another publish of .* to finish/);

    sim.resetLog();
    const next = await publish(sim, tree);
    expect(sim.writes(), `try ${t}: the run after both`).toEqual([]);
    expect(next.report.counts).toMatchObject({ created: 0, updated: 0, unchanged: 20 });
    figures.push(`| ${t} | ${after.articles} | ${after.duplicates} | ${after.states} | ${waited ? 'waited' : 'read again'} |`);
  }
  console.log(
    [
      `Two publishes at once of 20 articles. Without the lease: ${before.articles} articles, ${before.duplicates} duplicates, ${before.states} state records; the next publish named ${named.length} extra record(s) and left ${repaired.states}.`,
      '| try | articles | duplicates | state records | the second run |',
      '| ---: | ---: | ---: | ---: | --- |',
      ...figures,
    ].join('\n'),
  );
}, 240_000);
