/**
 * Crash repair: the real CLI (`src/cli.ts`, bundled once with esbuild as `npm run build` bundles
 * it with ncc, its packages left to node_modules; a child process per run) is SIGKILLed at
 * random points of its write phase, as a request arrives (it dies unhandled) or once the
 * simulator handled it (the write applied, the answer lost), then run again, killed again in
 * some scenarios, and finally run to completion. Right after each kill nothing may be on no
 * article; after the completion every article has exactly the attachments its bodies use,
 * nothing is duplicated, and one more run writes nothing. Prints the figures.
 */
import { STATE_TITLE } from '../../src/plan/state.js';
import { LEASE_TITLE } from '../../src/apply/lease.js';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { mulberry32 } from '../zendesk-sim/faults.js';
import { startSimulator, type Integrity, type RequestLogEntry, type RequestPhase, type Simulator } from '../zendesk-sim/index.js';
import { DEFAULTS_YML, DocsTree, png, publish } from '../helpers/docs-tree.js';
import { CLEAN } from '../helpers/soak.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Inside the repository, so the bundle's imports of packages resolve to its node_modules.
const BUNDLE_DIR = path.join(ROOT, '.tmp', `crash-cli-${process.pid}`);
const CLI = path.join(BUNDLE_DIR, 'cli.mjs');

// tsx would compile the source on every start, several times slower than this run itself.
beforeAll(async () => {
  await build({
    entryPoints: [path.join(ROOT, 'src/cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: 'node20',
    outfile: CLI,
    logLevel: 'warning',
  });
});
afterAll(() => fs.rm(BUNDLE_DIR, { recursive: true, force: true }));
const isWrite = (r: RequestLogEntry) => r.method !== 'GET' && r.path.startsWith('/api/v2/');

/** 12 articles with French translations; images, PDFs, an image shared by two articles, a link cycle. */
function files(version = 1): Record<string, string | Buffer> {
  const out: Record<string, string | Buffer> = { 'docs/_defaults.yml': DEFAULTS_YML };
  for (let i = 0; i < 12; i++) {
    const refs: string[] = [];
    if (i % 2 === 0) {
      refs.push(`![Screen](img/s${i}.png)`);
      out[`docs/img/s${i}.png`] = png(i * 100 + (i % 4 === 0 ? version : 1));
    }
    if (i % 3 === 0) {
      refs.push(`The [manual](files/m${i}.pdf).`);
      out[`docs/files/m${i}.pdf`] = `%PDF-1.4\n% ${i}\n`;
    }
    if (i < 2) refs.push('![Logo](img/logo.png)');
    if (i === 4) refs.push('Next: [five](a5.md).');
    if (i === 5) refs.push('Back: [four](a4.md).');
    out[`docs/a${i}.md`] = `---\ntitle: Article ${i}\n---\nText ${i}.\n\n${refs.join('\n\n')}\n`;
    out[`docs/a${i}.fr.md`] = `---\ntitle: Article ${i} (fr)\n---\nTexte ${i}.\n\n${refs.filter((r) => !r.includes('.md')).join('\n\n')}\n`;
  }
  out['docs/img/logo.png'] = png(9999);
  return out;
}

let sims: Simulator[] = [];
afterEach(async () => {
  await Promise.all(sims.map((s) => s.close()));
  sims = [];
});

/** Kills its CLI run when the write numbered `at` (1-based, counted from the run's start) reaches `phase`. */
interface Kill {
  at: number;
  phase: RequestPhase;
}

/** Runs `zendesk-guide-publisher publish` from the source; resolves with whether it was killed. */
async function cliRun(sim: Simulator, repo: string, kill: Kill | undefined): Promise<{ killed: boolean; writes: number }> {
  let child!: ChildProcess;
  let writes = 0;
  let killed = false;
  const exited = new Promise<void>((resolve) => {
    child = spawn(process.execPath, [CLI, 'publish', '--repo', repo], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        TMPDIR: process.env.TMPDIR ?? '',
        ZENDESK_URL: sim.url,
        ZENDESK_OAUTH_TOKEN: sim.credentials.oauthToken,
      },
      stdio: 'ignore',
    });
    child.on('exit', () => resolve());
  });
  sim.setOptions({
    onRequest: async (entry, phase) => {
      if (!isWrite(entry) || killed) return undefined;
      if (phase === 'received') writes++;
      if (!kill || writes !== kill.at || phase !== kill.phase) return undefined;
      killed = true;
      child.kill('SIGKILL');
      await exited;
      return phase === 'received' ? 'drop' : undefined;
    },
  });
  await exited;
  sim.setOptions({ onRequest: undefined });
  return { killed, writes };
}

