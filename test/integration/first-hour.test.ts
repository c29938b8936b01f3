/**
 * A new user's first hour, over HTTP against the simulator, with the CLI as typed: `init` then
 * `plan`, `publish` and `publish` again with no edit in between; the placeholders of an `init`
 * without credentials; one error line per mistake in a shared file; an address without
 * credentials; the counts; and the demo, which prints text, not Markdown.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { DocsTree } from '../helpers/docs-tree.js';
import { loadDefaultSeed, startSimulator, type Simulator } from '../zendesk-sim/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim?.close();
});
beforeEach(() => sim.resetLog());

/** The environment `npm run sim` prints, for OAuth client credentials. */
const simEnv = (s: Simulator = sim): NodeJS.ProcessEnv => ({
  ZENDESK_URL: s.url,
  ZENDESK_OAUTH_CLIENT_ID: s.credentials.oauthClientId,
  ZENDESK_OAUTH_CLIENT_SECRET: s.credentials.oauthClientSecret,
});

async function cli(argv: string[], environment: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, environment, {
    stdout: { write: (s: string) => out.push(s) > 0 },
    stderr: { write: (s: string) => err.push(s) > 0 },
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const errorLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('error:'));
/** Requests that change the help center (getting an OAuth token changes nothing in it). */
const writes = (s: Simulator) => s.requests.filter((r) => r.method !== 'GET' && r.path !== '/oauth/tokens');

describe('init against the help center it is pointed at', () => {
  it("init → plan → publish → publish: the starter names the help center's own section, group and segment; the second publish writes nothing", async () => {
    const repo = await DocsTree.create({});
    const init = await cli(['init', '--repo', repo.repo], simEnv());
    expect(init.code).toBe(0);
    // Reads only.
    expect(writes(sim)).toEqual([]);
    const defaults = parse(await repo.read('docs/_defaults.yml')) as Record<string, unknown>;
    // The seed's first section by position; its permission group "Agents"; its staff segment.
    expect(defaults).toEqual({ section: 'Installation', permission_group: 'Agents', user_segment: 'Agents and managers', draft: true });
    const config = parse(await repo.read('docs/zendesk-guide.yml')) as Record<string, unknown>;
    expect(config.namespace).toBe(`${path.basename(repo.repo).toLowerCase()}:docs`);
    expect(init.stdout).toContain(`Namespace, in docs/zendesk-guide.yml: ${String(config.namespace)}`);
    // A simulator on this machine is no address for GitHub's runners.
    expect(await repo.read('.github/workflows/help-center.yml')).toContain('zendesk-subdomain: your-subdomain');

    const plan = await cli(['plan', '--repo', repo.repo], simEnv());
    expect(plan).toMatchObject({ code: 0 });
    expect(errorLines(plan.stderr)).toEqual([]);
    expect(plan.stdout).toMatch(/^🔍 Dry run: 2 to create, 0 to update, 0 unchanged\./);
    expect(plan.stderr).toContain(`Namespace: ${String(config.namespace)} (set explicitly)`);

    const first = await cli(['publish', '--repo', repo.repo], simEnv());
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^🚀 Published: 2 created, 0 updated, 0 unchanged\./);
    sim.resetLog();
    const second = await cli(['publish', '--repo', repo.repo], simEnv());
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^🚀 Published: 0 created, 0 updated, 2 unchanged\./);
    expect(writes(sim)).toEqual([]);
  });

  it('a help center without sections: a `Category / Section` that the first publish makes (create_sections)', async () => {
    const empty = await startSimulator({ seed: { ...loadDefaultSeed(), categories: [], sections: [], articles: [] } });
    try {
      const repo = await DocsTree.create({});
      expect((await cli(['init', '--repo', repo.repo], simEnv(empty))).code).toBe(0);
      expect(parse(await repo.read('docs/_defaults.yml'))).toMatchObject({ section: 'Documentation / Getting started' });
      expect(parse(await repo.read('docs/zendesk-guide.yml'))).toMatchObject({ create_sections: true });
      expect(await cli(['plan', '--repo', repo.repo], simEnv(empty))).toMatchObject({ code: 0 });
      expect((await cli(['publish', '--repo', repo.repo], simEnv(empty))).code).toBe(0);
      const again = await cli(['publish', '--repo', repo.repo], simEnv(empty));
      expect(again.stdout).toMatch(/^🚀 Published: 0 created, 0 updated, 2 unchanged\./);
    } finally {
      await empty.close();
    }
  });

  it('a section name that repeats is written as `Category / Section`', async () => {
    const seed = loadDefaultSeed();
    // The first section by position is now one of the two named FAQ.
    const installation = seed.sections.find((s) => s.name === 'Installation')!.id;
    const faq = await startSimulator({
      seed: {
        ...seed,
        sections: seed.sections.filter((s) => s.id !== installation),
        articles: seed.articles.filter((a) => a.section_id !== installation),
      },
    });
    try {
      const repo = await DocsTree.create({});
      expect((await cli(['init', '--repo', repo.repo], simEnv(faq))).code).toBe(0);
      expect(parse(await repo.read('docs/_defaults.yml'))).toMatchObject({ section: 'Getting started / FAQ' });
      expect(await cli(['plan', '--repo', repo.repo], simEnv(faq))).toMatchObject({ code: 0 });
    } finally {
      await faq.close();
    }
  });

  it('credentials that Zendesk refuses: exit 3, and not one file written', async () => {
    const repo = await DocsTree.create({});
    const run = await cli(['init', '--repo', repo.repo], { ...simEnv(), ZENDESK_OAUTH_CLIENT_SECRET: 'wrong-secret' });
    expect(run.code).toBe(3);
    expect(run.stderr).not.toContain('wrong-secret');
    expect(readdirSync(repo.repo)).toEqual([]);
  });

  it('without credentials: placeholders that validate accepts and plan explains, once each', async () => {
    const repo = await DocsTree.create({});
    expect((await cli(['init', '--repo', repo.repo], {})).code).toBe(0);
    expect(parse(await repo.read('docs/_defaults.yml'))).toMatchObject({
      section: '<a section of your help center>',
      permission_group: '<a permission group of your help center>',
    });
    expect((await cli(['validate', '--repo', repo.repo], {})).code).toBe(0);
    const plan = await cli(['plan', '--repo', repo.repo], simEnv());
    expect(plan.code).toBe(1);
    expect(errorLines(plan.stderr)).toEqual([
      'error: docs/_defaults.yml:5:1: section is still the placeholder "<a section of your help center>" that init wrote: set it to one of the help center\'s sections; it holds back 2 articles: docs/getting-started.md, docs/writing-articles.md (existing sections: "Getting started / Installation" (360000200001), "Account & billing / Invoices" (360000200003), "Troubleshooting / Known issues" (360000200005), "Getting started / FAQ" (360000200002), "Account & billing / FAQ" (360000200004))',
      'error: docs/_defaults.yml:6:1: permission group is still the placeholder "<a permission group of your help center>" that init wrote: set it to one of the help center\'s permission groups; it holds back 2 articles: docs/getting-started.md, docs/writing-articles.md (existing permission groups: "Agents" (360000300001), "Admins" (360000300002))',
    ]);
    expect(writes(sim)).toEqual([]);
  });
});

