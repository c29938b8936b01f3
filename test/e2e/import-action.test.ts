import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import { seedHandMadeHelpCenter } from '../helpers/guide-seed.js';
import { ACTION_NODE_VERSION, runAction, withoutMaskCommands } from '../helpers/run-action.js';

/** `mode: import` of the committed dist/index.js, as the runner runs it, then publishing the result back. */
describe(`mode: import as the runner runs it (Node ${ACTION_NODE_VERSION})`, () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator();
    seedHandMadeHelpCenter(sim, 14);
  });
  afterAll(async () => {
    await sim?.close();
  });
  const inputs = () => ({
    'zendesk-url': sim.url,
    'zendesk-oauth-client-id': sim.credentials.oauthClientId,
    'zendesk-oauth-client-secret': sim.credentials.oauthClientSecret,
  });

  it('writes the help center into the workspace, then only what changed; publishing it back writes nothing', async () => {
    const workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-import-ws-'));
    const first = await runAction({ with: { ...inputs(), mode: 'import' }, workspace });
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs).toMatchObject({ imported: '16', conflicts: '[]' });
    expect(first.summary).toContain('Zendesk Guide import');
    expect(withoutMaskCommands(first.stdout)).not.toContain(sim.credentials.oauthClientSecret);
    const record = JSON.parse(await fs.readFile(path.join(workspace, 'docs/.zendesk-import.json'), 'utf8')) as { complete: boolean };
    expect(record.complete).toBe(true);

    // The next scheduled run brings only what changed in Guide since.
    sim.resetLog();
    const second = await runAction({ with: { ...inputs(), mode: 'import' }, workspace });
    expect(second.code, second.stdout).toBe(0);
    expect(second.stdout).toContain('since the last import');
    expect(second.outputs.imported).toBe('0');

    sim.resetLog();
    const publish = await runAction({ with: { ...inputs(), mode: 'publish', 'on-drift': 'fail' }, workspace });
    expect(publish.code, publish.stdout).toBe(0);
    expect(publish.outputs).toMatchObject({ created: '0', updated: '0', unchanged: '16', failed: '0' });
    expect(sim.writes()).toEqual([]);
  });
});
