/**
 * The npm package as a user gets it: `npm pack`, the tarball installed into an empty folder, and
 * every command run there through `npx`. The bundle must be self-contained (one package
 * installed, no node_modules of this repository within reach), and so must the action's
 * dist/index.js, which the runner runs from a checkout without node_modules.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/main.js';
import type { Report } from '../../src/report/model.js';
import { DEFAULTS_YML, DocsTree } from '../helpers/docs-tree.js';
import { ROOT, runAction } from '../helpers/run-action.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';

const exec = promisify(execFile);
const NAME = 'zendesk-guide-publisher';

interface PackResult {
  filename: string;
  files: { path: string }[];
  size: number;
  unpackedSize: number;
}

let app: string;
let packed: PackResult;
let installLog: string;
let sim: Simulator;
beforeAll(async () => {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-pack-'));
  const { stdout } = await exec('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: ROOT });
  packed = (JSON.parse(stdout) as PackResult[])[0]!;
  app = path.join(tmp, 'app');
  await fs.mkdir(app);
  await fs.writeFile(path.join(app, 'package.json'), '{ "name": "app", "private": true }\n');
  // --offline: a package with no dependencies needs nothing from the registry, and must not.
  const install = await exec('npm', ['install', '--offline', '--no-audit', '--no-fund', path.join(tmp, packed.filename)], { cwd: app });
  installLog = install.stdout + install.stderr;
  sim = await startSimulator();
}, 180_000);
afterAll(async () => {
  await sim?.close();
});

/** `npx zendesk-guide-publisher ...` in the folder the tarball was installed into, never fetching anything. */
async function npx(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, npm_config_offline: 'true', CI: 'true', ...options.env };
  try {
    const { stdout, stderr } = await exec('npx', [NAME, ...args], { cwd: options.cwd ?? app, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('the packed package', () => {
  it('ships the CLI bundle, its licenses, LICENSE and README, and nothing else', async () => {
    const files = packed.files.map((f) => f.path).sort();
    expect(files).toContain('dist/cli/index.js');
    expect(files).toContain('dist/cli/licenses.txt');
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json']));
    expect(files.filter((f) => !f.startsWith('dist/cli/') && !['LICENSE', 'README.md', 'package.json'].includes(f))).toEqual([]);
    const manifest = JSON.parse(await fs.readFile(path.join(app, 'node_modules', NAME, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest).toMatchObject({ license: 'MIT', bin: { [NAME]: 'dist/cli/index.js' } });
    expect(await fs.readFile(path.join(app, 'node_modules', NAME, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });

  it("the size docs/cli.md gives is the package's, within 10%", async () => {
    const text = await fs.readFile(path.join(ROOT, 'docs/cli.md'), 'utf8');
    const m = /about\s+([\d.]+) MB to download, ([\d.]+) MB unpacked, as `npm pack --dry-run` prints them/.exec(text);
    expect(m, 'docs/cli.md names the size').not.toBeNull();
    const near = (given: number, actual: number) => Math.abs(given - actual) / actual;
    expect(near(Number(m![1]) * 1e6, packed.size), `download: npm pack says ${packed.size} bytes`).toBeLessThanOrEqual(0.1);
    expect(near(Number(m![2]) * 1e6, packed.unpackedSize), `unpacked: npm pack says ${packed.unpackedSize} bytes`).toBeLessThanOrEqual(0.1);
  });

  it('installs as one package', async () => {
    expect(installLog).toMatch(/added 1 package\b/);
    expect(await fs.readdir(path.join(app, 'node_modules'))).toEqual(expect.arrayContaining([NAME]));
    expect((await fs.readdir(path.join(app, 'node_modules'))).filter((d) => !d.startsWith('.'))).toEqual([NAME]);
  });

  it('npx zendesk-guide-publisher --version prints the version', async () => {
    const { version } = JSON.parse(await fs.readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await npx(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('every command has its help', async () => {
    const overview = await npx(['--help']);
    expect(overview.code).toBe(0);
    // Every command the CLI defines, so one added later is held to this too.
    const commands = COMMANDS.map((c) => c.name);
    expect(commands).toEqual(expect.arrayContaining(['validate', 'plan', 'publish', 'preview', 'init']));
    for (const command of commands) {
      expect(overview.stdout).toContain(`  ${command} [options]`);
      const own = await npx([command, '--help']);
      expect(own.code).toBe(0);
      expect(own.stdout).toMatch(new RegExp(`^Usage: ${NAME} ${command} \\[options\\]`));
    }
    expect(await npx(['nope'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^error: unknown command 'nope'/) });
  });

  it('init, then validate: a starter tree that is valid', async () => {
    const repo = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-init-'));
    const init = await npx(['init', '--repo', repo, '--zendesk-subdomain', 'acme']);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('created .github/workflows/help-center.yml');
    expect(await npx(['validate', '--repo', repo])).toMatchObject({ code: 0, stdout: '✅ 2 articles checked: no errors.\n' });
  });

  it('validate finds errors (exit 1), offline', async () => {
    const tree = await DocsTree.create({ 'docs/_defaults.yml': DEFAULTS_YML, 'docs/a.md': '---\ntitle: A\n---\n![x](gone.png)\n' });
    const run = await npx(['validate', '--repo', tree.repo], {
      env: { ZENDESK_URL: sim.url, ZENDESK_OAUTH_TOKEN: sim.credentials.oauthToken },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error: docs/a.md:4:1: file "gone.png" does not exist');
    expect(sim.requests).toEqual([]);
  });

  it('plan, then publish, then publish again (nothing to do), against the simulator', async () => {
    const tree = await DocsTree.create({ 'docs/_defaults.yml': DEFAULTS_YML, 'docs/a.md': '---\ntitle: From the tarball\n---\nHello.\n' });
    const env = {
      ZENDESK_URL: sim.url,
      ZENDESK_OAUTH_CLIENT_ID: sim.credentials.oauthClientId,
      ZENDESK_OAUTH_CLIENT_SECRET: sim.credentials.oauthClientSecret,
    };
    const plan = await npx(['plan', '--repo', tree.repo, '--json', '-'], { env });
    expect(plan.code).toBe(0);
    expect((JSON.parse(plan.stdout) as Report).counts).toMatchObject({ created: 1 });
    const publish = await npx(['publish', '--repo', tree.repo], { env });
    expect(publish.code).toBe(0);
    expect(publish.stdout).toMatch(/^🚀 Published: 1 created/);
    expect(publish.stderr).toContain('publishing 1 article');
    const again = await npx(['publish', '--repo', tree.repo, '--json', '-'], { env });
    expect((JSON.parse(again.stdout) as Report).counts).toMatchObject({ created: 0, unchanged: 1 });
  });

  it('preview renders a site that needs nothing but its folder', async () => {
    const tree = await DocsTree.create({
      'docs/_defaults.yml': DEFAULTS_YML,
      'docs/a.md': '---\ntitle: Previewed\n---\nSee [b](b.md).\n',
      'docs/b.md': '---\ntitle: Other\n---\nBack to [a](a.md).\n',
    });
    const out = path.join(tree.repo, 'site');
    const run = await npx(['preview', '--repo', tree.repo, '--out', out]);
    expect(run.code).toBe(0);
    const index = await fs.readFile(path.join(out, 'index.html'), 'utf8');
    expect(index).toContain('Previewed');
    expect(index).toContain('not compared');
    expect(await fs.readdir(out)).toEqual(expect.arrayContaining(['index.html', 'assets']));
  });

  it("the README's git hook refuses a commit whose docs do not validate, and lets others through", async () => {
    const repo = await fs.mkdtemp(path.join(app, 'repo-'));
    const git = (...args: string[]) => exec('git', ['-c', 'user.name=t', '-c', 'user.email=t@localhost', ...args], { cwd: repo });
    await git('init', '--quiet');
    await fs.mkdir(path.join(repo, 'docs'));
    await fs.writeFile(path.join(repo, 'docs/_defaults.yml'), DEFAULTS_YML);
    await fs.writeFile(path.join(repo, 'docs/a.md'), '---\ntitle: A\n---\n![x](gone.png)\n');
    const hook = path.join(ROOT, 'examples/hooks/pre-commit');
    const runHook = () =>
      exec(hook, [], { cwd: repo, env: { PATH: process.env.PATH, HOME: process.env.HOME, npm_config_offline: 'true' } }).then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
      );
    await git('add', 'docs');
    expect(await runHook()).toEqual({ code: 1, stderr: 'error: docs/a.md:4:1: file "gone.png" does not exist\n' });
    await fs.writeFile(path.join(repo, 'docs/a.md'), '---\ntitle: A\n---\nFine.\n');
    await git('add', 'docs');
    expect(await runHook()).toEqual({ code: 0, stderr: '' });
    // A commit that does not touch the docs is not held up by them.
    await git('commit', '--quiet', '--no-verify', '-m', 'docs');
    await fs.writeFile(path.join(repo, 'docs/a.md'), '---\ntitle: A\n---\n![x](gone.png)\n');
    await fs.writeFile(path.join(repo, 'other.txt'), 'x');
    await git('add', 'other.txt');
    expect(await runHook()).toEqual({ code: 0, stderr: '' });
  });

  it("the action's dist/index.js runs from a checkout without node_modules", async () => {
    const checkout = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-checkout-'));
    await fs.cp(path.join(ROOT, 'dist'), path.join(checkout, 'dist'), { recursive: true });
    await fs.copyFile(path.join(ROOT, 'action.yml'), path.join(checkout, 'action.yml'));
    const tree = await DocsTree.create({
      'docs/_defaults.yml': DEFAULTS_YML,
      // Not the body of the article published above, which would make this file that one, moved.
      'docs/from-the-action.md': '---\ntitle: From the action\n---\nHello from the action.\n',
    });
    const run = await runAction({
      workspace: tree.repo,
      actionDir: checkout,
      with: {
        'zendesk-url': sim.url,
        'zendesk-oauth-client-id': sim.credentials.oauthClientId,
        'zendesk-oauth-client-secret': sim.credentials.oauthClientSecret,
        mode: 'dry-run',
        comment: 'false',
      },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ created: '1', blocked: 'false' });
  });
});
