import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareArticles, type PrepareOptions } from '../../src/render/prepare.js';
import { loadSource } from '../../src/source/load.js';

let repo: string | undefined;
const cleanup: string[] = [];
afterEach(async () => {
  for (const dir of cleanup.splice(0)) await fs.rm(dir, { recursive: true, force: true });
  repo = undefined;
});

async function prepare(
  files: Record<string, string | Buffer>,
  options: Partial<PrepareOptions> = {},
  setup?: (repo: string) => Promise<void>,
) {
  repo = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-prepare-'));
  cleanup.push(repo);
  for (const [rel, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(repo, rel)), { recursive: true });
    await fs.writeFile(path.join(repo, rel), content);
  }
  await setup?.(repo);
  const docsRoot = path.join(repo, 'docs');
  const source = await loadSource(docsRoot, repo);
  expect(source.diagnostics).toEqual([]);
  const result = await prepareArticles(source.articles, { docsRoot, repoRoot: repo, ...options });
  return { ...result, byFile: new Map(result.prepared.map((p) => [p.source.file, p])) };
}

const fm = (yaml: string, body: string) => `---\n${yaml}\n---\n${body}`;

describe('prepareArticles: titles', () => {
  it('takes the title from front matter, else from the leading H1, which then leaves the body (translations too)', async () => {
    const { byFile, diagnostics } = await prepare({
      'docs/a.md': fm('title: From front matter', '# Kept heading\n\nText.\n'),
      'docs/b.md': fm('draft: true', '# From the heading\n\nText.\n'),
      'docs/b.fr.md': fm('draft: true', '# Depuis le titre\n\nTexte.\n'),
    });
    expect(diagnostics).toEqual([]);
    expect(byFile.get('docs/a.md')!.bodies[0]).toMatchObject({
      title: 'From front matter',
      template: expect.stringContaining('<h1 id="kept-heading">'),
    });
    const b = byFile.get('docs/b.md')!;
    expect(b.bodies.map((x) => [x.title, x.template])).toEqual([
      ['From the heading', '<p>Text.</p>'],
      ['Depuis le titre', '<p>Texte.</p>'],
    ]);
  });
});

describe('prepareArticles: local files', () => {
  it('collects images and linked files relative to the Markdown file, hashed', async () => {
    const { byFile, diagnostics } = await prepare({
      'docs/guides/a.md': fm('title: A', '![dialog](img/dialog.png)\n\n[the form](../files/form.pdf)\n'),
      'docs/guides/img/dialog.png': Buffer.from([1, 2, 3]),
      'docs/files/form.pdf': '%PDF-1.4',
    });
    expect(diagnostics).toEqual([]);
    const refs = byFile.get('docs/guides/a.md')!.bodies[0]!.refs;
    expect(refs).toEqual([
      expect.objectContaining({
        kind: 'asset',
        asset: expect.objectContaining({ file: 'docs/guides/img/dialog.png', inline: true, contentType: 'image/png' }),
      }),
      expect.objectContaining({
        kind: 'asset',
        asset: expect.objectContaining({ file: 'docs/files/form.pdf', inline: false, contentType: 'application/pdf' }),
      }),
    ]);
  });

  it('reports every missing or refused file at its line and column, and drops only that article', async () => {
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-outside-'));
    cleanup.push(outside);
    await fs.writeFile(path.join(outside, 'secret.png'), 'x');
    const { prepared, diagnostics } = await prepare(
      {
        'docs/a.md': fm('title: A', 'Text.\n\n![missing](nope.png) and ![up](../../etc.png)\n\n![abs](/etc/hosts) [link](secret.png)\n'),
        'docs/ok.md': fm('title: OK', 'Fine.\n'),
      },
      {},
      async (root) => fs.symlink(path.join(outside, 'secret.png'), path.join(root, 'docs/secret.png')),
    );
    expect(prepared.map((p) => p.source.file)).toEqual(['docs/ok.md']);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '6:1 file "nope.png" does not exist',
      '6:26 "../../etc.png" points outside the repository; refusing to read it',
      '8:1 absolute path "/etc/hosts" is not allowed',
      '8:20 "secret.png" is a link to a file outside the repository; refusing to read it',
    ]);
  });
});

describe('prepareArticles: links between articles', () => {
  it('accepts links to articles and translations, and warns about a missing #anchor in the version the link opens', async () => {
    const { prepared, diagnostics } = await prepare({
      'docs/a.md': fm('title: A', 'See [setup](guides/setup.md#proxy) and [nope](guides/setup.md#nope).\n'),
      'docs/a.fr.md': fm('title: A fr', 'Voir [installation](guides/setup.md#mandataire) et [proxy](guides/setup.md#proxy).\n'),
      'docs/guides/setup.md': fm('title: Setup', '## Proxy\n'),
      'docs/guides/setup.fr.md': fm('title: Installation', '## Mandataire\n'),
    });
    expect(prepared).toHaveLength(2);
    expect(diagnostics.map((d) => `${d.severity} ${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([
      'warning docs/a.md:4:40 no heading or element with id "nope" in docs/guides/setup.md',
      'warning docs/a.fr.md:4:52 no heading or element with id "proxy" in docs/guides/setup.fr.md',
    ]);
  });

  it('refuses a link to a Markdown file that is not an article, with the closest path as a hint', async () => {
    const { prepared, diagnostics } = await prepare({
      'docs/a.md': fm('title: A', '[setup](set-up.md) [out](../README.md)\n'),
      'docs/setup.md': fm('title: Setup', 'Text.\n'),
      'README.md': '# Repo\n',
    });
    expect(prepared.map((p) => p.source.file)).toEqual(['docs/setup.md']);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'docs/a.md',
        line: 4,
        column: 1,
        message: 'link to "set-up.md", which is not an article in the docs folder',
        hint: 'did you mean "setup.md"?',
      }),
      expect.objectContaining({
        severity: 'error',
        line: 4,
        column: 20,
        message: 'link to "../README.md", which is outside the docs folder',
      }),
    ]);
  });

  it('warns about a same-article #anchor that leads nowhere', async () => {
    const { diagnostics } = await prepare({ 'docs/a.md': fm('title: A', '## Steps\n\n[steps](#steps) [typo](#step)\n') });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 6,
        column: 17,
        message: 'no heading or element with id "step" in this article',
      }),
    ]);
  });
});

describe('prepareArticles: render options from the config file', () => {
  it('passes alerts, unsafe HTML and the default locale to the renderer; removed raw HTML is a warning at its line', async () => {
    const files = { 'docs/a.md': fm('title: A', '> [!TIP]\n> Use it.\n\n<iframe src="https://v.example/1"></iframe>\n') };
    const safe = await prepare(files, { defaultLocale: 'de' });
    expect(safe.prepared[0]!.bodies[0]!.template).toContain('<p class="zgp-alert-title">Tipp</p>');
    expect(safe.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'docs/a.md', line: 7, message: expect.stringContaining('<iframe>') }),
    ]);

    const unsafe = await prepare(files, { render: { alerts: false, allowUnsafeHtml: true } });
    expect(unsafe.prepared[0]!.bodies[0]!.template).toContain('<blockquote>');
    expect(unsafe.prepared[0]!.bodies[0]!.template).toContain('<iframe src="https://v.example/1"></iframe>');
    expect(unsafe.diagnostics).toEqual([]);
  });
});
