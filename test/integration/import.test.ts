import { readdirSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-action.js';
import { main } from '../../src/cli/main.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import { isLeaseWrite, publish } from '../helpers/docs-tree.js';
import { seedHandMadeHelpCenter, type SeededArticle } from '../helpers/guide-seed.js';

let sim: Simulator;
let repo: string;
let seeded: SeededArticle[];
beforeEach(async () => {
  sim = await startSimulator();
  seeded = seedHandMadeHelpCenter(sim);
  repo = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-import-'));
});
afterEach(async () => {
  await sim.close();
});

function sink() {
  let text = '';
  return {
    write: (s: string) => ((text += s), true),
    get text() {
      return text;
    },
  };
}

async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  const stdout = sink();
  const stderr = sink();
  const code = await main(
    ['import', '--repo', repo, ...args],
    {
      ZENDESK_URL: sim.url,
      ZENDESK_OAUTH_CLIENT_ID: sim.credentials.oauthClientId,
      ZENDESK_OAUTH_CLIENT_SECRET: sim.credentials.oauthClientSecret,
      NO_COLOR: '1',
      ...env,
    },
    { stdout, stderr },
  );
  return { code, out: stdout.text, err: stderr.text };
}

async function files(dir = path.join(repo, 'docs')): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push(path.relative(path.join(repo, 'docs'), path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  }
  return out.sort();
}

const read = (rel: string) => fs.readFile(path.join(repo, 'docs', rel), 'utf8');

