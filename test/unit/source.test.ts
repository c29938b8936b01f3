import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Aliases } from '../../src/config/types.js';
import { fileFilter } from '../../src/shared/globs.js';
import { splitLocaleSuffix } from '../../src/shared/locale-suffix.js';
import { duplicateIds, loadSource, type SourceOptions } from '../../src/source/load.js';

let repo: string | undefined;
afterEach(async () => {
  if (repo) await fs.rm(repo, { recursive: true, force: true });
  repo = undefined;
});

/** A throwaway repository; returns what loadSource makes of its docs folder. */
async function load(files: Record<string, string>, options: SourceOptions = {}) {
  repo = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-source-'));
  for (const [rel, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(repo, rel)), { recursive: true });
    await fs.writeFile(path.join(repo, rel), text);
  }
  await fs.mkdir(path.join(repo, 'docs'), { recursive: true });
  const result = await loadSource(path.join(repo, 'docs'), repo, options);
  return { ...result, byKey: new Map(result.articles.map((a) => [a.key, a])) };
}

const fm = (yaml: string, body = 'Body.\n') => `---\n${yaml}\n---\n\n${body}`;

describe('folder defaults', () => {
  it('apply beneath their folder; the nearer file wins, front matter wins over all, labels merge', async () => {
    const { byKey, diagnostics } = await load({
      'docs/_defaults.yml': 'section: Installation\npermission_group: Agents\nuser_segment: everyone\nlabels: [docs]\npromoted: false\n',
      'docs/billing/_defaults.yml': 'section: Invoices\nlabels: [billing]\n',
      'docs/billing/eu/_defaults.yml': 'labels: [eu]\npromoted: true\n',
      'docs/top.md': fm('title: Top'),
      'docs/billing/a.md': fm('title: A\nlabels: [refunds, billing]'),
      'docs/billing/eu/b.md': fm('title: B\nsection: FAQ\npromoted: false'),
    });
    expect(diagnostics).toEqual([]);
    expect(byKey.get('top')!.meta).toMatchObject({ section: { kind: 'name', name: 'Installation' }, labels: ['docs'], promoted: false });
    expect(byKey.get('billing/a')!.meta).toMatchObject({
      section: { kind: 'name', name: 'Invoices' },
      labels: ['docs', 'billing', 'refunds'],
    });
    const b = byKey.get('billing/eu/b')!;
    expect(b.meta).toMatchObject({
      section: { kind: 'name', name: 'FAQ' },
      permission_group: { kind: 'name', name: 'Agents' },
      labels: ['docs', 'billing', 'eu'],
      promoted: false,
    });
    // Errors about a value point where it was set: the article, or the _defaults.yml it came from.
    expect(b.locations.section).toMatchObject({ file: 'docs/billing/eu/b.md', line: 3 });
    expect(b.locations.permission_group).toMatchObject({ file: 'docs/_defaults.yml', line: 2 });
  });

  it('a broken _defaults.yml is the one error: the articles beneath it are not read', async () => {
    const { articles, diagnostics, failedKeys } = await load({
      'docs/guides/_defaults.yml': 'section: [unclosed\n',
      'docs/guides/a.md': fm('title: A'),
      'docs/guides/a.fr.md': fm('title: A fr'),
      'docs/other.md': fm('title: Other'),
    });
    expect(articles.map((a) => a.key)).toEqual(['other']);
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: 'docs/guides/_defaults.yml', message: expect.stringContaining('invalid YAML') }),
    ]);
    expect(failedKeys).toEqual(['guides/a']);
  });

  it('refuses _defaults.yml and _defaults.yaml side by side', async () => {
    const { diagnostics } = await load({
      'docs/_defaults.yml': 'labels: [a]\n',
      'docs/_defaults.yaml': 'labels: [b]\n',
      'docs/a.md': fm('title: A'),
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: 'docs/_defaults.yml', message: 'this folder also has docs/_defaults.yaml' }),
    ]);
  });
});

