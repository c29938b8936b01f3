import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareArticles } from '../../src/render/prepare.js';
import { ChangedDuringRunError, releaseBodies } from '../../src/render/release.js';
import { loadSource } from '../../src/source/load.js';

const cleanup: string[] = [];
afterEach(async () => {
  for (const dir of cleanup.splice(0)) await fs.rm(dir, { recursive: true, force: true });
});

const files: Record<string, string> = {
  'docs/a.md': '---\ntitle: Alpha\n---\n# Kept heading\n\nSee [b](b.md).\n',
  'docs/b.md': '---\ndraft: true\n---\n# Beta from the heading\n\n> [!NOTE]\n> Careful.\n',
  'docs/b.fr.md': '# Bêta\n\nTexte.\n',
};

async function load() {
  const repo = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-release-'));
  cleanup.push(repo);
  for (const [rel, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(repo, rel)), { recursive: true });
    await fs.writeFile(path.join(repo, rel), content);
  }
  const docsRoot = path.join(repo, 'docs');
  const source = await loadSource(docsRoot, repo);
  expect(source.diagnostics).toEqual([]);
  return { repo, docsRoot, source };
}

const summary = (prepared: Awaited<ReturnType<typeof prepareArticles>>['prepared']) =>
  prepared.map((p) =>
    p.bodies.map(({ file, locale, title, template, refs, fingerprint }) => ({ file, locale, title, template, refs, fingerprint })),
  );

describe('releaseBodies', () => {
  it('lets go of every Markdown body, and a released file renders exactly as a held one', async () => {
    const held = await load();
    const before = summary(
      (await prepareArticles(held.source.articles, { docsRoot: held.docsRoot, repoRoot: held.repo, defaultLocale: 'en-us' })).prepared,
    );

    const released = await load();
    releaseBodies(released.source.articles, { defaultLocale: 'en-us' });
    const docs = released.source.articles.flatMap((a) => [a, ...a.translations]);
    expect(docs.map((d) => d.body)).toEqual([undefined, undefined, undefined]);
    expect(docs.every((d) => d.released?.fingerprint)).toBe(true);
    const after = summary(
      (await prepareArticles(released.source.articles, { docsRoot: released.docsRoot, repoRoot: released.repo, defaultLocale: 'en-us' }))
        .prepared,
    );
    expect(after).toEqual(before);
    expect(after.flat().find((b) => b.file.endsWith('/b.md'))?.template).toContain('Careful.');
    expect(after.flat().map((b) => b.title)).toEqual(['Alpha', 'Beta from the heading', 'Bêta']);
  });

  it('refuses to render a file that changed on disk after it was read, naming the file', async () => {
    const { repo, docsRoot, source } = await load();
    releaseBodies(source.articles, { defaultLocale: 'en-us' });
    await fs.writeFile(path.join(repo, 'docs/b.fr.md'), '# Bêta\n\nAutre texte.\n');
    const run = prepareArticles(source.articles, { docsRoot, repoRoot: repo, defaultLocale: 'en-us' });
    await expect(run).rejects.toThrow(ChangedDuringRunError);
    await expect(run).rejects.toThrow(/b\.fr\.md changed while this run was reading it: run again/);
  });

  it('refuses a file deleted after it was read', async () => {
    const { repo, docsRoot, source } = await load();
    releaseBodies(source.articles, { defaultLocale: 'en-us' });
    await fs.rm(path.join(repo, 'docs/a.md'));
    await expect(prepareArticles(source.articles, { docsRoot, repoRoot: repo, defaultLocale: 'en-us' })).rejects.toThrow(
      /a\.md changed while this run was reading it/,
    );
  });
});