describe('one mistake is one error line', () => {
  const articles = {
    'docs/a.md': '---\ntitle: A\n---\nA.\n',
    'docs/b.md': '---\ntitle: B\n---\nB.\n',
    'docs/c.md': '---\ntitle: C\n---\nC.\n',
  };

  it('an ambiguous section in _defaults.yml: one line naming the articles it holds back', async () => {
    const repo = await DocsTree.create({
      'docs/_defaults.yml': 'section: FAQ\npermission_group: Agents\nuser_segment: everyone\n',
      ...articles,
    });
    const plan = await cli(['plan', '--repo', repo.repo], simEnv());
    expect(plan.code).toBe(1);
    expect(errorLines(plan.stderr)).toEqual([
      'error: docs/_defaults.yml:1:1: section "FAQ" is ambiguous: 2 match; it holds back 3 articles: docs/a.md, docs/b.md, docs/c.md (use one of "Getting started / FAQ", "Account & billing / FAQ" or the id)',
    ]);
    expect(plan.stdout).toMatch(
      /^❌ 1 error in the docs must be fixed first: a publish would stop before writing anything\.\n {2}\d+ Zendesk requests, 0 rate-limited\n$/,
    );
    const json = await cli(['plan', '--repo', repo.repo, '--json', '-', '--quiet'], simEnv());
    const report = JSON.parse(json.stdout) as { diagnostics: { articles?: string[] }[] };
    expect(report.diagnostics).toHaveLength(1);
    expect(report.diagnostics[0]!.articles).toEqual(['docs/a.md', 'docs/b.md', 'docs/c.md']);
  });

  it('a broken _defaults.yml: reported once, with how many articles it holds back, by validate and plan alike', async () => {
    const repo = await DocsTree.create({ 'docs/_defaults.yml': 'section: [Installation\n', ...articles, 'docs/more/d.md': '# D\n' });
    for (const command of ['validate', 'plan']) {
      const run = await cli([command, '--repo', repo.repo], simEnv());
      expect(run.code).toBe(1);
      const lines = errorLines(run.stderr);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^error: docs\/_defaults\.yml:\d+:\d+: invalid YAML: .*; it holds back 4 articles: docs\/a\.md, docs\/b\.md, docs\/c\.md and 1 more$/,
      );
    }
  });

  it('a key that no _defaults.yml sets: one line per key, not one per article', async () => {
    const repo = await DocsTree.create({ 'docs/_defaults.yml': 'permission_group: Agents\nuser_segment: everyone\n', ...articles });
    const plan = await cli(['plan', '--repo', repo.repo], simEnv());
    expect(plan.code).toBe(1);
    expect(errorLines(plan.stderr)).toEqual([
      'error: docs/a.md:1:1: section is required to create an article; it holds back 3 articles: docs/a.md, docs/b.md, docs/c.md (set `section:` in the front matter or in a _defaults.yml)',
    ]);
  });

  it('a mistake in one file stays that file’s own line, once', async () => {
    const repo = await DocsTree.create({
      'docs/_defaults.yml': 'section: Installation\npermission_group: Agents\nuser_segment: everyone\n',
      ...articles,
      'docs/b.md': '---\ntitle: B\nsection: Nowhere\n---\nB.\n',
    });
    const plan = await cli(['plan', '--repo', repo.repo], simEnv());
    expect(errorLines(plan.stderr)).toHaveLength(1);
    expect(errorLines(plan.stderr)[0]).toMatch(/^error: docs\/b\.md:3:1: unknown section "Nowhere" \(/);
  });
});

