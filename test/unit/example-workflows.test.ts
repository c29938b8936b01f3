/**
 * The example workflows and the README's quick start: every job that may publish serialises
 * per repository and docs root. Per ref (`github.ref`) is not enough: a push to main and a run
 * on a tag, or a re-run beside a push, would write into one help center at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = path.join(ROOT, 'examples/workflows');

interface Job {
  uses?: string;
  concurrency?: { group?: string };
  steps?: { uses?: string; with?: Record<string, string> }[];
  with?: Record<string, string>;
}
interface Workflow {
  concurrency?: { group?: string };
  jobs: Record<string, Job>;
}

/** Whether a job runs the action or the reusable workflow in a mode that may publish. */
function publishes(job: Job): boolean {
  const calls = [...(job.uses ? [{ uses: job.uses, with: job.with }] : []), ...(job.steps ?? [])];
  return calls.some(
    (c) =>
      c.uses?.startsWith('zendesk-guide-publisher/zendesk-guide-publisher') &&
      !['dry-run', 'drift', 'import'].includes(c.with?.mode ?? 'auto'),
  );
}

function groupsOf(name: string, wf: Workflow): string[] {
  return Object.values(wf.jobs)
    .filter(publishes)
    .map((job) => {
      const group = job.concurrency?.group ?? wf.concurrency?.group;
      expect(group, `${name}: a publishing job without a concurrency group`).toBeDefined();
      return group!;
    });
}

const workflows: [string, Workflow][] = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.yml'))
  .map((f) => [f, parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as Workflow]);
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const quickStart = /```yaml\n(# \.github\/workflows\/help-center\.yml[\s\S]*?)```/.exec(readme)?.[1];

it('every publishing job serialises per repository and docs root, never per ref', () => {
  expect(quickStart, 'the README quick start workflow').toBeDefined();
  const all = [...workflows, ['README quick start', parse(quickStart!) as Workflow] as [string, Workflow]];
  let checked = 0;
  for (const [name, wf] of all) {
    for (const group of groupsOf(name, wf)) {
      checked++;
      // Publishes are grouped by the repository and the docs root; a preview may still be per ref.
      const publishGroup = group.includes("'pull_request'") ? (/\|\|\s*(.*)\}\}\s*$/.exec(group)?.[1] ?? '') : group;
      expect(publishGroup, name).toContain('github.repository');
      expect(publishGroup, name).toMatch(/docs|matrix\.path/);
      expect(publishGroup, name).not.toContain('github.ref');
    }
  }
  expect(checked).toBeGreaterThanOrEqual(5);
});
