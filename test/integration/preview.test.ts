import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULTS_YML, DocsTree, png } from '../helpers/docs-tree.js';
import { cli, copyOfExamples, filesUnder } from '../helpers/preview.js';

const read = (dir: string, rel: string) => fs.readFile(path.join(dir, rel), 'utf8');

describe('zendesk-guide-publisher preview', () => {
  it('without credentials renders every article in every locale, says "not compared", and copies local files in', async () => {
    const repo = await copyOfExamples();
    const out = path.join(repo, 'site');
    const run = await cli(['preview', '--repo', repo, '--path', 'docs', '--out', out], {});
    expect(run.code).toBe(0);
    expect(await filesUnder(out)).toEqual([
      '.zendesk-guide-preview',
      'assets/missing-image.svg',
      'assets/style.css',
      // examples/docs' mermaid diagram: the same PNG bytes (so the same name) on every machine.
      'files/3aefdaa43debf621/diagram-3aefdaa43debf621.png',
      'files/a12abfdbcad9dbe0/sample-invoice.pdf',
      'files/c7d5d50f6c7599aa/install-dialog.png',
      'hc/en-us/billing/change-billing-email.html',
      'hc/en-us/billing/download-invoices.html',
      'hc/en-us/billing/refunds.html',
      'hc/en-us/getting-started/first-steps.html',
      'hc/en-us/getting-started/install-the-app.html',
      'hc/en-us/getting-started/system-requirements.html',
      'hc/en-us/troubleshooting/app-does-not-start.html',
      'hc/fr/getting-started/install-the-app.html',
      'index.html',
    ]);
    const install = await read(out, 'hc/en-us/getting-started/install-the-app.html');
    expect(install).toContain('<strong>Not compared with Zendesk</strong>');
    expect(install).toContain('<img src="../../../files/c7d5d50f6c7599aa/install-dialog.png"');
    expect(install).toContain('<a href="system-requirements.html">system requirements</a>');
    expect(install).toContain('<a href="../../fr/getting-started/install-the-app.html" lang="fr" hreflang="fr">French (fr)</a>');
    // The page holds the body a publish writes: the marker-free rendered HTML, not a re-render of the Markdown.
    expect(install).toContain('<h2 id="download-the-installer">Download the installer</h2>');
    // A link to an anchor in another article keeps it.
    expect(await read(out, 'hc/en-us/getting-started/first-steps.html')).toContain('href="install-the-app.html#run-the-installer"');
    // Nothing points off the machine but what the Markdown itself links to.
    const index = await read(out, 'index.html');
    expect(index).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(index).toContain('Offline dry run');
  });

  it('renders a tree with errors as far as it goes, and lists the errors on the index with file:line', async () => {
    const tree = await DocsTree.create({
      'docs/_defaults.yml': DEFAULTS_YML,
      'docs/good.md': '---\ntitle: Good\n---\nSee [the bad one](bad.md) and ![a shot](shot.png).\n',
      'docs/shot.png': png(1),
      'docs/bad.md': '---\ntitle: Bad\n---\nA [broken link](nowhere.md).\n\n![missing](gone.png)\n\n<script>alert(1)</script>\n',
    });
    const out = path.join(tree.repo, 'preview');
    const run = await cli(['preview', '--repo', tree.repo, '--out', out], {});
    expect(run.code).toBe(1);
    const index = await read(out, 'index.html');
    expect(index).toContain('<code>docs/bad.md:4:3</code> link to &quot;nowhere.md&quot;, which is not an article in the docs folder');
    expect(index).toContain('<code>docs/bad.md:6:1</code> file &quot;gone.png&quot; does not exist');
    expect(index).toMatch(/2 errors, 1 warning: a publish would stop before writing anything/);
    const bad = await read(out, 'hc/default/bad.html');
    expect(bad).toContain('Not publishable as it is: 2 errors in this article');
    expect(bad).toContain('<img src="../../assets/missing-image.svg" alt="missing">');
    expect(bad).toContain('<a href="../../index.html#problems">broken link</a>');
    // Sanitized as the publish would: the script is not on the page.
    expect(bad).not.toContain('alert(1)');
    const good = await read(out, 'hc/default/good.html');
    expect(good).toContain('<a href="bad.html">the bad one</a>');
    expect(good).toContain('docs have errors elsewhere');
  });

  it('replaces an earlier preview, and refuses a folder it did not make', async () => {
    const repo = await copyOfExamples();
    const out = path.join(repo, 'site');
    expect((await cli(['preview', '--repo', repo, '--path', 'docs', '--out', out], {})).code).toBe(0);
    await fs.writeFile(path.join(out, 'stale.html'), 'old');
    expect((await cli(['preview', '--repo', repo, '--path', 'docs', '--out', out], {})).code).toBe(0);
    await expect(fs.access(path.join(out, 'stale.html'))).rejects.toThrow();

    const precious = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-precious-'));
    await fs.writeFile(path.join(precious, 'notes.txt'), 'keep me');
    const refused = await cli(['preview', '--repo', repo, '--path', 'docs', '--out', precious], {});
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('holds files that no preview made; refusing to replace them');
    expect(await fs.readFile(path.join(precious, 'notes.txt'), 'utf8')).toBe('keep me');
  });

  it('is listed in the CLI help', async () => {
    const help = await cli(['--help'], {});
    expect(help.stdout).toMatch(/preview \[options\] +render every article in every locale into a static site/);
    const own = await cli(['preview', '--help'], {});
    expect(own.stdout).toContain('--out <dir>');
    expect(own.stdout).toContain('--open');
  });
});
