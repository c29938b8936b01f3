/**
 * Files that must never leave the repository: `.git/` (actions/checkout keeps the job's token in
 * .git/config), dot-folders and dotfiles. Every way a local file is read is tried — an image, a
 * linked file, raw HTML, a symlink with an innocent name — through the CLI (offline and against
 * the simulator over HTTP) and the preview site; `allow_dot_paths` lets a named path through.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS_YML, DocsTree, png } from '../helpers/docs-tree.js';
import { cli, filesUnder, simEnv } from '../helpers/preview.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';

/** What actions/checkout writes with `persist-credentials: true` (a made-up token). */
const TOKEN = 'ghs_notarealtokenbutlookslikeone0123456789';
const GIT_CONFIG = `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}\n`;
const ENV = `ZENDESK_OAUTH_CLIENT_SECRET=${TOKEN}\n`;

/** A repository with secrets where checkouts and developers leave them, and docs that point at them. */
async function leakyRepo(body: string, extra: Record<string, string | Buffer> = {}): Promise<DocsTree> {
  const tree = await DocsTree.create({
    '.git/config': GIT_CONFIG,
    '.env': ENV,
    '.github/secret-notes.txt': TOKEN,
    'docs/_defaults.yml': DEFAULTS_YML,
    'docs/ok.md': '---\ntitle: Fine\n---\n\nNothing to see.\n',
    'docs/a.md': `---\ntitle: A\n---\n\n${body}\n`,
    ...extra,
  });
  return tree;
}

/** Every byte under a folder, as text, to look for the token in any form it could take. */
async function everything(dir: string): Promise<string> {
  const files = await filesUnder(dir);
  const texts = await Promise.all(files.map((f) => fs.readFile(path.join(dir, f), 'latin1')));
  return files.join('\n') + texts.join('\n');
}

const leaked = (text: string) =>
  text.includes(TOKEN) || text.includes(Buffer.from(`x-access-token:${TOKEN}`).toString('base64')) || text.includes('extraheader');

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim?.close();
});