describe('a Zendesk address without credentials', () => {
  const repoFiles = {
    'docs/_defaults.yml': 'section: Installation\npermission_group: Agents\nuser_segment: everyone\n',
    'docs/a.md': '# A\n',
  };

  it.each([['plan'], ['preview'], ['drift', '--since', '0']])(
    '%s: exit 2 before any request, naming what is missing as the user gave the rest',
    async (...command) => {
      const repo = await DocsTree.create(repoFiles);
      const viaEnv = await cli([...command, '--repo', repo.repo], { ZENDESK_URL: sim.url });
      expect(viaEnv.code).toBe(2);
      expect(errorLines(viaEnv.stderr)).toEqual([
        expect.stringContaining(
          `error: ${command[0]} reads the help center at ZENDESK_URL, but no credentials are set: set ZENDESK_OAUTH_CLIENT_ID and ZENDESK_OAUTH_CLIENT_SECRET (recommended), ZENDESK_OAUTH_TOKEN, or ZENDESK_EMAIL and ZENDESK_API_TOKEN`,
        ),
      ]);
      const viaFlag = await cli([...command, '--repo', repo.repo, '--zendesk-url', sim.url], {});
      expect(viaFlag.code).toBe(2);
      expect(viaFlag.stderr).toContain(
        `${command[0]} reads the help center at --zendesk-url, but no credentials are set: set --zendesk-oauth-client-id and --zendesk-oauth-client-secret (recommended)`,
      );
      expect(sim.requests).toEqual([]);
      expect(existsSync(path.join(repo.repo, 'zendesk-preview'))).toBe(false);
    },
  );

  it('half a pair is named in the form of the half that was given', async () => {
    const repo = await DocsTree.create(repoFiles);
    const run = await cli(['plan', '--repo', repo.repo], { ZENDESK_URL: sim.url, ZENDESK_OAUTH_CLIENT_ID: 'id' });
    expect(run).toMatchObject({
      code: 2,
      stderr: 'error: OAuth client credentials need both ZENDESK_OAUTH_CLIENT_ID and ZENDESK_OAUTH_CLIENT_SECRET\n',
    });
  });

  it('no address at all: plan still checks the docs offline and says so (exit 0)', async () => {
    const repo = await DocsTree.create(repoFiles);
    const run = await cli(['plan', '--repo', repo.repo], {});
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('No Zendesk credentials: validating and rendering offline');
  });
});

describe('counts are the user’s articles', () => {
  it("the help center's article count leaves out the tool's record, however many articles it takes", async () => {
    const own = await startSimulator();
    try {
      const repo = await DocsTree.create({
        'docs/_defaults.yml': 'section: Installation\npermission_group: Agents\nuser_segment: everyone\n',
        'docs/a.md': '# A\n',
        'docs/b.md': '# B\n',
      });
      const before = own.store.liveArticles().length;
      expect((await cli(['publish', '--repo', repo.repo], simEnv(own))).code).toBe(0);
      const plan = await cli(['plan', '--repo', repo.repo], simEnv(own));
      expect(plan.stderr).toContain(`\n${before + 2} articles in Zendesk (via incremental-export)`);
      // A second article with the record's class (a record in parts) is no article of the user's either.
      own.store.createArticleDirect({
        section_id: own.store.liveArticles()[0]!.section_id,
        title: 'zendesk-guide-publisher state (docs) part 2: do not edit or delete',
        body: '<p>part</p><pre class="zgp-state" data-zgp-root="docs">eJwDAAAAAAE=</pre>',
        draft: true,
      });
      const again = await cli(['plan', '--repo', repo.repo], simEnv(own));
      expect(again.stderr).toContain(`\n${before + 2} articles in Zendesk (via incremental-export)`);
    } finally {
      await own.close();
    }
  });
});

describe('the demo', () => {
  it('prints the report as text: no Markdown heading or table reaches the terminal', async () => {
    const run = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/demo.ts'], {
      cwd: ROOT,
      env: { ...process.env, GITHUB_STEP_SUMMARY: '' },
    });
    expect(run.stdout).toMatch(/^🚀 Published: 7 created, 0 updated, 0 unchanged\.$/m);
    expect(run.stdout).toMatch(/^🚀 Published: 0 created, 0 updated, 7 unchanged\.$/m);
    expect(run.stdout).not.toMatch(/^#{1,6} |^\|.*\|$|\*\*/m);
    // The second publish reads the seed's 2 articles and the 7 it made; the record is not one of them.
    expect(run.stderr).toContain('\n9 articles in Zendesk (via incremental-export)');
  });
});