interface Scenario {
  name: string;
  kills: Kill[];
  /** What Zendesk held right after each kill. */
  after: Integrity[];
  drafts: number[];
  repairWrites: number;
  final: Integrity;
  writesAfter: number;
}

const figures: Scenario[] = [];

function describeState(sim: Simulator): { integrity: Integrity; drafts: number } {
  const drafts = sim.store.translations.filter((t) => t.source_type === 'article' && t.draft && !isToolDraft(t.title)).length;
  return { integrity: sim.integrity(), drafts };
}

const nothing = () => Promise.resolve();

/** The tool's own drafts: the state record, and the publish lease's claims (a killed run's is removed by the next). */
const isToolDraft = (title: string) => title.startsWith(STATE_TITLE) || title.startsWith(LEASE_TITLE);

/** Writes of a full publish of `tree` into a fresh simulator (after `setup`), to aim the kills. */
async function writesOf(tree: DocsTree, setup: (sim: Simulator) => Promise<void> = nothing): Promise<number> {
  const sim = await startSimulator({ reformatHtml: false });
  sims.push(sim);
  await setup(sim);
  sim.resetLog();
  await publish(sim, tree);
  return sim.writes().length;
}

async function scenario(name: string, tree: DocsTree, kills: Kill[], setup: (sim: Simulator) => Promise<void> = nothing) {
  const sim = await startSimulator({ reformatHtml: false });
  sims.push(sim);
  await setup(sim);
  const s: Scenario = { name, kills, after: [], drafts: [], repairWrites: 0, final: CLEAN, writesAfter: 0 };
  for (const kill of kills) {
    const run = await cliRun(sim, tree.repo, kill);
    expect(run.killed, `${name}: killed at write ${kill.at} (${kill.phase}); the run made ${run.writes}`).toBe(true);
    const state = describeState(sim);
    s.after.push(state.integrity);
    s.drafts.push(state.drafts);
    // Files are media (or born associated): even right after a crash, no upload is on no article.
    expect(state.integrity.unassociatedAttachments, `${name}: uploads on no article after the kill`).toBe(0);
    expect(state.integrity.missingMedia, `${name}: images that resolve nowhere after the kill`).toBe(0);
  }
  sim.resetLog();
  const mediaBefore = sim.store.media().medias.length;
  const storageBefore = sim.storage.length;
  const done = await publish(sim, tree);
  expect(done.report.counts.failed, `${name}: the completing run`).toBe(0);
  // One media per distinct file, however the runs died: a file is never made twice. Its bytes
  // are PUT again only when a run died between the PUT and the media's create (the storage keeps
  // nothing a later run could find, and drops it "after a short while").
  const names = sim.store.media().medias.map((m) => m.name);
  expect(new Set(names).size, `${name}: media made twice`).toBe(names.length);
  // By upload URL: a PUT sent again to the same URL (its answer lost, or late on a loaded
  // machine) is the transport's retry of one upload, not the bytes of a file uploaded again.
  // A killed run may leave several files PUT but not yet made media (uploads run side by side,
  // so how many is timing); the completing run PUTs each file it still lacks once, and each of
  // its PUTs becomes a media.
  const putsOf = (from: number) =>
    new Set(
      sim.storage
        .slice(from)
        .filter((r) => r.status === 200)
        .map((r) => r.path),
    ).size;
  expect(putsOf(storageBefore), `${name}: bytes PUT by the completing run`).toBe(names.length - mediaBefore);
  s.repairWrites = sim.writes().length;
  s.final = sim.integrity();
  sim.resetLog();
  await publish(sim, tree);
  s.writesAfter = sim.writes().length;
  figures.push(s);
  expect(s.final, `${name}: what Zendesk holds once completed`).toEqual(CLEAN);
  expect(s.writesAfter, `${name}: writes of the run after completion`).toBe(0);
  // A killed run's lease is removed by the next run (its process is gone): none is left live.
  const leases = sim.store.liveArticles().filter((a) => sim.store.sourceTranslation(a).title.startsWith(LEASE_TITLE));
  expect(leases, `${name}: leases left`).toEqual([]);
  const keyOf = (id: number) => sim.store.sourceTranslation(sim.store.article(id)).body.match(/data-zgp-key="([^"]*)"/)?.[1];
  const keys = sim.store.liveArticles().flatMap((a) => keyOf(a.id) ?? []);
  expect(keys.sort(), `${name}: every file has its article`).toEqual(Array.from({ length: 12 }, (_, i) => `a${i}`).sort());
  expect(
    // The tool's state record is a draft by design; no article of the docs may stay one.
    sim.store.translations.filter((t) => t.source_type === 'article' && t.draft && !isToolDraft(t.title)),
    `${name}: drafts left`,
  ).toEqual([]);
}

