import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/source/discover.js';
import { expandIncludes, FragmentReader, originOf } from '../../src/source/include.js';
import { loadSource } from '../../src/source/load.js';

async function tree(files: Record<string, string>): Promise<string> {
  const repo = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-frag-'));
  for (const [rel, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(repo, rel)), { recursive: true });
    await fs.writeFile(path.join(repo, rel), text);
  }
  return repo;
}

const doc = (repo: string, rel: string, bodyLine = 1) => ({ file: rel, absPath: path.join(repo, rel), bodyLine });

describe('fragments', () => {
  it('replaces an include alone on its line, recursively, with paths relative to the including file', async () => {
    const repo = await tree({
      'docs/_snippets/contact.md': 'Contact us.\n<!-- include: sig.md -->\n',
      'docs/_snippets/sig.md': 'The team\n',
    });
    const reader = new FragmentReader(path.join(repo, 'docs'), repo);
    const body = 'Intro\n\n<!-- include: ../_snippets/contact.md -->\n\nEnd\n';
    const out = expandIncludes(body, doc(repo, 'docs/guide/a.md', 4), undefined, reader);
    expect(out.diagnostics).toEqual([]);
    expect(out.markdown).toBe('Intro\n\nContact us.\nThe team\n\nEnd\n');
    expect(out.included.fragments).toEqual(['docs/_snippets/contact.md', 'docs/_snippets/sig.md']);
    // Line 4 of the expanded body (file line 7) is line 1 of sig.md; line 6 is the file's own line 8.
    const d = { ...doc(repo, 'docs/guide/a.md', 4), included: out.included };
    expect(originOf(d, 7)).toMatchObject({ file: 'docs/_snippets/sig.md', line: 1 });
    expect(originOf(d, 6)).toMatchObject({ file: 'docs/_snippets/contact.md', line: 1 });
    expect(originOf(d, 9)).toMatchObject({ file: 'docs/guide/a.md', line: 8 });
  });

  it('leaves includes in code fences and inline mentions alone', async () => {
    const repo = await tree({ 'docs/_s/x.md': 'X\n' });
    const reader = new FragmentReader(path.join(repo, 'docs'), repo);
    const body = '```\n<!-- include: _s/x.md -->\n```\nSee <!-- include: _s/x.md --> here.\n';
    const out = expandIncludes(body, doc(repo, 'docs/a.md'), undefined, reader);
    expect(out.markdown).toBe(body);
    expect(out.included.fragments).toEqual([]);
  });

  it('prefers name.<locale>.md beside the fragment for a translation', async () => {
    const repo = await tree({ 'docs/_s/contact.md': 'Contact\n', 'docs/_s/contact.fr.md': 'Contactez-nous\n' });
    const reader = new FragmentReader(path.join(repo, 'docs'), repo);
    const body = '<!-- include: _s/contact.md -->\n';
    expect(expandIncludes(body, doc(repo, 'docs/a.fr.md'), 'fr', reader).markdown).toBe('Contactez-nous\n');
    expect(expandIncludes(body, doc(repo, 'docs/a.de.md'), 'de', reader).markdown).toBe('Contact\n');
    expect(expandIncludes(body, doc(repo, 'docs/a.md'), undefined, reader).markdown).toBe('Contact\n');
  });

  it('a missing fragment, a path outside the docs folder, a hidden folder and a cycle are errors at the include', async () => {
    const repo = await tree({
      'docs/_s/a.md': 'A\n<!-- include: b.md -->\n',
      'docs/_s/b.md': 'B\n\n<!-- include: a.md -->\n',
      'docs/.git/config.md': 'secret\n',
      'docs/.github/x.md': 'x\n',
      'outside.md': 'out\n',
    });
    const reader = new FragmentReader(path.join(repo, 'docs'), repo);
    const body = [
      '<!-- include: _s/missing.md -->',
      '<!-- include: ../outside.md -->',
      '<!-- include: .git/config.md -->',
      '<!-- include: _s/../.github/x.md -->',
      '<!-- include: /etc/passwd.md -->',
      '<!-- include: _s/a.md -->',
    ].join('\n');
    const out = expandIncludes(body, doc(repo, 'docs/a.md', 3), undefined, reader);
    const found = out.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`);
    expect(found).toEqual([
      'docs/a.md:3 cannot include: fragment "docs/_s/missing.md" does not exist',
      'docs/a.md:4 cannot include: "../outside.md" is outside the docs folder; refusing to read it',
      'docs/a.md:5 cannot include: ".git/config.md" is inside .git/, which holds the checkout\'s credentials; refusing to read it',
      'docs/a.md:6 cannot include: "_s/../.github/x.md" is a dotfile or inside a dot-folder; refusing to read or upload it',
      'docs/a.md:7 cannot include: absolute path "/etc/passwd.md" is not allowed; use a path relative to this file',
      'docs/_s/b.md:3 include cycle: docs/a.md → docs/_s/a.md → docs/_s/b.md → docs/_s/a.md',
    ]);
    expect(out.markdown).not.toContain('secret');
  });

  it('refuses a fragment that is a symbolic link out of the docs folder', async () => {
    const repo = await tree({ 'secret.md': 'secret\n', 'docs/a.md': 'x\n' });
    await fs.mkdir(path.join(repo, 'docs/_s'));
    await fs.symlink(path.join(repo, 'secret.md'), path.join(repo, 'docs/_s/link.md'));
    const reader = new FragmentReader(path.join(repo, 'docs'), repo);
    const out = expandIncludes('<!-- include: _s/link.md -->\n', doc(repo, 'docs/a.md'), undefined, reader);
    expect(out.diagnostics[0]!.message).toMatch(/link to a file outside the docs folder/);
  });

  it('Markdown files in folders that start with _ are fragments, never articles', async () => {
    const repo = await tree({
      'docs/a.md': 'A\n',
      'docs/_snippets/contact.md': 'C\n',
      'docs/guide/_parts/p.md': 'P\n',
      'docs/guide/b.md': 'B\n',
    });
    const found = await discover(path.join(repo, 'docs'), repo);
    expect(found.markdown.map((f) => f.rel)).toEqual(['a.md', 'guide/b.md']);
  });

  it('loadSource expands fragments into the body, with the fragment lines mapped back', async () => {
    const repo = await tree({
      'docs/_snippets/contact.md': 'Write to us.\n',
      'docs/_snippets/contact.fr.md': 'Écrivez-nous.\n',
      'docs/a.md': '---\ntitle: A\nsection: 1\n---\nHi\n\n<!-- include: _snippets/contact.md -->\n',
      'docs/a.fr.md': '---\ntitle: A fr\n---\nSalut\n\n<!-- include: _snippets/contact.md -->\n',
      'docs/b.md': '---\ntitle: B\nsection: 1\n---\n<!-- include: _snippets/nope.md -->\n',
    });
    const result = await loadSource(path.join(repo, 'docs'), repo);
    const a = result.articles.find((x) => x.key === 'a')!;
    expect(a.body).toBe('Hi\n\nWrite to us.\n');
    expect(a.translations[0]!.body).toBe('Salut\n\nÉcrivez-nous.\n');
    expect(a.included?.fragments).toEqual(['docs/_snippets/contact.md']);
    expect(a.translations[0]!.included?.fragments).toEqual(['docs/_snippets/contact.fr.md']);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`)).toEqual([
      'docs/b.md:5: cannot include: fragment "docs/_snippets/nope.md" does not exist',
    ]);
  });
});
