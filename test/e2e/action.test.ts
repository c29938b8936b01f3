import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import { isLeaseWrite, isStateWrite } from '../helpers/docs-tree.js';
import { ACTION_NODE_VERSION, ROOT, runAction, withoutMaskCommands } from '../helpers/run-action.js';

/** The committed dist/index.js, run as the runner runs it, against the simulator over HTTP. */
describe(`dist/index.js as the runner runs it (Node ${ACTION_NODE_VERSION})`, () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(async () => {
    await sim?.close();
  });

  // A workflow's `with:`; every other input takes its action.yml default, as on the runner.
  const inputs = () => ({
    'zendesk-url': sim.url,
    'zendesk-oauth-client-id': sim.credentials.oauthClientId,
    'zendesk-oauth-client-secret': sim.credentials.oauthClientSecret,
  });

  it('creates every article on the first run and changes nothing on the second', async () => {
    const first = await runAction({ with: inputs(), workspace: path.join(ROOT, 'examples') });
    expect(first.stderr).toBe('');
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs).toMatchObject({ created: '7', updated: '0', unchanged: '0', archived: '0', failed: '0' });
    expect(first.outputs['report-path']).toMatch(/report\.json$/);
    expect(first.summary).toContain('Published: 7 created');
    const creates = sim.writes().filter((w) => w.method === 'POST' && /\/sections\/\d+\/articles$/.test(w.path));
    // Seven articles, and the state record the first publish creates beside them.
    expect(creates.filter((w) => !isStateWrite(w) && !isLeaseWrite(sim)(w))).toHaveLength(7);
    expect(creates.filter(isStateWrite)).toHaveLength(1);
    // The translation travels in the create request, not as a separate call.
    expect(sim.writes().filter((w) => /\/translations$/.test(w.path))).toHaveLength(0);
    // Secrets never reach the log.
    expect(withoutMaskCommands(first.stdout)).not.toContain(sim.credentials.oauthClientSecret);

    sim.resetLog();
    const second = await runAction({ with: inputs(), workspace: path.join(ROOT, 'examples') });
    expect(second.code, second.stdout).toBe(0);
    expect(second.outputs).toMatchObject({ created: '0', updated: '0', unchanged: '7', failed: '0' });
    expect(sim.writes()).toEqual([]);
  });

  it('reports new ids as an output and writes them back on request', async () => {
    const fresh = await startSimulator();
    const workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-ws-'));
    await fs.cp(path.join(ROOT, 'examples'), workspace, { recursive: true });
    try {
      const run = await runAction({
        with: { ...inputs(), 'zendesk-url': fresh.url, 'write-back-ids': 'true' },
        workspace,
      });
      expect(run.code, run.stdout).toBe(0);
      const ids = JSON.parse(run.outputs['new-ids']!) as Record<string, number>;
      expect(Object.keys(ids)).toHaveLength(7);
      const text = await fs.readFile(path.join(workspace, 'docs/billing/refunds.md'), 'utf8');
      expect(text).toMatch(new RegExp(`^---\\nid: ${ids['docs/billing/refunds.md']}\\n`));
    } finally {
      await fresh.close();
      await fs.rm(workspace, { recursive: true, force: true });
    }
  });

  it('the create-sections input does what create_sections: true in the config file does', async () => {
    const fresh = await startSimulator();
    try {
      const workspace = path.join(ROOT, 'examples');
      // Off (the example's config leaves it off): troubleshooting/_section.yml only places its article.
      const off = await runAction({ with: { ...inputs(), 'zendesk-url': fresh.url }, workspace });
      expect(off.code, off.stdout).toBe(0);
      expect(fresh.writes().filter((w) => /\/(sections|categories)\/\d+(\/translations(\/[\w-]+)?)?$/.test(w.path))).toEqual([]);
      expect(off.summary).not.toContain('Sections and categories');

      // On: the section it describes is brought in step (its description and French name) before the articles.
      fresh.resetLog();
      const on = await runAction({ with: { ...inputs(), 'zendesk-url': fresh.url, 'create-sections': 'true' }, workspace });
      expect(on.code, on.stdout).toBe(0);
      expect(on.summary).toContain(
        '- updated section Known issues: description, translation added (fr) · `docs/troubleshooting/_section.yml`',
      );
      const sectionWrites = fresh.writes().filter((w) => w.path.includes('/sections/360000200005'));
      expect(sectionWrites.length).toBeGreaterThan(0);
      expect(fresh.writes().filter((w) => !sectionWrites.includes(w) && !isStateWrite(w) && !isLeaseWrite(fresh)(w))).toEqual([]);

      fresh.resetLog();
      const again = await runAction({ with: { ...inputs(), 'zendesk-url': fresh.url, 'create-sections': 'true' }, workspace });
      expect(again.code, again.stdout).toBe(0);
      expect(fresh.writes()).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('fails with a clear message and writes nothing when credentials are wrong', async () => {
    sim.resetLog();
    const run = await runAction({
      with: { ...inputs(), 'zendesk-oauth-client-secret': 'wrong-secret-value' },
      workspace: path.join(ROOT, 'examples'),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*401/);
    expect(withoutMaskCommands(run.stdout)).not.toContain('wrong-secret-value');
    expect(sim.writes()).toEqual([]);
    // The run still writes its JSON report, with the error in it, and sets the outputs.
    expect(run.outputs).toMatchObject({ created: '0', updated: '0', unchanged: '0', archived: '0', failed: '0', blocked: 'true' });
    const json = JSON.parse(await fs.readFile(run.outputs['report-path']!, 'utf8'));
    expect(json).toMatchObject({ version: 1, mode: 'publish', blocked: true, error: { kind: 'remote' }, zendeskUrl: sim.url, rows: [] });
    expect(json.error.message).toMatch(/401/);
    expect(JSON.stringify(json)).not.toContain('wrong-secret-value');
    expect(run.summary).toContain('**❌ The run failed:**');
  });

  it('a run blocked by an error counts, in its outputs, what its report lists', async () => {
    const fresh = await startSimulator();
    const workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-ws-'));
    await fs.cp(path.join(ROOT, 'examples'), workspace, { recursive: true });
    try {
      const first = await runAction({ with: { ...inputs(), 'zendesk-url': fresh.url }, workspace });
      expect(first.code, first.stdout).toBe(0);
      expect(first.outputs.blocked).toBe('false');
      // A colleague edits one article in Guide; the repo gains a new file; on-drift is fail.
      const refunds = (JSON.parse(first.outputs['new-ids']!) as Record<string, number>)['docs/billing/refunds.md']!;
      fresh.store.editTranslationDirect(refunds, 'en-us', { title: 'Refunds (edited in Guide)' });
      await fs.writeFile(path.join(workspace, 'docs/billing/new-page.md'), '---\ntitle: A new page\n---\n\nBody.\n');
      fresh.resetLog();

      const run = await runAction({ with: { ...inputs(), 'zendesk-url': fresh.url, 'on-drift': 'fail' }, workspace });
      expect(run.code).toBe(1);
      expect(fresh.writes()).toEqual([]);
      expect(run.outputs).toMatchObject({ created: '1', updated: '0', unchanged: '6', archived: '0', failed: '1', blocked: 'true' });
      const json = JSON.parse(await fs.readFile(run.outputs['report-path']!, 'utf8'));
      expect(json).toMatchObject({
        blocked: true,
        planned: true,
        onDrift: 'fail',
        counts: { created: 1, updated: 0, unchanged: 6, archived: 0, failed: 1 },
      });
      expect(json.error).toBeUndefined();
      expect(run.summary).toContain(
        '**❌ Nothing was published: 1 error in the docs must be fixed first. Planned: 1 to create, 0 to update, 6 unchanged, 1 edited in Guide, 1 with errors.**',
      );
      expect(run.summary.match(/^\| 🆕 create \|/gm)).toHaveLength(1);
      expect(run.summary.match(/^\| ✅ unchanged \|/gm)).toHaveLength(6);
      expect(run.summary.match(/^\| ❌ error \|/gm)).toHaveLength(1);
      // The log names the policy in force, not the default.
      expect(run.stdout).toContain('edited in Guide (en-us); stopped the publish (on-drift: fail)');
      expect(run.stdout).not.toContain('overwritten');
    } finally {
      await fresh.close();
      await fs.rm(workspace, { recursive: true, force: true });
    }
  });

  it('a docs folder that does not exist fails before any request, naming the path input', async () => {
    sim.resetLog();
    const workspace = path.join(ROOT, 'examples');
    const run = await runAction({ with: { ...inputs(), path: 'nope' }, workspace });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error::path "nope": no such folder in the repository (${workspace})`);
    expect(sim.requests).toEqual([]);
    expect(run.outputs).toMatchObject({ created: '0', failed: '0', blocked: 'true' });
    const json = JSON.parse(await fs.readFile(run.outputs['report-path']!, 'utf8'));
    expect(json).toMatchObject({
      mode: 'publish',
      error: { kind: 'settings', message: `path "nope": no such folder in the repository (${workspace})` },
    });
    expect(run.summary).toContain('### 📚 Zendesk Guide · publish · `nope`');
    expect(run.summary).toContain('Nothing was sent to Zendesk: fix the setting and run again.');
  });
});
