/**
 * The CLI's commands as a user types them (`main()` with argv and an environment): each
 * command's help, --version, usage errors that exit 2 with one line and a hint before any
 * request, validate offline, --json - on standard output, --provenance, init, and the mapping
 * from the action's inputs to flags.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildProgram, COMMANDS, main } from '../../src/cli/main.js';
import type { Report } from '../../src/report/model.js';
import { readActionMetadata, runnerInputEnv } from '../helpers/action-metadata.js';
import { DEFAULTS_YML, DocsTree } from '../helpers/docs-tree.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PKG = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const NAME = 'zendesk-guide-publisher';

let sim: Simulator;
let tree: DocsTree;
beforeAll(async () => {
  sim = await startSimulator();
  tree = await DocsTree.create({ 'docs/_defaults.yml': DEFAULTS_YML, 'docs/a.md': '---\ntitle: Article A\n---\nHello.\n' });
});
afterAll(async () => {
  await sim?.close();
});
beforeEach(() => sim.resetLog());

const env = (): NodeJS.ProcessEnv => ({
  ZENDESK_URL: sim.url,
  ZENDESK_OAUTH_CLIENT_ID: sim.credentials.oauthClientId,
  ZENDESK_OAUTH_CLIENT_SECRET: sim.credentials.oauthClientSecret,
});

/** One run of the CLI with what it printed on each stream. */
async function cli(argv: string[], environment: NodeJS.ProcessEnv = env()): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, environment, {
    stdout: { write: (s: string) => out.push(s) > 0 },
    stderr: { write: (s: string) => err.push(s) > 0 },
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('help and version', () => {
  it('--version (and -V) prints the package version and nothing else', async () => {
    for (const flag of ['--version', '-V']) {
      expect(await cli([flag])).toEqual({ code: 0, stdout: `${PKG.version}\n`, stderr: '' });
    }
  });

  it('--help lists every command with its summary, the exit codes and where the documentation is', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    for (const c of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${c.name} \\[options\\] +${c.summary.slice(0, 20)}`, 'm'));
    expect(stdout).toContain('2  usage or settings (checked before any request)');
    expect(stdout).toContain('https://github.com/zendesk-guide-publisher/zendesk-guide-publisher#readme');
  });

  it.each(COMMANDS.map((c) => c.name))('%s --help is its own: its usage, options and examples, not the overview', async (name) => {
    const own = await cli([name, '--help']);
    expect(own.code).toBe(0);
    expect(own.stdout).toMatch(new RegExp(`^Usage: ${NAME} ${name} \\[options\\]\n`));
    expect(own.stdout).toContain(`Examples:\n  $ `);
    expect(own.stdout).toContain(`$ ${NAME} ${name}`);
    expect(own.stdout).not.toContain('Commands:');
    // `help <command>` is the same page.
    expect((await cli(['help', name])).stdout).toBe(own.stdout);
  });

  it('without a command: the overview on stderr, exit 2', async () => {
    const { code, stdout, stderr } = await cli([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Commands:');
  });
});

describe('usage errors: exit 2 with one line and a hint, before any request', () => {
  it.each([
    [['plna'], "error: unknown command 'plna' (did you mean plan?)", `${NAME} --help`],
    [['plan', '--pth', 'docs'], "error: unknown option '--pth' (did you mean --path?)", `${NAME} plan --help`],
    [
      ['publish', 'docs'],
      'error: unexpected argument "docs" (publish takes no arguments; a value belongs after its flag, as in --path docs)',
      `${NAME} publish --help`,
    ],
    [['plan', '--quiet', '--verbose'], "error: option '--quiet' cannot be used with option '--verbose'", `${NAME} plan --help`],
    [['plan', '--json'], "error: option '--json <file>' argument missing", `${NAME} plan --help`],
    [['plan', '--json', '--quiet'], 'error: --json needs a file name, or - for standard output (got "--quiet")', `${NAME} plan --help`],
    [
      ['publish', '--json', '-', '--markdown'],
      'error: --json - and --markdown both print to standard output: write the JSON to a file (--json report.json)',
      `${NAME} publish --help`,
    ],
    [
      ['validate', '--zendesk-url', 'https://acme.zendesk.com'],
      "error: unknown option '--zendesk-url': validate works offline; plan compares with Zendesk",
      `${NAME} validate --help`,
    ],
    [['--verison'], "error: unknown option '--verison' (did you mean --version?)", `${NAME} --help`],
  ])('%j', async (argv, message, help) => {
    const run = await cli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${message}\nRun "${help}" for the options and examples.\n`);
    expect(run.stdout).toBe('');
    expect(sim.requests).toEqual([]);
  });

  it('settings are checked before any request too, naming the flag', async () => {
    const run = await cli(['publish', '--repo', tree.repo, '--concurrency', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('error: --concurrency must be between 1 and 16 (got 0)\n');
    expect(sim.requests).toEqual([]);
  });
});

describe('validate', () => {
  it('is offline: credentials in the environment are not used and Zendesk is never asked', async () => {
    const run = await cli(['validate', '--repo', tree.repo]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('✅ 1 article checked: no errors.\n');
    expect(run.stderr).not.toMatch(/credentials|Reading the help center/);
    expect(sim.requests).toEqual([]);
  });

  it('exits 1 with every problem at its file, line and column', async () => {
    const bad = await DocsTree.create({
      'docs/_defaults.yml': DEFAULTS_YML,
      'docs/a.md': '---\ntitle: A\npermision_group: Agents\n---\n![shot](missing.png)\n',
      'docs/b.md': '---\ntitle: B\n---\nSee [setup](setup.md).\n',
    });
    const run = await cli(['validate', '--repo', bad.repo]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error: docs/a.md:3:1: unknown key "permision_group" (did you mean "permission_group"?)');
    expect(run.stderr).toContain('error: docs/a.md:5:1: file "missing.png" does not exist');
    expect(run.stderr).toMatch(/^error: docs\/b\.md:4:5: .*setup\.md/m);
    expect(run.stdout).toBe('❌ 3 errors in 2 files.\n');
    expect(sim.requests).toEqual([]);
  });

  it('--quiet prints nothing when all is well; --json - prints only the report on stdout, and no file named "-"', async () => {
    expect(await cli(['validate', '--repo', tree.repo, '--quiet'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const run = await cli(['validate', '--repo', tree.repo, '--json', '-', '--quiet']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report).toMatchObject({ version: 1, mode: 'dry-run', offline: true, blocked: false, requests: { total: 0 } });
    expect(report.rows.map((r) => r.file)).toEqual(['docs/a.md']);
    expect(existsSync(path.resolve('-'))).toBe(false);
    expect(existsSync(path.join(tree.repo, '-'))).toBe(false);
  });
});

describe('plan and publish', () => {
  it('--json - prints the JSON report on stdout and the text report with the log on stderr', async () => {
    const run = await cli(['plan', '--repo', tree.repo, '--json', '-']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ mode: 'dry-run', offline: false, counts: { created: 1 } });
    expect(run.stderr).toContain('🔍 Dry run: 1 to create, 0 to update, 0 unchanged. Nothing was written to Zendesk.');
    expect(sim.writes()).toEqual([]);
  });

  it('--json FILE writes the report to the file; stdout keeps the text', async () => {
    const file = path.join(tree.repo, 'out', 'plan.json');
    const run = await cli(['plan', '--repo', tree.repo, '--json', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^🔍 Dry run: 1 to create/);
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toMatchObject({ mode: 'dry-run', counts: { created: 1 } });
  });

  it('exit 1 when Zendesk refuses an article; the others are still published', async () => {
    const two = await DocsTree.create({
      'docs/_defaults.yml': DEFAULTS_YML,
      'docs/a.md': '---\ntitle: Refused\n---\nA.\n',
      'docs/b.md': '---\ntitle: Accepted\n---\nB.\n',
    });
    sim.failNext({
      method: 'POST',
      path: /\/sections\/\d+\/articles/,
      status: 422,
      body: { error: 'RecordInvalid', description: 'nope' },
      times: 1,
      // The publish lease's claim is created first, in the same section: the refusal is for an article.
      skip: 1,
    });
    const run = await cli(['publish', '--repo', two.repo, '--json', '-']);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as Report).counts).toMatchObject({ created: 1, failed: 1 });
  });

  it('--provenance outside a git clone: exit 2 naming --provenance, before any request', async () => {
    const run = await cli(['plan', '--repo', tree.repo, '--provenance']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'error: --provenance links each article to its file on GitHub, but this folder is not a git clone with an "origin" remote: run it in a clone of the repository, or leave --provenance out\n',
    );
    expect(sim.requests).toEqual([]);
  });

  it("--provenance in a clone: each published article links to its file on the branch, without the remote's credentials", async () => {
    const clone = await DocsTree.create({
      'site/docs/_defaults.yml': DEFAULTS_YML,
      'site/docs/guide.md': '---\ntitle: Provenance\n---\nHi.\n',
    });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: clone.repo, stdio: 'pipe' });
    git('init', '--quiet', '-b', 'main');
    git('remote', 'add', 'origin', 'https://someone:ghp_secret0123@github.com/acme/help.git');
    // --repo is a folder of the clone: links need that folder.
    const run = await cli(['publish', '--repo', path.join(clone.repo, 'site'), '--provenance']);
    expect(run.code).toBe(0);
    const created = sim.store
      .liveArticles()
      .map((a) => sim.store.sourceTranslation(a))
      .find((t) => t.title === 'Provenance');
    expect(created?.body).toContain('https://github.com/acme/help/blob/main/site/docs/guide.md');
    expect(JSON.stringify(sim.dump())).not.toContain('ghp_secret0123');
  });
});

describe('init', () => {
  it("writes a docs tree that validates, its config file and the README's quick-start workflow", async () => {
    const repo = await DocsTree.create({});
    const run = await cli(['init', '--repo', repo.repo, '--zendesk-subdomain', 'acme'], {});
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('created'))).toEqual([
      'created docs/_defaults.yml',
      'created docs/getting-started.md',
      'created docs/writing-articles.md',
      'created docs/zendesk-guide.yml',
      'created .github/workflows/help-center.yml',
    ]);
    const quickStart = /^3\. Put Markdown under `docs\/` and add this workflow:\n\n```yaml\n([\s\S]*?)```/m.exec(README)?.[1];
    expect(quickStart).toBeDefined();
    expect(await repo.read('.github/workflows/help-center.yml')).toBe(quickStart);
    const validated = await cli(['validate', '--repo', repo.repo], {});
    expect(validated).toMatchObject({ code: 0, stdout: '✅ 2 articles checked: no errors.\n' });
  });

  it('the workflow it writes uses only inputs the action declares, OAuth client credentials first', async () => {
    const repo = await DocsTree.create({});
    expect((await cli(['init', '--repo', repo.repo, '--path', 'handbook'], {})).code).toBe(0);
    const workflow = parse(await repo.read('.github/workflows/help-center.yml')) as {
      on: { push: { paths: string[] } };
      jobs: { publish: { steps: { uses: string; with?: Record<string, string> }[] } };
    };
    expect(workflow.on.push.paths).toEqual(['handbook/**']);
    const step = workflow.jobs.publish.steps.find((s) => s.uses.startsWith(`${NAME}/`))!;
    expect(step.uses).toBe(`${NAME}/${NAME}@v${PKG.version.split('.')[0]}`);
    expect(() => runnerInputEnv(readActionMetadata(), step.with!)).not.toThrow();
    expect(Object.keys(step.with!)).toEqual(['zendesk-subdomain', 'zendesk-oauth-client-id', 'zendesk-oauth-client-secret', 'path']);
    expect(step.with!.path).toBe('handbook');
  });

  it('never overwrites a file, and adds no sample article to docs that already have Markdown', async () => {
    const repo = await DocsTree.create({ 'docs/_defaults.yml': 'section: Mine\n', 'docs/real.md': '# Real\n' });
    const first = await cli(['init', '--repo', repo.repo], {});
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('kept    docs/ already has Markdown files: no sample articles added');
    expect(first.stdout).toContain('kept    docs/_defaults.yml (it exists; init never overwrites a file)');
    expect(await repo.read('docs/_defaults.yml')).toBe('section: Mine\n');
    expect(existsSync(path.join(repo.repo, 'docs/getting-started.md'))).toBe(false);
    const second = await cli(['init', '--repo', repo.repo], {});
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain('created');
    expect(second.stdout).toContain('Nothing to write: every file is already there.');
  });

  it('a docs folder outside the repository, or a bad subdomain: exit 2, nothing written', async () => {
    const repo = await DocsTree.create({});
    expect(await cli(['init', '--repo', repo.repo, '--path', '../elsewhere'], {})).toMatchObject({
      code: 2,
      stderr: 'error: --path must be a folder inside the repository (got "../elsewhere")\n',
    });
    expect(await cli(['init', '--repo', repo.repo, '--zendesk-subdomain', 'acme.zendesk.com'], {})).toMatchObject({
      code: 2,
      stderr: 'error: --zendesk-subdomain must be the bare subdomain, like "acme" (got "acme.zendesk.com")\n',
    });
    expect(await fs.readdir(repo.repo)).toEqual([]);
  });
});

describe("the action's inputs as flags", () => {
  // Inputs that mean nothing outside a workflow, and the one the CLI spells as its command.
  const ACTION_ONLY: Record<string, string> = {
    'github-token': 'the pull-request comment',
    comment: 'the pull-request comment',
    'preview-url': 'the pull-request comment links to the preview artifact',
    mode: 'the command: plan is dry-run, publish is publish, import is import, drift is drift',
    'drift-issue': 'the GitHub issue of mode: drift',
    'drift-issue-label': 'the GitHub issue of mode: drift',
    'drift-issue-title': 'the GitHub issue of mode: drift',
  };
  // Inputs of one mode only, each a flag of that mode's command.
  const ONE_COMMAND: Record<string, string> = { since: 'drift', 'fail-on-drift': 'drift' };
  // Inputs the CLI spells as a flag of another shape: `variables` (YAML lines) is one `--var name=value` each.
  const SPELLED: Record<string, string> = { variables: '--var' };
  const optionsOf = (name: string) => {
    const program = buildProgram({ env: {}, stdout: { write: () => true }, stderr: { write: () => true } }, {});
    return program.commands.find((c) => c.name() === name)!.options.map((o) => o.long);
  };

  it.each(['plan', 'publish'])('every input of action.yml is a flag of the same name of %s, or is action-only', (command) => {
    const flags = optionsOf(command);
    for (const input of Object.keys(readActionMetadata().inputs ?? {})) {
      if (Object.hasOwn(ACTION_ONLY, input) || Object.hasOwn(ONE_COMMAND, input)) continue;
      if (Object.hasOwn(SPELLED, input)) {
        expect(flags, `input ${input}`).toContain(SPELLED[input]);
        continue;
      }
      // Writing ids back is what a publish does; a plan creates nothing to write back.
      if (input === 'write-back-ids' && command === 'plan') continue;
      expect(flags, `input ${input}`).toContain(`--${input}`);
    }
  });

  it.each(Object.entries(ONE_COMMAND))('the input %s is a flag of %s', (input, command) => {
    expect(Object.keys(readActionMetadata().inputs ?? {})).toContain(input);
    expect(optionsOf(command)).toContain(`--${input}`);
  });

  it('the action-only list names only inputs that exist and that no command takes', () => {
    const inputs = Object.keys(readActionMetadata().inputs ?? {});
    for (const name of Object.keys(ACTION_ONLY)) {
      expect(inputs).toContain(name);
      for (const c of COMMANDS) expect(optionsOf(c.name)).not.toContain(`--${name}`);
    }
  });
});

describe('docs/cli.md', () => {
  const cliSection = readFileSync(path.join(ROOT, 'docs/cli.md'), 'utf8');

  it.each(COMMANDS.map((c) => c.name))('documents %s with an example', (name) => {
    const part = new RegExp(`^## \`${name}\`\\n([\\s\\S]*?)(?=^## |$(?![\\s\\S]))`, 'm').exec(cliSection)?.[1];
    expect(part, `a "## \`${name}\`" section in docs/cli.md`).toBeDefined();
    expect(part).toMatch(new RegExp(`\`\`\`(sh|console)\\n[\\s\\S]*?${NAME} ${name}`));
  });

  it('has the exit-code table', () => {
    for (const row of [
      '| 0 | done',
      '| 1 | errors in the docs, or articles that failed to publish',
      '| 2 | usage or settings',
      '| 3 | Zendesk could not be used',
    ]) {
      expect(cliSection).toContain(row);
    }
  });
});
