import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseOutputFile, ROOT } from '../helpers/run-action.js';

/*
 * `npm run sim` as people and CI use it: a child process whose `export` lines are pasted into a
 * shell (README) or appended to $GITHUB_ENV (ci.yml), then the CLI or the action pointed at it.
 */

// What a shell in a fresh terminal has: nothing of this test run's Zendesk, npm or action settings.
const SHELL_ENV: Record<string, string> = Object.fromEntries(
  Object.entries(process.env).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && !/^(ZENDESK_|npm_|INPUT_)/i.test(entry[0]),
  ),
);

// `npm run sim` is `tsx test/zendesk-sim/cli.ts`; called directly where the README's exact
// command is not the point, since npm takes over a second to pass a SIGTERM on and exit.
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

const started: ChildProcess[] = [];

/** Starts a command in its own process group (npm → sh → tsx → node), so stop() ends all of it. */
function start(command: string[], env: Record<string, string> = SHELL_ENV): { child: ChildProcess; output: () => string } {
  const [file, ...args] = command;
  const child = spawn(file!, args, { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return { child, output: () => output };
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the whole group, SIGKILL if anything is left after 5 s. */
async function stop(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || !groupAlive(pid)) return;
  process.kill(-pid, 'SIGTERM');
  for (const deadline = Date.now() + 5000; Date.now() < deadline && groupAlive(pid);) await new Promise((r) => setTimeout(r, 50));
  if (groupAlive(pid)) process.kill(-pid, 'SIGKILL');
}

afterEach(async () => {
  await Promise.all(started.splice(0).map(stop));
});

async function waitForOutput(run: ReturnType<typeof start>, pattern: RegExp, ms = 30_000): Promise<string> {
  for (const deadline = Date.now() + ms; Date.now() < deadline;) {
    if (pattern.test(run.output())) return run.output();
    if (run.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no ${pattern} from ${run.child.spawnargs.join(' ')}:\n${run.output()}`);
}

async function runToEnd(command: string[], env: Record<string, string>, ms = 60_000): Promise<{ code: number | null; output: string }> {
  const run = start(command, env);
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command.join(' ')} still running after ${ms} ms:\n${run.output()}`)), ms);
    run.child.on('close', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  return { code, output: run.output() };
}

/**
 * What pasting the output's `export NAME=value ...` lines into a shell sets. Only words a shell
 * takes literally are accepted (no quotes, `$`, spaces, globs): anything else throws, because the
 * shell and CI's `sed 's/^export //' >> $GITHUB_ENV` would then read different values.
 */
function pasteExports(output: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of output.split('\n')) {
    if (!line.startsWith('export ')) continue;
    for (const word of line.slice('export '.length).trim().split(/\s+/)) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=([A-Za-z0-9_@%+=:,./-]*)$/.exec(word);
      if (!m) throw new Error(`not safe to paste into a shell as it is: ${line}`);
      env[m[1]!] = m[2]!;
    }
  }
  return env;
}

