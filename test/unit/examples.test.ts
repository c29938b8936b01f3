import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLES = path.join(ROOT, 'examples/workflows');
const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');
const examples = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.yml'));
const MAJOR = (JSON.parse(read('package.json')) as { version: string }).version.split('.')[0];

/** Every `uses:` line of a workflow, as written (with its comment). */
const usesLines = (text: string) => text.split('\n').filter((l) => /^\s*(- )?uses: /.test(l));

describe('example workflows', () => {
  const withSecretsOnForks = examples.filter((f) =>
    Object.hasOwn((parse(read(`examples/workflows/${f}`)) as { on: object }).on, 'pull_request_target'),
  );

  it('the pull_request_target examples are known (the pin check below is not vacuous)', () => {
    expect(withSecretsOnForks).toEqual(['fork-preview.yml']);
  });

  it.each(withSecretsOnForks)('%s pins every action by full commit SHA, with the version in a comment', (file) => {
    const lines = usesLines(read(`examples/workflows/${file}`));
    expect(lines.length).toBeGreaterThan(0);
    // This action has no release to pin yet: its step names none and fails until one is put in
    // (workflows.test.ts holds a real pin to its release tag).
    for (const line of lines) {
      expect(line).toMatch(/uses: [\w.-]+\/[\w./-]+@([0-9a-f]{40}|PIN-THE-RELEASE-COMMIT-SHA) # v\d+(\.\d+){0,2}$/);
    }
  });

  it('every reference to this action or its reusable workflow uses the major version of package.json', () => {
    const files = [
      'README.md',
      'docs/github.md',
      'docs/cli.md',
      '.github/workflows/publish.yml',
      ...examples.map((f) => `examples/workflows/${f}`),
    ];
    const refs = files.flatMap((f) =>
      [...read(f).matchAll(/zendesk-guide-publisher\/zendesk-guide-publisher(?:\/[\w./-]+)?@(v[\d.]+)/g)].map((m) => `${f}: ${m[1]}`),
    );
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(ref).toMatch(new RegExp(`: v${MAJOR}(\\.\\d+){0,2}$`));
  });

  it('drift.yml runs mode: drift on a schedule and by hand, with the permission its issue needs and inputs action.yml has', () => {
    type Step = { uses?: string; with?: Record<string, unknown> };
    const wf = parse(read('examples/workflows/drift.yml')) as {
      on: { schedule?: { cron: string }[]; workflow_dispatch?: unknown };
      permissions: Record<string, string>;
      jobs: Record<string, { steps: Step[] }>;
    };
    expect(wf.on.schedule?.[0]?.cron).toMatch(/^[\d*/,-]+( [\d*/,-]+){4}$/);
    expect(Object.hasOwn(wf.on, 'workflow_dispatch')).toBe(true);
    expect(wf.permissions).toEqual({ contents: 'read', issues: 'write' });
    const step = Object.values(wf.jobs)
      .flatMap((j) => j.steps)
      .find((s) => s.uses?.startsWith('zendesk-guide-publisher/zendesk-guide-publisher@'));
    expect(step?.with).toMatchObject({ mode: 'drift', 'drift-issue': true });
    const inputs = Object.keys((parse(read('action.yml')) as { inputs: Record<string, unknown> }).inputs);
    for (const name of Object.keys(step!.with!)) expect(inputs, name).toContain(name);
  });
});

describe('the checkout token stays out of .git/config where a job pushes nothing', () => {
  type Step = { uses?: string; with?: Record<string, unknown> };
  type Workflow = { permissions?: Record<string, string>; jobs?: Record<string, { permissions?: Record<string, string>; steps?: Step[] }> };
  /** The examples, the reusable workflow and the README's YAML blocks that are workflows. */
  const workflows: [string, Workflow][] = [
    ...examples.map((f): [string, Workflow] => [`examples/workflows/${f}`, parse(read(`examples/workflows/${f}`)) as Workflow]),
    ['.github/workflows/publish.yml', parse(read('.github/workflows/publish.yml')) as Workflow],
    ...[...read('README.md').matchAll(/```yaml\n([\s\S]*?)```/g)]
      .filter((m) => /^jobs:/m.test(m[1]!))
      .map((m, i): [string, Workflow] => [`README.md workflow ${i + 1}`, parse(m[1]!) as Workflow]),
  ];
  const checkouts = workflows.flatMap(([name, wf]) =>
    Object.entries(wf.jobs ?? {}).flatMap(([job, j]) =>
      (j.steps ?? [])
        .filter((s) => s.uses?.startsWith('actions/checkout@'))
        .map((s) => ({ where: `${name}: ${job}`, step: s, pushes: (j.permissions ?? wf.permissions)?.contents === 'write' })),
    ),
  );

  it('finds the checkouts (the quick start among them)', () => {
    expect(checkouts.length).toBeGreaterThanOrEqual(8);
    expect(checkouts.some((c) => c.where.startsWith('README.md'))).toBe(true);
  });

  it('sets persist-credentials: false on every checkout of a job that cannot push', () => {
    const readOnly = checkouts.filter((c) => !c.pushes);
    expect(readOnly.length).toBeGreaterThanOrEqual(7);
    for (const c of readOnly) expect(c.step.with?.['persist-credentials'], c.where).toBe(false);
  });
});
