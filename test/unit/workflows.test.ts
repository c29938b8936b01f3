/**
 * Every workflow file, the examples included, read with a YAML parser: each `uses:` of this
 * action or its reusable workflow and each `npx` of its CLI at package.json's major version, SHA
 * pins only at a release tag that exists; and the reusable workflow held to action.yml.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readActionMetadata } from '../helpers/action-metadata.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NAME = 'zendesk-guide-publisher';
const ACTION = `${NAME}/${NAME}`;
const MAJOR = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version.split('.')[0]!;
/** What an example pins until a release exists: a step that fails until someone puts in a real commit. */
const NO_RELEASE_YET = 'PIN-THE-RELEASE-COMMIT-SHA';

const FILES = ['.github/workflows', 'examples/workflows'].flatMap((dir) =>
  fs
    .readdirSync(path.join(ROOT, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => `${dir}/${f}`),
);

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  uses?: string;
  env?: Record<string, string>;
  steps?: Step[];
  outputs?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

/** Strict: a duplicate key or any YAML warning fails, as the runner would reject or misread it. */
function load(rel: string): { text: string; workflow: Workflow } {
  const text = fs.readFileSync(path.join(ROOT, rel), 'utf8');
  const doc = parseDocument(text, { uniqueKeys: true, strict: true, prettyErrors: true });
  expect(
    [...doc.errors, ...doc.warnings].map((e) => e.message),
    rel,
  ).toEqual([]);
  return { text, workflow: doc.toJS() as Workflow };
}

/** Each `uses:` of this action or its reusable workflow, with the comment on its line. */
function ownUses(rel: string): { ref: string; comment: string | undefined }[] {
  const { text, workflow } = load(rel);
  const uses = Object.values(workflow.jobs).flatMap((job) => [job.uses, ...(job.steps ?? []).map((s) => s.uses)]);
  return uses
    .filter((u): u is string => typeof u === 'string' && (u.startsWith(`${ACTION}@`) || u.startsWith(`${ACTION}/`)))
    .map((u) => {
      const line = text.split('\n').find((l) => l.includes(`uses: ${u}`));
      return { ref: u.slice(u.indexOf('@') + 1), comment: /#\s*(\S+)\s*$/.exec(line ?? '')?.[1] };
    });
}

/** The commit a tag names in this clone, or undefined when there is no such tag. */
function tagCommit(tag: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '-q', '--verify', `refs/tags/${tag}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

describe('every workflow file', () => {
  it('the list is not empty: the reusable workflow and the examples are in it', () => {
    expect(FILES).toContain('.github/workflows/publish.yml');
    expect(FILES).toContain('examples/workflows/pull-request-preview.yml');
    expect(FILES.filter((f) => ownUses(f).length > 0).length).toBeGreaterThan(5);
  });

  it.each(FILES)("%s: this action at package.json's major; a SHA pin only at a release tag that exists", (rel) => {
    for (const { ref, comment } of ownUses(rel)) {
      if (/^[0-9a-f]{40}$/.test(ref)) {
        // A pin says which release it is, and that release's tag names this very commit.
        expect(comment, `${rel}: ${ref}`).toMatch(new RegExp(`^v${MAJOR}(\\.\\d+){0,2}$`));
        expect(tagCommit(comment!), `${rel}: ${ref} is not the commit of ${comment}`).toBe(ref);
      } else if (ref === NO_RELEASE_YET) {
        expect(comment, rel).toBe(`v${MAJOR}`);
      } else {
        expect(ref, rel).toMatch(new RegExp(`^v${MAJOR}(\\.\\d+){0,2}$`));
      }
    }
  });

  it.each(FILES)("%s: every npx of the CLI names package.json's major", (rel) => {
    const { workflow } = load(rel);
    const runs = Object.values(workflow.jobs).flatMap((job) => (job.steps ?? []).map((s) => s.run ?? ''));
    for (const run of runs) {
      for (const m of run.matchAll(new RegExp(`npx\\s+(?:--\\S+\\s+)*${NAME}(@\\S+)?`, 'g'))) {
        expect(m[1], `${rel}: ${m[0]}`).toBe(`@${MAJOR}`);
      }
    }
  });
});

describe('the reusable workflow', () => {
  const { workflow } = load('.github/workflows/publish.yml');
  const call = workflow.on.workflow_call as {
    inputs: Record<string, { type: string; default?: unknown }>;
    secrets: Record<string, unknown>;
    outputs: Record<string, { value: string }>;
  };
  const job = workflow.jobs.publish!;
  const actionSteps = (job.steps ?? []).filter((s) => s.uses?.startsWith(`${ACTION}@`));
  const action = readActionMetadata();
  const inputs = action.inputs ?? {};
  // Credentials come in as secrets (named like the repository secrets); the job's own token is
  // the caller's, so github-token would add nothing.
  const AS_SECRET: Record<string, string> = {
    'zendesk-oauth-client-id': 'ZENDESK_OAUTH_CLIENT_ID',
    'zendesk-oauth-client-secret': 'ZENDESK_OAUTH_CLIENT_SECRET',
    'zendesk-oauth-token': 'ZENDESK_OAUTH_TOKEN',
    'zendesk-email': 'ZENDESK_EMAIL',
    'zendesk-api-token': 'ZENDESK_API_TOKEN',
  };
  const NOT_OFFERED = ['github-token'];
  const offered = Object.keys(inputs).filter((n) => !Object.hasOwn(AS_SECRET, n) && !NOT_OFFERED.includes(n));

  it("offers every input of action.yml that means something in a workflow, with the action's default", () => {
    expect(Object.keys(call.inputs).sort()).toEqual([...offered, 'runs-on'].sort());
    for (const name of offered) {
      const declared = inputs[name]!.default;
      const input = call.inputs[name]!;
      const type = declared === 'true' || declared === 'false' ? 'boolean' : /^\d+$/.test(declared ?? '') ? 'number' : 'string';
      expect(input.type, name).toBe(type);
      expect(input.default === undefined ? '' : String(input.default as string | number | boolean), name).toBe(declared ?? '');
    }
    expect(Object.keys(call.secrets).sort()).toEqual(Object.values(AS_SECRET).sort());
  });

  it('each step that runs the action passes every input under its own name', () => {
    expect(actionSteps).toHaveLength(2);
    for (const step of actionSteps) {
      for (const name of offered) expect(step.with?.[name], `${step.id}: ${name}`).toBe(`\${{ inputs.${name} }}`);
    }
  });

  it('legacy auth only from a step whose `if:` needs it: an OAuth caller meets no deprecated input', () => {
    const deprecated = Object.entries(inputs)
      .filter(([, i]) => i.deprecationMessage)
      .map(([n]) => n);
    expect(deprecated.sort()).toEqual(['zendesk-api-token', 'zendesk-email']);
    // The job's flag is made from exactly the secrets behind the deprecated inputs.
    expect(job.env?.LEGACY_AUTH).toBe("${{ secrets.ZENDESK_EMAIL != '' || secrets.ZENDESK_API_TOKEN != '' }}");
    const [oauth, legacy] = [actionSteps.find((s) => s.id === 'publish')!, actionSteps.find((s) => s.id === 'publish-legacy')!];
    expect(oauth.if).toBe("env.LEGACY_AUTH != 'true'");
    expect(legacy.if).toBe("env.LEGACY_AUTH == 'true'");
    for (const name of deprecated) {
      expect(Object.keys(oauth.with ?? {})).not.toContain(name);
      expect(legacy.with?.[name]).toBe(`\${{ secrets.${AS_SECRET[name]} }}`);
    }
    for (const [name, secret] of Object.entries(AS_SECRET)) {
      if (!deprecated.includes(name)) for (const step of actionSteps) expect(step.with?.[name]).toBe(`\${{ secrets.${secret} }}`);
    }
    // Nothing else differs between the two.
    const rest = (s: Step) => Object.entries(s.with ?? {}).filter(([n]) => !deprecated.includes(n));
    expect(rest(legacy)).toEqual(rest(oauth));
  });

  it("offers the action's outputs that mean something to a caller, from whichever step ran", () => {
    // A path in the called job's workspace, and the import's, which this workflow refuses.
    const local = ['report-path', 'imported', 'conflicts'];
    const wanted = Object.keys(action.outputs ?? {}).filter((o) => !local.includes(o));
    expect(Object.keys(call.outputs).sort()).toEqual(wanted.sort());
    for (const name of wanted) {
      expect(call.outputs[name]!.value).toBe(`\${{ jobs.publish.outputs.${name} }}`);
      expect(job.outputs?.[name]).toBe(`\${{ steps.publish.outputs.${name} || steps.publish-legacy.outputs.${name} }}`);
    }
  });
});
