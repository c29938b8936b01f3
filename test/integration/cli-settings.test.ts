/**
 * The CLI's settings and usage are checked before any request: a wrong --repo, --path or
 * --config exits 2 with one message naming the flag, and the simulator's request log proves that
 * Zendesk was never asked. The JSON report is written whatever happens.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Report } from '../../src/report/model.js';
import { DEFAULTS_YML, DocsTree } from '../helpers/docs-tree.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';

let sim: Simulator;
let tree: DocsTree;
beforeAll(async () => {
  sim = await startSimulator();
  tree = await DocsTree.create({
    'docs/_defaults.yml': DEFAULTS_YML,
    'docs/a.md': '---\ntitle: Article A\n---\nHello.\n',
    'zendesk-guide.yml': 'labels_mode: merge\n',
  });
});
afterAll(async () => {
  await sim?.close();
});

let stderr: string[];
let stdout: string[];
beforeEach(() => {
  sim.resetLog();
  stderr = [];
  stdout = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (stderr.push(String(chunk)), true));
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (stdout.push(String(chunk)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
});

const env = () => ({
  ZENDESK_URL: sim.url,
  ZENDESK_OAUTH_CLIENT_ID: sim.credentials.oauthClientId,
  ZENDESK_OAUTH_CLIENT_SECRET: sim.credentials.oauthClientSecret,
});
const log = () => stderr.join('');
const readReport = async (file: string) => JSON.parse(await fs.readFile(file, 'utf8')) as Report;
const scratch = () => fs.mkdtemp(path.join(os.tmpdir(), 'zgp-cli-'));

describe('the CLI checks its settings before any request', () => {
  it('a valid plan does send requests (the zero-request checks below can fail)', async () => {
    expect(await main(['plan', '--repo', tree.repo, '--config', 'zendesk-guide.yml'], env())).toBe(0);
    expect(sim.requests.length).toBeGreaterThan(0);
    // Logged once the file was read, not before.
    expect(log()).toContain('Config file: zendesk-guide.yml');
  });

  it('--repo that does not exist: exit 2, the flag named, no raw ENOENT, no request', async () => {
    const missing = path.join(await scratch(), 'nonexistent');
    expect(await main(['plan', '--repo', missing], env())).toBe(2);
    expect(log()).toBe(`error: --repo "${missing}": no such folder\n`);
    expect(sim.requests).toEqual([]);
  });

  it('--path that does not exist: exit 2 before the help center is read', async () => {
    expect(await main(['publish', '--repo', tree.repo, '--path', 'nope'], env())).toBe(2);
    expect(log()).toBe(`error: --path "nope": no such folder in the repository (${tree.repo})\n`);
    expect(sim.requests).toEqual([]);
  });

  it('--path that is a file, or a link out of the repository, is refused the same way', async () => {
    expect(await main(['plan', '--repo', tree.repo, '--path', 'docs/a.md'], env())).toBe(2);
    expect(log()).toContain('error: --path "docs/a.md" is not a folder');
    const outside = await scratch();
    await fs.symlink(outside, path.join(tree.repo, 'linked'));
    stderr.length = 0;
    expect(await main(['plan', '--repo', tree.repo, '--path', 'linked'], env())).toBe(2);
    expect(log()).toContain(
      `error: --path "linked" is a link to ${await fs.realpath(outside)}, outside the repository; refusing to read it`,
    );
    expect(sim.requests).toEqual([]);
  });

  it('--config that does not exist: exit 2, and never "Config file: nope.yml" as if it loaded', async () => {
    expect(await main(['plan', '--repo', tree.repo, '--config', 'nope.yml'], env())).toBe(2);
    expect(log()).toBe(`error: --config "nope.yml": no such file in the repository (${tree.repo}; the path is relative to it)\n`);
    expect(log()).not.toContain('Config file:');
    expect(sim.requests).toEqual([]);
  });

  it('names a setting by the flag, or by the environment variable it came from', async () => {
    expect(await main(['plan', '--repo', tree.repo, '--zendesk-url', 'http://acme.zendesk.com'], {})).toBe(2);
    expect(log()).toContain('error: --zendesk-url must use https://');
    stderr.length = 0;
    expect(await main(['plan', '--repo', tree.repo], { ZENDESK_URL: 'http://acme.zendesk.com' })).toBe(2);
    expect(log()).toContain('error: ZENDESK_URL must use https://');
    stderr.length = 0;
    expect(await main(['plan', '--repo', tree.repo, '--max-archive', 'ten'], env())).toBe(2);
    expect(log()).toContain('error: --max-archive must be a whole number (got "ten")');
    stderr.length = 0;
    expect(await main(['publish', '--repo', tree.repo], {})).toBe(2);
    expect(log()).toContain(
      'error: publish reads the help center: set --zendesk-url (or --zendesk-subdomain) and credentials: --zendesk-oauth-client-id and --zendesk-oauth-client-secret (recommended)',
    );
    expect(sim.requests).toEqual([]);
  });
});

describe('the CLI writes the JSON report on every run', () => {
  it('a settings error: the report carries it, with what was known', async () => {
    const file = path.join(await scratch(), 'report.json');
    expect(await main(['publish', '--repo', tree.repo, '--path', 'nope', '--on-drift', 'fail', '--json', file], env())).toBe(2);
    expect(await readReport(file)).toMatchObject({
      version: 1,
      mode: 'publish',
      zendeskUrl: sim.url,
      onDrift: 'fail',
      blocked: true,
      planned: true,
      error: { kind: 'settings', message: `--path "nope": no such folder in the repository (${tree.repo})` },
      counts: { created: 0, updated: 0, unchanged: 0, archived: 0, failed: 0 },
      requests: { total: 0 },
    });
    // A failed run's text is its error, already on stderr; stdout gets no second copy.
    expect(stdout.join('')).toBe('');
  });

  it('refused credentials: the report carries a remote error; nothing is written', async () => {
    const file = path.join(await scratch(), 'report.json');
    const code = await main(['publish', '--repo', tree.repo, '--json', file], {
      ...env(),
      ZENDESK_OAUTH_CLIENT_SECRET: 'wrong-secret-value',
    });
    expect(code).not.toBe(0);
    expect(code).not.toBe(2);
    const report = await readReport(file);
    expect(report).toMatchObject({ mode: 'publish', blocked: true, error: { kind: 'remote' }, rows: [] });
    expect(report.error!.message).toMatch(/401/);
    expect(sim.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toContain('POST /oauth/tokens 401');
    expect(JSON.stringify(report)).not.toContain('wrong-secret-value');
    expect(sim.writes()).toEqual([]);
  });

  it('--markdown prints a failed run as the same report, so a posted copy is replaced by the failure', async () => {
    expect(await main(['plan', '--repo', tree.repo, '--path', 'nope', '--markdown'], env())).toBe(2);
    const md = stdout.join('');
    expect(md).toContain('### 📚 Zendesk Guide · dry run');
    expect(md).toContain('**❌ The run failed:** --path "nope": no such folder in the repository');
    expect(md).toContain('Nothing was sent to Zendesk: fix the setting and run again.');
  });
});
