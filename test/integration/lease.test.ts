/**
 * The publish lease against the simulator, in process: a no-op takes none and costs no request;
 * a claim left by a run that died (its process gone, or unchanged for longer than the lease's
 * time) is removed and the run goes on; a live claim of another run makes the run wait, say so
 * and read the help center again; a run that waits too long stops before writing; duplicates
 * from before the lease are found and the kept article named.
 */
import os from 'node:os';
import { afterEach, expect, it } from 'vitest';
import { claimHtml, LEASE_TITLE, leaseTitle, type ClaimInfo, type LeaseTiming } from '../../src/apply/lease.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import { AGENTS_GROUP, call } from '../zendesk-sim/test-helpers.js';
import { DEFAULTS_YML, DocsTree, contentWrites, publish } from '../helpers/docs-tree.js';
import { STATE_TITLE } from '../../src/plan/state.js';

let sims: Simulator[] = [];
afterEach(async () => {
  await Promise.all(sims.map((s) => s.close()));
  sims = [];
});

const FAST: LeaseTiming = { ttlMs: 60_000, renewMs: 20_000, pollMs: 50, settleMs: 10, maxWaitMs: 20_000 };

function files(n = 3): Record<string, string> {
  const out: Record<string, string> = { 'docs/_defaults.yml': DEFAULTS_YML };
  for (let i = 0; i < n; i++) out[`docs/a${i}.md`] = `---\ntitle: Article ${i}\n---\nText ${i}.\n`;
  return out;
}

async function newSim(now?: () => number): Promise<Simulator> {
  const sim = await startSimulator(now ? { now } : {});
  sims.push(sim);
  return sim;
}

/** Another run's claim, as the product writes one, in the section every run keeps them in. */
async function claimOf(sim: Simulator, info: Partial<ClaimInfo>): Promise<number> {
  const section = Math.min(...sim.store.sections.map((s) => s.id));
  const full: ClaimInfo = { ns: 'docs', run: 'other-run', host: 'ci-runner-7', pid: 4242, who: 'workflow run 42', since: '', ...info };
  const res = await call<{ article: { id: number } }>(sim, 'POST', `/api/v2/help_center/sections/${section}/articles`, {
    json: {
      article: {
        locale: 'en-us',
        title: leaseTitle(full.ns),
        body: claimHtml(full),
        draft: true,
        permission_group_id: AGENTS_GROUP,
        user_segment_id: null,
      },
    },
  });
  expect(res.status).toBe(201);
  return res.body.article.id;
}

const liveTitles = (sim: Simulator) => sim.store.liveArticles().map((a) => sim.store.sourceTranslation(a).title);
const leasesLeft = (sim: Simulator) => liveTitles(sim).filter((t) => t.startsWith(LEASE_TITLE)).length;

it('a no-op takes no lease: not one request more than without it', async () => {
  const sim = await newSim();
  const tree = await DocsTree.create(files());
  const first = await publish(sim, tree, {}, { lease: { timing: FAST } });
  expect(first.report.counts.created).toBe(3);
  expect(leasesLeft(sim)).toBe(0);
  sim.resetLog();
  await publish(sim, tree, {}, { lease: { timing: FAST } });
  const withLease = sim.requests.map((r) => `${r.method} ${r.route}`);
  sim.resetLog();
  await publish(sim, tree, {}, { lease: false });
  expect(withLease).toEqual(sim.requests.map((r) => `${r.method} ${r.route}`));
  expect(sim.writes()).toEqual([]);
});

it('a claim whose process on this machine is gone is removed, and the run goes on without waiting', async () => {
  const sim = await newSim();
  const tree = await DocsTree.create(files());
  // A pid that cannot be running: above the kernel's maximum.
  await claimOf(sim, { host: os.hostname(), pid: 2 ** 22 + 1 });
  const run = await publish(sim, tree, {}, { lease: { timing: FAST } });
  expect(run.report.counts.created).toBe(3);
  expect(run.log.join('\n')).toContain('Removed the lease of a publish that ended without giving it back (workflow run 42)');
  expect(run.report.notes?.join(' ')).not.toMatch(/Waited/);
  expect(leasesLeft(sim)).toBe(0);
});

it('a claim unchanged for longer than the lease lasts is dead: removed, and the run goes on', async () => {
  let skew = -10 * 60_000;
  const sim = await newSim(() => Date.now() + skew);
  const tree = await DocsTree.create(files());
  await claimOf(sim, {});
  skew = 0;
  const run = await publish(sim, tree, {}, { lease: { timing: FAST } });
  expect(run.report.counts.created).toBe(3);
  expect(run.log.join('\n')).toContain('Removed the lease of a publish that ended');
  expect(leasesLeft(sim)).toBe(0);
});

