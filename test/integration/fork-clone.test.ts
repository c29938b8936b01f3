/**
 * A writer's fork clone: `origin` is writer/docs, `upstream` is acme/docs, and the help center
 * holds what acme/docs published. Real git clones with real remotes; Zendesk is the simulator over
 * HTTP, GitHub's API (for the fork relation) a small local server.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS_YML } from '../helpers/docs-tree.js';
import { cli, simEnv } from '../helpers/preview.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
  });

let scratch: string;
let upstreamDir: string;
let sim: Simulator;
let api: http.Server;
let apiUrl: string;
/** What the fake GitHub API says each repository is a fork of. */
const forks: Record<string, string> = { 'writer/docs': 'acme/docs' };

beforeAll(async () => {
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-fork-'));
  upstreamDir = path.join(scratch, 'acme-docs');
  await fs.mkdir(path.join(upstreamDir, 'docs'), { recursive: true });
  await fs.writeFile(path.join(upstreamDir, 'docs/_defaults.yml'), DEFAULTS_YML);
  for (const name of ['one', 'two', 'three']) {
    await fs.writeFile(path.join(upstreamDir, `docs/${name}.md`), `---\ntitle: Article ${name}\n---\n\nThe ${name} sentence.\n`);
  }
  git(upstreamDir, 'init', '-q');
  git(upstreamDir, 'add', '.');
  git(upstreamDir, 'commit', '-qm', 'docs');
  sim = await startSimulator();
  // The publish of acme/docs, as its workflow runs it.
  const published = await cli(['publish', '--repo', upstreamDir], { ...simEnv(sim), GITHUB_REPOSITORY: 'acme/docs' });
  expect(published.code, published.stderr).toBe(0);
  api = http.createServer((req, res) => {
    const m = /^\/repos\/([^/]+\/[^/]+)$/.exec(req.url ?? '');
    const parent = m ? forks[m[1]!] : undefined;
    res.writeHead(m ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(m ? { full_name: m[1], fork: parent !== undefined, ...(parent ? { parent: { full_name: parent } } : {}) } : {}));
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  await sim?.close();
  api?.close();
  if (scratch) await fs.rm(scratch, { recursive: true, force: true });
});

/** A clone of acme/docs with the given remotes (name → owner/repo on GitHub), one sentence edited. */
async function writerClone(name: string, remotes: Record<string, string>): Promise<string> {
  const dir = path.join(scratch, name);
  git(scratch, 'clone', '-q', upstreamDir, dir);
  git(dir, 'remote', 'remove', 'origin');
  for (const [remote, repo] of Object.entries(remotes)) git(dir, 'remote', 'add', remote, `git@github.com:${repo}.git`);
  await fs.writeFile(path.join(dir, 'docs/two.md'), '---\ntitle: Article two\n---\n\nThe writer made this sentence better.\n');
  return dir;
}

/** The CLI as a writer runs it: no GITHUB_REPOSITORY, GitHub's API at the fake. */
const writer = (args: string[], extra: NodeJS.ProcessEnv = {}) => cli(args, { ...simEnv(sim), GITHUB_API_URL: apiUrl, ...extra });

describe('a clone of a fork, with origin writer/docs and upstream acme/docs', () => {
  let clone: string;
  beforeAll(async () => {
    clone = await writerClone('two-remotes', { origin: 'writer/docs', upstream: 'acme/docs' });
  });

  it("plan compares with what acme/docs published and shows the writer's edit", async () => {
    sim.resetLog();
    const run = await writer(['plan', '--repo', clone, '--json', path.join(scratch, 'plan.json')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('Namespace: acme/docs:docs (repository acme/docs (git remote "upstream"');
    const report = JSON.parse(await fs.readFile(path.join(scratch, 'plan.json'), 'utf8')) as { counts: Record<string, number> };
    expect(report.counts).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect(run.stdout + run.stderr).not.toContain('would create a new article');
    expect(sim.writes()).toEqual([]);
  });

  it('preview, drift and validate succeed too', async () => {
    const out = path.join(scratch, 'preview');
    const preview = await writer(['preview', '--repo', clone, '--out', out]);
    expect(preview.code, preview.stderr).toBe(0);
    expect(await fs.readFile(path.join(out, 'hc/en-us/two.html'), 'utf8')).toContain('The writer made this sentence better.');
    const drift = await writer(['drift', '--repo', clone, '--since', '0']);
    expect(drift.code, drift.stderr).toBe(0);
    expect((await writer(['validate', '--repo', clone])).code).toBe(0);
    expect(sim.writes()).toEqual([]);
  });

  it("namespace --move-from refuses to take upstream's articles", async () => {
    sim.resetLog();
    const run = await writer(['namespace', '--repo', clone, '--move-from', 'acme/docs:docs', '--yes']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('namespace acme/docs:docs is this clone\'s git remote "upstream" (acme/docs)');
    expect(sim.writes()).toEqual([]);
  });

  it('init writes the upstream namespace into zendesk-guide.yml', async () => {
    const fresh = await writerClone('init', { origin: 'writer/docs', upstream: 'acme/docs' });
    const run = await cli(['init', '--repo', fresh, '--path', 'handbook'], {});
    expect(run.code, run.stderr).toBe(0);
    expect(await fs.readFile(path.join(fresh, 'handbook/zendesk-guide.yml'), 'utf8')).toMatch(
      /^namespace: ['"]?acme\/docs:handbook['"]?\s*$/m,
    );
  });
});

describe('other fork clones', () => {
  it('with origin alone, the GitHub fork relation finds the source', async () => {
    const clone = await writerClone('origin-only', { origin: 'writer/docs' });
    const run = await writer(['plan', '--repo', clone]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('Namespace: acme/docs:docs (repository acme/docs (the GitHub repository writer/docs is a fork of)');
    expect(run.stdout + run.stderr).not.toContain('would create a new article');
  });

  it('a namespace committed in zendesk-guide.yml wins over the remotes', async () => {
    const clone = await writerClone('committed', { origin: 'someone/else' });
    await fs.writeFile(path.join(clone, 'docs/zendesk-guide.yml'), 'namespace: acme/docs:docs\n');
    const run = await writer(['plan', '--repo', clone]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('Namespace: acme/docs:docs (set explicitly');
  });

  it('when nothing finds the source, a read-only command warns instead of failing, and publish refuses', async () => {
    const clone = await writerClone('unknown', { origin: 'someone/else' });
    const plan = await writer(['plan', '--repo', clone]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stderr).toMatch(
      /warning: docs\/one\.md:1:1: would create a new article, but namespace acme\/docs:docs .*a publish would stop here/,
    );
    sim.resetLog();
    const publish = await writer(['publish', '--repo', clone]);
    expect(publish.code).toBe(1);
    expect(publish.stderr).toMatch(/error: docs\/one\.md:1:1: would create a new article/);
    expect(sim.writes()).toEqual([]);
  });

  it("no hint moves or takes over the namespace of another of the clone's remotes", async () => {
    // The source is a remote by another name than upstream, and GitHub says nothing of a fork.
    const clone = await writerClone('named-acme', { origin: 'someone/else', acme: 'acme/docs' });
    const plan = await writer(['plan', '--repo', clone]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stderr).toContain('namespace acme/docs:docs (this clone\'s git remote "acme" (acme/docs))');
    expect(plan.stderr).toContain('commit `namespace: acme/docs:docs` in zendesk-guide.yml');
    expect(plan.stderr).not.toContain('--move-from');
    expect(plan.stderr).not.toContain('namespace: someone/else:docs');
  });
});
