import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readActionMetadata, runnerInputEnv } from './action-metadata.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The Node that runs dist/index.js: `ZGP_TEST_NODE` when set, else the one running the tests.
 * The runner runs the action on the `runs.using` version (node24), newer than the Node 20 the
 * tests run on; .ci/run runs the e2e tests once more with ZGP_TEST_NODE pointing at a Node 24.
 */
export const ACTION_NODE = process.env.ZGP_TEST_NODE || process.execPath;
/** e.g. `v24.1.0`; in the e2e tests' names, so each run's log says which Node ran the action. */
export const ACTION_NODE_VERSION = execFileSync(ACTION_NODE, ['--version'], { encoding: 'utf8' }).trim();

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Reads the runner's `GITHUB_OUTPUT` file format (`name<<DELIM ... DELIM`). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const [, name, delim] = m;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const [name, ...rest] = lines[i]!.split('=');
      out[name!] = rest.join('=');
    }
  }
  return out;
}

/**
 * Runs the committed `dist/index.js` the way the runner does: the step's `with:` inputs, every
 * other input at its default from action.yml (parsed strictly, as the runner would refuse a
 * broken file), all as `INPUT_<NAME>`; `GITHUB_*` variables, and the output and summary files.
 */
export async function runAction(options: {
  /** What the workflow step's `with:` gives; nothing that only restates a default. */
  with?: Record<string, string>;
  workspace: string;
  /** The runner's `${{ github.token }}`, which the `github-token` input defaults to. */
  githubToken?: string;
  env?: Record<string, string>;
  /** Where the action's files are, as the runner checked them out; this repository by default. */
  actionDir?: string;
}): Promise<ActionRun> {
  const inputs = runnerInputEnv(readActionMetadata(), options.with ?? {}, { githubToken: options.githubToken });
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-action-'));
  const outputFile = path.join(tmp, 'output');
  const summaryFile = path.join(tmp, 'summary');
  await fs.writeFile(outputFile, '');
  await fs.writeFile(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'acme/docs',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: tmp,
    ...options.env,
    ...inputs,
  };
  const child = spawn(ACTION_NODE, [path.join(options.actionDir ?? ROOT, 'dist/index.js')], { env, cwd: options.workspace });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(await fs.readFile(outputFile, 'utf8')),
    summary: await fs.readFile(summaryFile, 'utf8'),
  };
}

/** The runner consumes `::add-mask::` lines (they must carry the value); everything else is log. */
export function withoutMaskCommands(stdout: string): string {
  return stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}
