/**
 * The committed bundles as users run them: the action's dist/index.js (as the runner runs it)
 * and the CLI's dist/cli/index.js refuse a Markdown link into .git/ — where actions/checkout
 * keeps the job's token — before writing anything, and the preview site holds no copy of it.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS_YML } from '../helpers/docs-tree.js';
import { filesUnder } from '../helpers/preview.js';
import { ACTION_NODE, ACTION_NODE_VERSION, ROOT, runAction } from '../helpers/run-action.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';

const exec = promisify(execFile);
const TOKEN = 'ghs_notarealtokenbutlookslikeone0123456789';
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');

async function workspace(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-dot-'));
  const files: Record<string, string> = {
    '.git/config': `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${BASIC}\n`,
    '.env': `SECRET=${TOKEN}\n`,
    'docs/_defaults.yml': DEFAULTS_YML,
    'docs/ok.md': '---\ntitle: Fine\n---\n\nNothing to see.\n',
    'docs/a.md': '---\ntitle: A\n---\n\nThe [config](../.git/config) and ![env](../.env).\n',
  };
  for (const [rel, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await fs.writeFile(path.join(dir, rel), text);
  }
  return dir;
}

const leaks = (text: string) => text.includes(TOKEN) || text.includes(BASIC);

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim?.close();
});

describe(`dot-paths in the bundles (Node ${ACTION_NODE_VERSION})`, () => {
  it('the action refuses a link into .git/ and to .env at file:line, and writes nothing', async () => {
    const dir = await workspace();
    sim.resetLog();
    const run = await runAction({
      workspace: dir,
      with: {
        'zendesk-url': sim.url,
        'zendesk-oauth-client-id': sim.credentials.oauthClientId,
        'zendesk-oauth-client-secret': sim.credentials.oauthClientSecret,
        mode: 'publish',
      },
    });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toMatch(/::error file=docs\/a\.md,line=5,col=5[^:]*::.*"\.\.\/\.git\/config" is inside \.git\//);
    expect(run.stdout).toMatch(/::error file=docs\/a\.md,line=5,col=\d+[^:]*::.*"\.\.\/\.env" is a dotfile or inside a dot-folder/);
    expect(sim.writes()).toEqual([]);
    expect(leaks(run.stdout + run.stderr + run.summary + JSON.stringify(sim.requests))).toBe(false);
  });

  it('the CLI bundle: validate names file:line, and preview copies nothing of .git or .env', async () => {
    const dir = await workspace();
    const bin = path.join(ROOT, 'dist/cli/index.js');
    const validate = await exec(ACTION_NODE, [bin, 'validate', '--repo', dir], { env: { PATH: process.env.PATH ?? '' } }).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(validate.stdout + validate.stderr).toContain('docs/a.md:5:5: "../.git/config" is inside .git/');
    expect('code' in validate ? validate.code : 0).toBe(1);

    const out = path.join(dir, 'zendesk-preview');
    const preview = await exec(ACTION_NODE, [bin, 'preview', '--repo', dir, '--out', out], { env: { PATH: process.env.PATH ?? '' } }).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect('code' in preview ? preview.code : 0).toBe(1);
    const files = await filesUnder(out);
    expect(files).toContain('hc/default/ok.html');
    expect(files.filter((f) => f.startsWith('files/'))).toEqual([]);
    const all = (await Promise.all(files.map((f) => fs.readFile(path.join(out, f), 'latin1')))).join('\n');
    expect(leaks(all)).toBe(false);
  });
});