/** A command line from the README, split as a shell splits one without quotes or expansions. */
function words(line: string): string[] {
  const command = line.replace(/\s+#.*$/, '').trim();
  if (!/^[A-Za-z0-9_@%+=:,./ -]+$/.test(command)) throw new Error(`the test cannot split this README command: ${line}`);
  return command.split(/ +/);
}

/** The README's simulator flow: the `sh` block after "`npm run sim` starts ...": the simulator, then what is run after pasting. */
async function readmeSimulatorFlow(): Promise<{ sim: string[]; after: string[][] }> {
  const readme = await fs.readFile(path.join(ROOT, 'README.md'), 'utf8');
  const block = /^`npm run sim` starts [\s\S]*?^```sh\n([\s\S]*?)^```/m.exec(readme)?.[1];
  if (!block) throw new Error('README.md has no simulator flow ("`npm run sim` starts ..." and a sh block)');
  const [sim, ...after] = block
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'))
    .map(words);
  return { sim: sim!, after };
}

const state = async (url: string) => (await (await fetch(`${url}/__sim/state`)).json()) as { articles: { archived: boolean }[] };
/** Live articles: the publish lease's claim is archived when the publish ends. */
const live = async (url: string) => (await state(url)).articles.filter((a) => !a.archived).length;

describe('npm run sim', () => {
  it('works as the README says: paste its export lines, then init, plan, publish and publish again in a new folder', async () => {
    const flow = await readmeSimulatorFlow();
    expect(flow.sim.slice(0, 3)).toEqual(['npm', 'run', 'sim']);
    expect(flow.after.length).toBeGreaterThan(0);

    const sim = start(flow.sim);
    const exported = pasteExports(await waitForOutput(sim, /^export ZENDESK_URL=/m));
    // One auth method only: with two, the CLI stops with "more than one Zendesk auth method is set".
    expect(Object.keys(exported).sort()).toEqual(['ZENDESK_OAUTH_CLIENT_ID', 'ZENDESK_OAUTH_CLIENT_SECRET', 'ZENDESK_URL']);
    const url = exported.ZENDESK_URL!;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const before = await live(url);

    // The README's folder, made a fresh one here: its commands run as written otherwise.
    const folder = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-first-hour-')), 'my-help');
    const outputs: string[] = [];
    for (const command of flow.after) {
      const run = await runToEnd(
        command.map((w) => (w === '../my-help' ? folder : w)),
        { ...SHELL_ENV, ...exported },
      );
      expect(run.code, `${command.join(' ')}\n${run.output}`).toBe(0);
      outputs.push(run.output);
    }
    expect(flow.after.map((c) => c.slice(0, 5).join(' '))).toEqual([
      `mkdir ../my-help`,
      'npm run cli -- init',
      'npm run cli -- plan',
      'npm run cli -- publish',
      'npm run cli -- publish',
    ]);
    expect(outputs[2]).toContain('Dry run: 2 to create, 0 to update, 0 unchanged.');
    expect(outputs[3]).toContain('Published: 2 created, 0 updated, 0 unchanged.');
    expect(outputs[4]).toContain('Published: 0 created, 0 updated, 2 unchanged.');
    // The two starter articles, and the tool's state record (a draft) beside them.
    expect((await live(url)) - before).toBe(3);
    // Five commands, each starting npm and tsx.
  }, 180_000);

  it.each([
    ['oauth-token', ['ZENDESK_OAUTH_TOKEN'], (e: Record<string, string>) => `Bearer ${e.ZENDESK_OAUTH_TOKEN}`, 'bearer'],
    [
      'api-token',
      ['ZENDESK_API_TOKEN', 'ZENDESK_EMAIL'],
      (e: Record<string, string>) => `Basic ${Buffer.from(`${e.ZENDESK_EMAIL}/token:${e.ZENDESK_API_TOKEN}`).toString('base64')}`,
      'basic',
    ],
  ])('--auth %s prints that method alone, and its credentials work', async (kind, names, header, authKind) => {
    const sim = start([TSX, 'test/zendesk-sim/cli.ts', '--auth', kind]);
    const exported = pasteExports(await waitForOutput(sim, /^export ZENDESK_URL=/m));
    expect(Object.keys(exported).sort()).toEqual([...names, 'ZENDESK_URL']);
    const url = exported.ZENDESK_URL!;
    const res = await fetch(`${url}/api/v2/help_center/locales`, { headers: { authorization: header(exported) } });
    expect(res.status).toBe(200);
    const log = (await (await fetch(`${url}/__sim/requests`)).json()) as { auth: string }[];
    expect(log.at(-1)?.auth).toBe(authKind);
  });

  it('--help names every --auth choice and the default; an unknown one exits 2', async () => {
    const help = await runToEnd([TSX, 'test/zendesk-sim/cli.ts', '--help'], SHELL_ENV);
    expect(help.code).toBe(0);
    expect(help.output).toContain('--auth oauth-client|oauth-token|api-token');
    expect(help.output).toMatch(/--auth oauth-client .*\(the default\)/);
    expect(help.output).toMatch(/--auth oauth-token .*ZENDESK_OAUTH_TOKEN/);
    expect(help.output).toMatch(/--auth api-token .*ZENDESK_EMAIL and ZENDESK_API_TOKEN/);
    const bad = await runToEnd([TSX, 'test/zendesk-sim/cli.ts', '--auth', 'password'], SHELL_ENV);
    expect(bad.code).toBe(2);
    expect(bad.output).toContain('--auth must be oauth-client, oauth-token or api-token (got "password")');
  });

  it("gives CI's action job, through $GITHUB_ENV as ci.yml writes it, every env value its steps use, and they work", async () => {
    const workflow = parse(await fs.readFile(path.join(ROOT, '.github/workflows/ci.yml'), 'utf8')) as {
      jobs: Record<string, { steps: { name?: string; run?: string; with?: Record<string, unknown> }[] }>;
    };
    const steps = workflow.jobs.action!.steps;
    const simStep = steps.findIndex((s) => s.run?.includes('npm run --silent sim'));
    expect(simStep).toBeGreaterThan(-1);

    // The step's own script, in bash as on the runner; its background simulator stays in the
    // script's process group, which stop() ends.
    const runnerTemp = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-runner-'));
    const githubEnv = path.join(runnerTemp, 'github-env');
    await fs.writeFile(githubEnv, '');
    const script = await runToEnd(
      ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c', steps[simStep]!.run!],
      { ...SHELL_ENV, RUNNER_TEMP: runnerTemp, GITHUB_ENV: githubEnv },
      90_000,
    );
    expect(script.code, script.output).toBe(0);
    const env = parseOutputFile(await fs.readFile(githubEnv, 'utf8'));

    const used = new Set(
      steps
        .slice(simStep + 1)
        .flatMap((s) => Object.values(s.with ?? {}))
        .flatMap((v) => [...String(v).matchAll(/\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g)].map((m) => m[1]!)),
    );
    expect([...used].sort()).toEqual(['ZENDESK_OAUTH_CLIENT_ID', 'ZENDESK_OAUTH_CLIENT_SECRET', 'ZENDESK_URL']);
    for (const name of used) expect(env[name], name).toBeTruthy();

    const token = await fetch(`${env.ZENDESK_URL}/oauth/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'client_credentials',
        client_id: env.ZENDESK_OAUTH_CLIENT_ID,
        client_secret: env.ZENDESK_OAUTH_CLIENT_SECRET,
        scope: 'read write',
      }),
    });
    expect(token.status).toBe(200);
    expect(((await token.json()) as { access_token?: string }).access_token).toBeTruthy();
  });
});