it('a CLI killed anywhere in its writes leaves nothing on no article, and the next run completes every article exactly', async () => {
  const random = mulberry32(20260601);
  const tree = await DocsTree.create(files());
  const total = await writesOf(tree);
  const phase = (): RequestPhase => (random() < 0.5 ? 'received' : 'handled');
  // One kill point in each quarter of the write phase, so early, middle and late crashes are all seen.
  const point = (from: number, to: number) => from + Math.floor(random() * (to - from + 1));
  const quarters = [0, 1, 2, 3].map((q) => point(Math.floor((q * total) / 4) + 1, Math.floor(((q + 1) * total) / 4)));
  for (const [i, at] of quarters.entries()) {
    // The first and third also die in their repair run, at its first write.
    const kills: Kill[] = [{ at, phase: phase() }, ...(i % 2 === 0 ? [{ at: 1, phase: phase() }] : [])];
    await scenario(`first publish, kill ${i + 1}`, tree, kills);
  }

  // A second publish that replaces images (and so deletes their old attachments), killed mid-way.
  const published = async (sim: Simulator) => void (await publish(sim, tree));
  const changed = await DocsTree.create(files(2));
  const updates = await writesOf(changed, published);
  for (let i = 0; i < 2; i++) {
    await scenario(`images replaced, kill ${i + 1}`, changed, [{ at: point(1, updates), phase: phase() }], published);
  }

  const lines = [
    `Crash repair: a first publish makes ${total} writes, the image update ${updates}.`,
    '| scenario | killed at write (phase) | right after: on no article, drafts, articles with wrong attachments, duplicates | repair run writes | then: orphans, wrong attachments, duplicates | writes after |',
    '| --- | --- | --- | ---: | --- | ---: |',
    ...figures.map(
      (f) =>
        `| ${f.name} | ${f.kills.map((k) => `${k.at} (${k.phase})`).join(', then ')} | ${f.after
          .map(
            (a, i) =>
              `${a.unassociatedAttachments}, ${f.drafts[i]}, ${a.attachmentMismatches.length}, ${a.duplicateArticles + a.duplicateTranslations}`,
          )
          .join(' / ')} | ${f.repairWrites} | ${f.final.unassociatedAttachments}, ${f.final.attachmentMismatches.length}, ${
          f.final.duplicateArticles + f.final.duplicateTranslations
        } | ${f.writesAfter} |`,
    ),
  ];
  console.log(lines.join('\n'));
}, 180_000);
