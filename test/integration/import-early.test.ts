// An import converts bodies while the export's pages still arrive (import/early.ts), with what is
// known so far; at the end it keeps a conversion only if converting then would give the same.
// Here in one thread, over HTTP, across several export pages: links to articles of later pages,
// attachments, anchors, and an article edited while the export is read. The files must be
// exactly those of an import that converted only at the end.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { buildConfig } from '../../src/config/settings.js';
import { runImport, type ImportOptions, type ImportResult } from '../../src/import/run.js';
import { createConsoleLogger } from '../../src/logger.js';
import { seedHandMadeHelpCenter } from '../helpers/guide-seed.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';

let sim: Simulator | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await sim?.close();
  await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

async function filesOf(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const abs = path.join(e.parentPath, e.name);
    const rel = path.relative(dir, abs).split(path.sep).join('/');
    // The record holds the import's times, which differ between two imports.
    if (rel !== '.zendesk-import.json') out.set(rel, (await fs.readFile(abs)).toString('base64'));
  }
  return out;
}

async function importInto(s: Simulator, options: Partial<ImportOptions>): Promise<{ result: ImportResult; files: Map<string, string> }> {
  const repo = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-early-'));
  dirs.push(repo);
  const config = buildConfig(
    { zendeskUrl: s.url, oauthToken: s.credentials.oauthToken, path: 'docs', mode: 'dry-run' },
    { repoRoot: repo },
  );
  const result = await runImport(config, createConsoleLogger({ write: () => undefined }), {
    since: undefined,
    force: false,
    categories: [],
    sections: [],
    labels: [],
    locales: [],
    convertThreads: 0,
    ...options,
  });
  return { result, files: await filesOf(path.join(repo, 'docs')) };
}

it('writes exactly what converting at the end writes, using the early conversions that still hold', async () => {
  // One second apart, so the export pages by change time as Guide's does (10 a page: 6 pages).
  let clock = Date.UTC(2026, 0, 1);
  sim = await startSimulator({ exportPageSize: 10, incrementalRateLimitPerMinute: 0, now: () => (clock += 1000) });
  const seeded = seedHandMadeHelpCenter(sim, 54);
  const s = sim;
  // An article of the first page is edited while the third is read: it comes again, later, with its new body.
  const edited = seeded[2]!;
  let exports = 0;
  s.setOptions({
    onRequest: (entry, phase) => {
      if (phase === 'received' && entry.path.endsWith('/incremental/articles') && ++exports === 3)
        s.store.editTranslationDirect(edited.id, 'en-us', { body: '<h2 id="new">Edited while read</h2><p>New text.</p>' });
      return Promise.resolve(undefined);
    },
  });
  const early = await importInto(s, { convertEarly: true });
  s.setOptions({ onRequest: undefined });
  expect(exports).toBeGreaterThan(3);
  const late = await importInto(s, {});

  expect(early.result.translations).toBe(late.result.translations);
  expect([...early.files.keys()].sort()).toEqual([...late.files.keys()].sort());
  expect([...early.files].filter(([file, content]) => late.files.get(file) !== content).map(([file]) => file)).toEqual([]);
  const text = [...early.files.values()].map((b) => Buffer.from(b, 'base64').toString()).join('\n');
  expect(text).toContain('Edited while read');
  expect(early.files.size).toBeGreaterThan(100);
  expect(late.result.earlyConversions).toEqual({ used: 0, redone: 0 });
  // Most bodies hold; a link to an article of a later page, an attachment not yet downloaded,
  // an anchor linked from a later page: those are converted again.
  expect(early.result.earlyConversions.used).toBeGreaterThan(early.result.earlyConversions.redone);
  expect(early.result.earlyConversions.redone).toBeGreaterThan(0);
});