describe('import, then publish back', () => {
  it('turns a hand-made help center into Markdown that publishes back with zero writes (on-drift: fail)', async () => {
    const imported = await cli(['--path', 'docs']);
    expect(imported.err).not.toMatch(/error/i);
    expect(imported.code).toBe(0);
    const all = await files();
    const md = all.filter((f) => f.endsWith('.md'));
    // 54 seeded source files and the simulator's own 2; 3 locales for most, 2 for some.
    expect(md.filter((f) => !/\.(fr|de)\.md$/.test(f))).toHaveLength(56);
    expect(md.filter((f) => f.endsWith('.fr.md'))).toHaveLength(55);
    expect(md.filter((f) => f.endsWith('.de.md')).length).toBeGreaterThan(30);
    expect(all.filter((f) => f.endsWith('.png')).length).toBeGreaterThan(10);
    expect(all.filter((f) => f.endsWith('.pdf')).length).toBeGreaterThan(10);
    expect(all).toContain('.zendesk-import.json');
    expect(all).toContain('zendesk-guide.yml');
    expect(all.filter((f) => f.endsWith('_defaults.yml')).length).toBe(5);

    // What a reader of the repo sees.
    const media = seeded.find((a) => a.kind === 'media')!;
    const mediaFile = md.find((f) => f.endsWith(`/media-article-${seeded.indexOf(media)}.md`))!;
    const mediaText = await read(mediaFile);
    expect(mediaText).toMatch(new RegExp(`^---\\ntitle: Media article 0\\nid: ${media.id}\\n`));
    expect(mediaText).toMatch(/!\[The settings screen\]\(media-article-0\/screen%200\.png\)/);
    expect(mediaText).toMatch(/\[the manual\]\(media-article-0\/manual-0\.pdf\)/);
    expect(mediaText).toContain('labels:\n  - setup\n  - group-0');
    expect(mediaText).toContain('promoted: true');
    const links = await read(md.find((f) => /\/links-article-1\.md$/.test(f))!);
    expect(links).toMatch(/\[the next article\]\(\.\.\/[^)]+\/table-article-2\.md\)/);
    expect(links).toMatch(/\[its setup\]\([^)]*code-article-4\.md#setup\)/);
    expect(links).toContain('[an outside page](https://example.com/docs)');
    const code = await read(md.find((f) => /\/code-article-4\.md$/.test(f))!);
    expect(code).toContain('```python\ndef hello():');
    expect(code).toContain('```bash\ncurl');
    const table = await read(md.find((f) => /\/table-article-2\.md$/.test(f))!);
    expect(table).toMatch(/\| Plan +\| Price \|/);
    const merged = await read(md.find((f) => /\/merged-article-3\.md$/.test(f))!);
    expect(merged).toContain('<th colspan="2">Limits</th>');
    const embed = await read(md.find((f) => /\/embed-article-5\.md$/.test(f))!);
    expect(embed).toContain('<iframe');
    expect(embed).toContain('<div class="callout callout--warning">');
    const prose = await read(md.find((f) => /\/prose-article-6\.md$/.test(f))!);
    expect(prose).toContain('style="color: #c00"');
    // A linked id that is not the heading's slug is kept (as HTML); one that is, is plain Markdown.
    expect(prose).toContain('<h2 id="setup">Set it up</h2>');
    expect(prose).toContain('### Details');
    expect(prose).toContain('> A quote.');
    // Two articles with one title in one section get stable names.
    expect(md.filter((f) => /getting-started(-\d+)?\.md$/.test(f))).toHaveLength(2);

    sim.resetLog();
    const back = await publish(sim, { repo }, { onDrift: 'fail' });
    expect(back.report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(back.report.counts).toMatchObject({ created: 0, updated: 0, unchanged: 56, failed: 0 });
    expect(sim.writes()).toEqual([]);
  });

  it('--since last brings only what changed in Guide, and a second publish is still a no-op', async () => {
    expect((await cli([])).code).toBe(0);
    const target = seeded[2]!;
    // A minute later, a writer edits one article in Guide.
    sim.setOptions({ now: () => Date.now() + 60_000 });
    sim.store.editTranslationDirect(target.id, 'fr', { body: '<p>Nouveau texte.</p>' });
    sim.resetLog();
    const again = await cli(['--since', 'last', '--json', '-']);
    expect(again.code).toBe(0);
    const result = JSON.parse(again.out) as { articles: number; written: string[] };
    expect(result.articles).toBe(1);
    expect(result.written).toEqual([expect.stringMatching(/table-article-2\.fr\.md$/)]);
    expect(sim.requests.filter((r) => r.route.includes('incremental'))).toHaveLength(1);
    const back = await publish(sim, { repo }, { onDrift: 'fail' });
    expect(back.report.counts).toMatchObject({ updated: 0, unchanged: 56 });
    expect(sim.writes()).toEqual([]);
  });

  it('an article edited in Guide after the import is drift: on-drift fail blocks the publish', async () => {
    expect((await cli([])).code).toBe(0);
    sim.store.editTranslationDirect(seeded[1]!.id, 'en-us', { body: '<p>Rewritten in Guide.</p>' });
    const file = (await files()).find((f) => /\/links-article-1\.md$/.test(f))!;
    await fs.appendFile(path.join(repo, 'docs', file), '\nOne more line from the repo.\n');
    sim.resetLog();
    const back = await publish(sim, { repo }, { onDrift: 'fail' });
    expect(back.report.diagnostics.map((d) => d.message)).toContainEqual(expect.stringMatching(/edited in Guide since the last publish/));
    expect(sim.writes()).toEqual([]);
  });

  it('a changed imported file is published as an update of its article (and only that one)', async () => {
    expect((await cli([])).code).toBe(0);
    const file = (await files()).find((f) => /\/code-article-4\.md$/.test(f))!;
    await fs.appendFile(path.join(repo, 'docs', file), '\nA new paragraph.\n');
    sim.resetLog();
    const back = await publish(sim, { repo }, { onDrift: 'fail' });
    expect(back.report.counts).toMatchObject({ created: 0, updated: 1, unchanged: 55 });
    const articleWrites = sim.writes().filter((w) => !JSON.stringify(w.body ?? '').includes('zgp-state') && !isLeaseWrite(sim)(w));
    expect(articleWrites.map((w) => `${w.method} ${w.path}`)).toEqual([
      `PUT /api/v2/help_center/articles/${seeded[4]!.id}/translations/en-us`,
    ]);
    sim.resetLog();
    const third = await publish(sim, { repo }, { onDrift: 'fail' });
    expect(third.report.counts.updated).toBe(0);
    expect(sim.writes()).toEqual([]);
  });
});

describe('import: refusals, conflicts, resume, fallbacks', () => {
  it('refuses a non-empty folder that no import made, before writing anything', async () => {
    await fs.mkdir(path.join(repo, 'docs'), { recursive: true });
    await fs.writeFile(path.join(repo, 'docs', 'notes.md'), 'mine\n');
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not empty and was not made by an import/);
    expect(await files()).toEqual(['notes.md']);
    expect(sim.requests).toHaveLength(0);
  });

  it("reads the docs root's zendesk-guide.yaml as the publisher does: its render.allow_unsafe_html keeps embeds as written", async () => {
    await fs.mkdir(path.join(repo, 'docs'), { recursive: true });
    const config = 'render:\n  allow_unsafe_html: true\n';
    await fs.writeFile(path.join(repo, 'docs', 'zendesk-guide.yaml'), config);
    const r = await cli(['--json', '-']);
    expect(r.code, r.err).toBe(0);
    const result = JSON.parse(r.out) as { configWritten: boolean; lossy: string[] };
    // Read: the embeds are kept as written (nothing the publisher would remove), and no
    // zendesk-guide.yml is added to turn raw HTML on (which an import without the file does).
    expect(result.configWritten).toBe(false);
    expect(result.lossy).toEqual([]);
    expect(await files()).not.toContain('zendesk-guide.yml');
    expect(await read('zendesk-guide.yaml')).toBe(config);
    const embed = await read((await files()).find((f) => /\/embed-article-5\.md$/.test(f))!);
    expect(embed).toContain('<iframe');
  }, 120_000);

  it('refuses a config file the publisher would refuse, naming it, before any request', async () => {
    await fs.mkdir(path.join(repo, 'docs'), { recursive: true });
    await fs.writeFile(path.join(repo, 'docs', 'zendesk-guide.yaml'), 'render:\n  allow_unsafe_html: maybe\n');
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('docs/zendesk-guide.yaml:2');
    expect(sim.requests).toHaveLength(0);
  });

  it('never overwrites a file changed since the import without saying so; --force does', async () => {
    expect((await cli([])).code).toBe(0);
    const file = (await files()).find((f) => /\/table-article-2\.md$/.test(f))!;
    await fs.writeFile(path.join(repo, 'docs', file), 'my own edit\n');
    sim.store.editTranslationDirect(seeded[2]!.id, 'en-us', { title: 'Table article 2', body: '<p>Changed in Guide.</p>' });
    const again = await cli([]);
    expect(again.code).toBe(1);
    expect(again.out).toContain(`conflict  ${file}`);
    expect(await read(file)).toBe('my own edit\n');
    const forced = await cli(['--force']);
    expect(forced.code).toBe(0);
    expect(await read(file)).toContain('Changed in Guide.');
  });

  it('keeps the bodies in a file under RUNNER_TEMP while it writes, and removes it at the end', async () => {
    const temp = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-runner-temp-'));
    const before = process.env.RUNNER_TEMP;
    process.env.RUNNER_TEMP = temp;
    const seen: string[][] = [];
    try {
      // Attachments are downloaded while the articles are written, after the export was read.
      sim.setOptions({
        onRequest: (req, phase) => {
          if (phase === 'received' && req.path.includes('/article_attachments/') && !seen.length) seen.push(readdirSync(temp));
          return undefined;
        },
      });
      const r = await cli([]);
      expect(r.code).toBe(0);
    } finally {
      if (before === undefined) delete process.env.RUNNER_TEMP;
      else process.env.RUNNER_TEMP = before;
    }
    expect(seen).toEqual([[expect.stringMatching(/^zgp-bodies-/)]]);
    expect(await fs.readdir(temp)).toEqual([]);
  });

  it('an interrupted import continues without downloading again what it has', async () => {
    // The import is killed (a cancelled job) as its seventh download arrives.
    let downloads = 0;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'src/cli.ts'), 'import', '--repo', repo, '--concurrency', '1'],
      {
        env: {
          ...process.env,
          ZENDESK_URL: sim.url,
          ZENDESK_OAUTH_CLIENT_ID: sim.credentials.oauthClientId,
          ZENDESK_OAUTH_CLIENT_SECRET: sim.credentials.oauthClientSecret,
          NO_COLOR: '1',
        },
        stdio: 'ignore',
      },
    );
    const exited = new Promise((resolve) => child.on('exit', resolve));
    sim.setOptions({
      onRequest: (req, phase) => {
        if (phase !== 'received' || !req.path.includes('/article_attachments/')) return undefined;
        if (++downloads === 7) child.kill('SIGKILL');
        return downloads >= 7 ? 'drop' : undefined;
      },
    });
    await exited;
    const state = JSON.parse(await read('.zendesk-import.json')) as { complete: boolean };
    expect(state.complete).toBe(false);
    sim.setOptions({ onRequest: () => undefined });
    sim.resetLog();
    const second = await cli([]);
    expect(second.code).toBe(0);
    const again = sim.requests.filter((r) => r.path.includes('/article_attachments/')).length;
    expect(again).toBeGreaterThan(0);
    // Every attachment the bodies point at (per-locale copies of one image included, which are
    // fetched to tell a copy from a localized file of the same name); what was on disk and
    // recorded is not fetched again.
    const total = new Set(
      sim.store
        .liveArticles()
        .flatMap((a) =>
          sim.store
            .translationsOf('article', a.id)
            .flatMap((t) => [...t.body.matchAll(/\/hc\/article_attachments\/(\d+)\//g)].map((m) => m[1])),
        ),
    ).size;
    expect(again).toBeLessThanOrEqual(total);
    sim.resetLog();
    const back = await publish(sim, { repo }, { onDrift: 'fail' });
    expect(back.report.counts.unchanged).toBe(56);
    expect(sim.writes()).toEqual([]);
  }, 90_000);

  it('falls back to the paginated list without export rights, and says so', async () => {
    const r = await cli([], {
      ZENDESK_OAUTH_CLIENT_ID: '',
      ZENDESK_OAUTH_CLIENT_SECRET: '',
      ZENDESK_EMAIL: sim.credentials.endUserEmail,
      ZENDESK_API_TOKEN: sim.credentials.endUserApiToken,
    });
    expect(r.err).toMatch(/incremental article export is not available/);
    expect(r.out).toMatch(/via list/);
    expect(sim.requests.some((q) => q.route.includes('incremental') && q.status === 403)).toBe(true);
  });

  it('a download that keeps failing is retried, reported, and the article keeps the Zendesk URL', async () => {
    const media = seeded.find((a) => a.kind === 'media')!;
    sim.failNext({ path: /screen(%20| )0\.png/, status: 503, times: 100 });
    const r = await cli([]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/download failed: .*screen%200\.png/);
    const attempts = sim.requests.filter((q) => q.path.includes('/article_attachments/') && q.path.endsWith('screen%200.png')).length;
    expect(attempts).toBeGreaterThan(1);
    const text = await read((await files()).find((f) => f.endsWith('/media-article-0.md'))!);
    expect(text).toContain(`${sim.url}/hc/article_attachments/`);
    expect(text).toMatch(/\(media-article-0\/manual-0\.pdf\)/);
    expect(media.id).toBeGreaterThan(0);
  });
});