it('a live claim of another run: the run waits for it, says so, reads the help center again, then writes', async () => {
  const sim = await newSim();
  const tree = await DocsTree.create(files());
  const other = await claimOf(sim, {});
  // The other run ends a moment after this one starts waiting.
  let released = false;
  sim.setOptions({
    onRequest: (entry, phase) => {
      if (released || phase !== 'handled' || entry.method !== 'DELETE') return;
      released = true;
      setTimeout(() => void call(sim, 'DELETE', `/api/v2/help_center/articles/${other}`), 300);
    },
  });
  const run = await publish(sim, tree, {}, { lease: { timing: FAST } });
  expect(run.report.counts.created).toBe(3);
  expect(run.log.join('\n')).toMatch(/Waiting for another publish of docs to finish: workflow run 42/);
  expect(run.report.notes?.[0]).toMatch(/^Waited \d+ s for another publish of docs to finish \(workflow run 42\)\.$/);
  expect(run.log.join('\n')).toContain('reading it again before writing');
  expect(leasesLeft(sim)).toBe(0);
  expect(sim.integrity().duplicateArticles).toBe(0);
});

it('a run that waits longer than its patience stops before writing anything (exit 3)', async () => {
  const sim = await newSim();
  const tree = await DocsTree.create(files());
  await claimOf(sim, {});
  const articles = sim.store.liveArticles().length;
  await expect(publish(sim, tree, {}, { lease: { timing: { ...FAST, maxWaitMs: 300 } } })).rejects.toThrow(
    /another publish of docs has been writing for over .*workflow run 42.*nothing was written/,
  );
  // Its own claim is gone; the other's is still there; nothing else was written.
  expect(sim.store.liveArticles().length).toBe(articles);
});

it('claims of another namespace are not waited for', async () => {
  const sim = await newSim();
  const tree = await DocsTree.create(files());
  await claimOf(sim, { ns: 'acme/other:docs' });
  const run = await publish(sim, tree, {}, { lease: { timing: FAST } });
  expect(run.report.counts.created).toBe(3);
  expect(run.report.notes).toBeUndefined();
  expect(leasesLeft(sim)).toBe(1);
});

it('duplicates from two publishes before the lease: found, and the kept article and state record named', async () => {
  const sim = await newSim();
  const tree = await DocsTree.create(files(2));
  await Promise.all([publish(sim, tree, {}, { lease: false }), publish(sim, tree, {}, { lease: false })]);
  expect(sim.integrity().duplicateArticles).toBe(2);
  const stateIds = () =>
    sim.store
      .liveArticles()
      .filter((a) => sim.store.sourceTranslation(a).title.startsWith(STATE_TITLE))
      .map((a) => a.id);
  const [kept, extra] = stateIds().sort((a, b) => a - b);
  expect(extra).toBeDefined();
  const articles = sim.store.liveArticles().filter((a) => sim.store.sourceTranslation(a).title.startsWith('Article '));
  sim.resetLog();
  const run = await publish(sim, tree);
  const warnings = run.report.diagnostics.filter((d) => d.severity === 'warning');
  expect(warnings.map((w) => `${w.file}: ${w.message}`)).toEqual([
    expect.stringMatching(
      new RegExp(`^docs: the state record of \\S+ is held twice: #${kept} and #${extra}; #${kept} is kept \\(the oldest\\)$`),
    ),
    expect.stringMatching(
      /^docs\/a0\.md: duplicates in Zendesk: #\d+ also carry this file's marker; #\d+ is kept \(the state record names it\)$/,
    ),
    expect.stringMatching(
      /^docs\/a1\.md: duplicates in Zendesk: #\d+ also carry this file's marker; #\d+ is kept \(the state record names it\)$/,
    ),
  ]);
  // The duplicate articles are reported, never written over nor archived without asking; the
  // second record is the tool's own: archived, so the next run reads one.
  expect(contentWrites(sim)).toEqual(['DELETE /api/v2/help_center/articles/:id']);
  expect(stateIds()).toEqual([kept]);
  expect(sim.store.liveArticles().filter((a) => sim.store.sourceTranslation(a).title.startsWith('Article '))).toHaveLength(articles.length);
  sim.resetLog();
  await publish(sim, tree);
  expect(sim.writes()).toEqual([]);
});