describe('dot-paths never leave the repository', () => {
  const cases: [string, string, Record<string, string>, RegExp][] = [
    ['a link to .git/config', '[config](../.git/config)', {}, /docs\/a\.md:5:1: "\.\.\/\.git\/config" is inside \.git\//],
    ['an image in .git/', '![x](../.git/config)', {}, /docs\/a\.md:5:1: "\.\.\/\.git\/config" is inside \.git\//],
    ['a link to .env', 'See [the env](../.env).', {}, /docs\/a\.md:5:5: "\.\.\/\.env" is a dotfile or inside a dot-folder/],
    [
      'a file under .github/',
      '[notes](../.github/secret-notes.txt)',
      {},
      /docs\/a\.md:5:1: "\.\.\/\.github\/secret-notes\.txt" is a dotfile/,
    ],
    [
      'a symlink with an innocent name',
      '![logo](logo.png)',
      { link: 'docs/logo.png -> ../.git/config' },
      /docs\/a\.md:5:1: "logo\.png" is a link to a dotfile, a dot-folder or \.git\//,
    ],
    ['a raw HTML image', '<img src="../.git/config">', {}, /docs\/a\.md:5:\d+: "\.\.\/\.git\/config" is inside \.git\//],
  ];

  const prepare = async (body: string, extra: Record<string, string>) => {
    const tree = await leakyRepo(body);
    if (extra.link) {
      const [from, to] = extra.link.split(' -> ') as [string, string];
      await fs.symlink(to, path.join(tree.repo, from));
    }
    return tree;
  };

  it.each(cases)('%s: validate (offline) is an error at file:line', async (_name, body, extra, message) => {
    const tree = await prepare(body, extra);
    const run = await cli(['validate', '--repo', tree.repo]);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(message);
    expect(leaked(run.stdout + run.stderr)).toBe(false);
  });

  it.each(cases)('%s: publish against Zendesk stops before any request', async (_name, body, extra, message) => {
    const tree = await prepare(body, extra);
    sim.resetLog();
    const attachmentsBefore = sim.store.attachments.length;
    const run = await cli(['publish', '--repo', tree.repo, '--json', path.join(tree.repo, 'report.json')], simEnv(sim));
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(message);
    // Not even a read (nor the OAuth token's exchange): the files are checked first.
    expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual([]);
    expect(sim.store.attachments.length).toBe(attachmentsBefore);
    expect(leaked(JSON.stringify(sim.requests))).toBe(false);
    expect(leaked(await fs.readFile(path.join(tree.repo, 'report.json'), 'utf8'))).toBe(false);
  });

  it.each(cases)('%s: the preview copies nothing of it and lists the error', async (_name, body, extra) => {
    const tree = await prepare(body, extra);
    const out = path.join(tree.repo, 'zendesk-preview');
    const run = await cli(['preview', '--repo', tree.repo, '--out', out]);
    expect(run.code).toBe(1);
    expect(await filesUnder(path.join(out, 'hc'))).toContain('default/ok.html');
    expect((await filesUnder(out)).filter((f) => f.startsWith('files/'))).toEqual([]);
    expect(leaked(await everything(out))).toBe(false);
    expect(await fs.readFile(path.join(out, 'index.html'), 'utf8')).toContain('<code>docs/a.md:5:');
  });
});

describe('files that cannot refer to a dot-path', () => {
  it('are read while Zendesk is: the requests start before the files are checked, and nothing is refused', async () => {
    const tree = await leakyRepo('An ![image](shot.png), a [link](ok.md) and the ../ parent [folder](../README.md).', {
      'docs/shot.png': png(5),
      'README.md': '# Readme\n',
    });
    sim.resetLog();
    const run = await cli(['plan', '--repo', tree.repo], simEnv(sim));
    expect(run.stdout + run.stderr).not.toMatch(/refusing/);
    expect(run.stderr).not.toContain('Zendesk is not asked');
    expect(sim.requests.length).toBeGreaterThan(0);
  });
});

describe('allow_dot_paths', () => {
  it('lets a named dot-path through (uploaded and copied into the preview), and nothing else', async () => {
    const tree = await leakyRepo('![logo](.assets/logo.png) and the [policy](../.well-known/security.txt)', {
      'docs/.assets/logo.png': png(7),
      '.well-known/security.txt': 'Contact: mailto:security@example.com\n',
      'docs/zendesk-guide.yml': 'allow_dot_paths:\n  - docs/.assets\n  - .well-known/security.txt\n',
    });
    const out = path.join(tree.repo, 'zendesk-preview');
    expect((await cli(['preview', '--repo', tree.repo, '--out', out])).code).toBe(0);
    const copied = (await filesUnder(out)).filter((f) => f.startsWith('files/'));
    expect(copied.map((f) => path.posix.basename(f)).sort()).toEqual(['logo.png', 'security.txt']);

    const fresh = await startSimulator();
    try {
      const run = await cli(['publish', '--repo', tree.repo], simEnv(fresh));
      expect(run.code, run.stdout + run.stderr).toBe(0);
      // Files are media of the library, named after their content hash.
      expect(
        fresh.store
          .media()
          .medias.map((m) => m.name.replace(/^[0-9a-f]{16}-/, ''))
          .sort(),
      ).toEqual(['logo.png', 'security.txt']);
    } finally {
      await fresh.close();
    }

    // A path the list does not name is still refused.
    await tree.write({ 'docs/a.md': '---\ntitle: A\n---\n\n[env](../.env)\n' });
    const refused = await cli(['validate', '--repo', tree.repo]);
    expect(refused.code).toBe(1);
    expect(refused.stdout + refused.stderr).toContain('"../.env" is a dotfile or inside a dot-folder');
  });

  it('can never name .git, and says so at the config line', async () => {
    const tree = await leakyRepo('[config](../.git/config)', {
      'docs/zendesk-guide.yml': 'default_locale: en-us\nallow_dot_paths:\n  - .git/config\n  - .GIT\n',
    });
    const run = await cli(['validate', '--repo', tree.repo]);
    expect(run.code).toBe(1);
    const text = run.stdout + run.stderr;
    expect(text).toMatch(/docs\/zendesk-guide\.yml:3:\d+: .*must not name \.git/);
    expect(text).toMatch(/docs\/zendesk-guide\.yml:4:\d+: .*must not name \.git/);
    expect(leaked(text)).toBe(false);
  });

  it('a docs root inside a dot-folder may use its own files', async () => {
    const tree = await DocsTree.create({
      '.git/config': GIT_CONFIG,
      '.github/docs/_defaults.yml': DEFAULTS_YML,
      '.github/docs/a.md': '---\ntitle: A\n---\n\n![shot](shot.png)\n\n[config](../../.git/config)\n',
      '.github/docs/shot.png': png(3),
    });
    const run = await cli(['validate', '--repo', tree.repo, '--path', '.github/docs']);
    expect(run.code).toBe(1);
    const text = run.stdout + run.stderr;
    expect(text).not.toContain('shot.png');
    expect(text).toMatch(/\.github\/docs\/a\.md:7:1: "\.\.\/\.\.\/\.git\/config" is inside \.git\//);
  });
});