describe('translations', () => {
  it('pair name.<locale>.md with name.md, each with its own title and draft', async () => {
    const { articles, diagnostics } = await load({
      'docs/guide.md': fm('title: Guide\ndraft: false'),
      'docs/guide.fr.md': fm('title: Guide FR\ndraft: true'),
      'docs/guide.pt-BR.md': fm('draft: false', '# Guia\n\nTexto.\n'),
    });
    expect(diagnostics).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.translations.map((t) => [t.file, t.locale, t.title, t.draft])).toEqual([
      ['docs/guide.fr.md', 'fr', 'Guide FR', true],
      ['docs/guide.pt-BR.md', 'pt-br', undefined, false],
    ]);
  });

  it('tells an orphan translation from an article whose name has a dot', async () => {
    const { articles, diagnostics } = await load({ 'docs/setup.it.md': fm('title: Setup'), 'docs/node.js.md': fm('title: Node.js') });
    expect(articles.map((a) => a.key)).toEqual(['node.js']);
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: 'docs/setup.it.md', line: 1, message: 'translation "it" has no source file' }),
    ]);
  });

  it('does not call a translation an orphan when its source file exists but has errors', async () => {
    const { diagnostics } = await load({ 'docs/a.md': fm('title: A\ndraft: sometimes'), 'docs/a.fr.md': fm('title: A fr') });
    expect(diagnostics.map((d) => d.message)).toEqual(['draft must be true or false']);
  });

  it('refuses the same locale twice and a translation in the locale of its source', async () => {
    const { diagnostics } = await load({
      'docs/a.md': fm('title: A'),
      'docs/a.de.md': fm('title: A de'),
      'docs/a.DE.md': fm('title: A DE'),
      'docs/b.md': fm('title: B\nlocale: fr'),
      'docs/b.fr.md': fm('title: B fr'),
    });
    expect(diagnostics.map((d) => `${d.file}: ${d.message}`).sort()).toEqual([
      'docs/a.de.md: locale "de" appears twice for docs/a.md: this file and docs/a.DE.md',
      'docs/b.fr.md: this translation has the locale of its source file (docs/b.md sets locale: fr)',
    ]);
  });

  it('splits locale suffixes', () => {
    expect(splitLocaleSuffix('a/guide.fr.md')).toEqual({ base: 'a/guide', locale: 'fr' });
    expect(splitLocaleSuffix('guide.pt-BR.md')).toEqual({ base: 'guide', locale: 'pt-br' });
    expect(splitLocaleSuffix('guide.md')).toEqual({ base: 'guide', locale: undefined });
  });
});

