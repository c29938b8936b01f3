// Permission groups and user segments are for Help Center managers (the fact sheet's Rights;
// the simulator answers a plain agent 403, see zendesk-sim/media.test.ts). With such
// credentials the run says which right is missing and which names it could not resolve; ids work.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import { DocsTree, publish } from '../helpers/docs-tree.js';

let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator();
  sim.store.users.find((u) => u.email === sim.credentials.email)!.role = 'agent';
});
afterEach(async () => {
  await sim.close();
});

it('names the missing right and each name it could not resolve, at its line; nothing is written', async () => {
  const t = await DocsTree.create({
    'docs/a.md': '---\ntitle: A\nsection: Installation\npermission_group: Agents\nuser_segment: Signed-in users\n---\nA.\n',
  });
  const run = await publish(sim, t);
  const errors = run.report.diagnostics.filter((d) => d.severity === 'error');
  expect(errors).toEqual([
    expect.objectContaining({
      file: 'docs/a.md',
      line: 4,
      message: expect.stringMatching(
        /permission group "Agents" could not be resolved: .*permission_groups answered 403.*Help Center manager/,
      ),
    }),
    expect.objectContaining({
      file: 'docs/a.md',
      line: 5,
      message: expect.stringMatching(/user segment "Signed-in users" could not be resolved: .*user_segments answered 403/),
    }),
  ]);
  expect(run.log.join('\n')).toContain('lack the Help Center manager right');
  expect(sim.writes()).toEqual([]);
});

it('ids keep working', async () => {
  const t = await DocsTree.create({
    'docs/a.md': '---\ntitle: A\nsection: Installation\npermission_group: 360000300001\nuser_segment: 360000400001\n---\nA.\n',
    'docs/b.md': '---\ntitle: B\nsection: Installation\npermission_group: 360000300001\nuser_segment: everyone\n---\nB.\n',
  });
  const run = await publish(sim, t);
  expect(run.report.counts).toMatchObject({ created: 2, failed: 0 });
  sim.resetLog();
  expect((await publish(sim, t)).report.counts).toMatchObject({ unchanged: 2 });
});