describe('identity and safety', () => {
  it('finds two files with the same id, on both', async () => {
    const { articles } = await load({ 'docs/a.md': fm('title: A\nid: 42'), 'docs/b.md': fm('title: B\nid: "42"') });
    expect(duplicateIds(articles)).toEqual([
      expect.objectContaining({ file: 'docs/a.md', line: 3, message: 'id 42 is also claimed by docs/b.md' }),
      expect.objectContaining({ file: 'docs/b.md', line: 3, message: 'id 42 is also claimed by docs/a.md' }),
    ]);
  });

  it('refuses files that differ only in letter case, and unclosed front matter', async () => {
    const { articles, diagnostics } = await load({
      'docs/Guide.md': fm('title: G'),
      'docs/guide.md': fm('title: g'),
      'docs/open.md': '---\ntitle: Open\n\nBody\n',
    });
    expect(articles.map((a) => a.file)).toEqual(['docs/Guide.md']);
    expect(diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`)).toEqual([
      'docs/guide.md:1: this file and docs/Guide.md differ only in letter case',
      'docs/open.md:1: front matter is not closed',
    ]);
  });

  it('does not loop on a symlink back up the tree, and refuses one out of the repository', async () => {
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-outside-'));
    try {
      await fs.writeFile(path.join(outside, 'x.md'), fm('title: X'));
      const files = { 'docs/sub/a.md': fm('title: A') };
      repo = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-source-'));
      for (const [rel, text] of Object.entries(files)) {
        await fs.mkdir(path.dirname(path.join(repo, rel)), { recursive: true });
        await fs.writeFile(path.join(repo, rel), text);
      }
      await fs.symlink('..', path.join(repo, 'docs/sub/up'));
      await fs.symlink(path.join(outside, 'x.md'), path.join(repo, 'docs/x.md'));
      const { articles, diagnostics } = await loadSource(path.join(repo, 'docs'), repo);
      expect(articles.map((a) => a.key)).toEqual(['sub/a']);
      expect(diagnostics).toEqual([
        expect.objectContaining({ file: 'docs/x.md', message: expect.stringContaining('outside the repository') }),
      ]);
    } finally {
      await fs.rm(outside, { recursive: true, force: true });
    }
  });
});

describe('include and exclude', () => {
  it('match docs-relative paths like .gitignore: bare names at any depth, folders as a whole', () => {
    const filter = fileFilter({ exclude: ['drafts/**', 'README.md', '*.draft.md'] });
    expect(filter.includes('guide.md')).toBe(true);
    expect(filter.includes('a/README.md')).toBe(false);
    expect(filter.includes('a/b/x.draft.md')).toBe(false);
    expect(filter.excludesDir('drafts')).toBe(true);
    expect(filter.excludesDir('a/drafts')).toBe(false);
    const only = fileFilter({ include: ['guides/**/*.md'] });
    expect(only.includes('guides/a/b.md')).toBe(true);
    expect(only.includes('other/b.md')).toBe(false);
  });

  it('decide which Markdown files are articles', async () => {
    const { articles, diagnostics } = await load(
      {
        'docs/README.md': 'No title here.\n',
        'docs/drafts/wip.md': '---\ntitle: [broken\n---\n',
        'docs/guides/a.md': fm('title: A'),
        'docs/guides/a.fr.md': fm('title: A fr'),
      },
      { exclude: ['drafts/**', 'README.md'] },
    );
    expect(diagnostics).toEqual([]);
    expect(articles.map((a) => [a.key, a.translations.length])).toEqual([['guides/a', 1]]);
  });

  it('warn when nothing is left', async () => {
    const { diagnostics } = await load({ 'docs/a.md': fm('title: A') }, { include: ['*.markdown'] });
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', message: 'no Markdown files found' })]);
  });
});

describe('aliases from the config file', () => {
  const at = { file: 'docs/zendesk-guide.yml', line: 4, column: 5 };
  const aliases: Aliases = {
    sections: { Billing: { target: 'Account & billing / Invoices', at }, Old: { target: 360000200001, at } },
    permissionGroups: {},
    userSegments: { Public: { target: 'everyone', at } },
  };

  it('replace names in front matter and folder defaults, case-insensitively, remembering the alias', async () => {
    const { byKey } = await load(
      {
        'docs/_defaults.yml': 'user_segment: public\n',
        'docs/a.md': fm('title: A\nsection: Billing'),
        'docs/b.md': fm('title: B\nsection: old'),
        'docs/c.md': fm('title: C\nsection: Installation'),
      },
      { aliases },
    );
    expect(byKey.get('a')!.meta.section).toEqual({ kind: 'name', name: 'Account & billing / Invoices', via: { alias: 'Billing', ...at } });
    expect(byKey.get('a')!.meta.user_segment).toEqual({ kind: 'name', name: 'everyone', via: { alias: 'Public', ...at } });
    expect(byKey.get('b')!.meta.section).toEqual({ kind: 'id', id: 360000200001, via: { alias: 'Old', ...at } });
    expect(byKey.get('c')!.meta.section).toEqual({ kind: 'name', name: 'Installation' });
    // The location stays the key that used the alias.
    expect(byKey.get('a')!.locations.section).toMatchObject({ file: 'docs/a.md', line: 3 });
  });
});
