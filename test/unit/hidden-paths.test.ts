import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayReferToHiddenPaths } from '../../src/run/hidden-paths.js';

async function docs(files: Record<string, string>, links: Record<string, string> = {}): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-hidden-'));
  for (const [rel, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await fs.writeFile(path.join(root, rel), text);
  }
  for (const [rel, to] of Object.entries(links)) await fs.symlink(to, path.join(root, rel));
  return root;
}

const flagged = async (text: string) => (await mayReferToHiddenPaths(await docs({ 'a.md': text }))) !== undefined;

describe('the look before any request for a reference to a hidden path', () => {
  it.each([
    '[c](../.git/config)',
    '![x](.git/config)',
    'See [env](../.env).',
    '<img src="../.ssh/id_rsa">',
    '<a href=".npmrc">',
    '[x](%2egit/config)',
    '[x](../%2Eenv)',
    '[x](&#46;env)',
    '[x](&period;env)',
    '[ref]: ../.github/notes.txt',
    '{{> .private/fragment.md }}',
    '[x](sub\\.hidden\\file)',
  ])('flags %s', async (text) => {
    expect(await flagged(`---\ntitle: T\n---\n\n${text}\n`)).toBe(true);
  });

  it.each([
    '![x](./img.png)',
    '[a](../guides/b.md)',
    'file.name.png and e.g. this, v1.2 or 3.5',
    '[x](https://example.com/a.b)',
    '...and so on',
  ])('leaves %s alone', async (text) => {
    expect(await flagged(`---\ntitle: T\n---\n\n${text}\n`)).toBe(false);
  });

  it('flags a file that names a symbolic link of the docs folder, whatever the link is called', async () => {
    const root = await docs({ 'a.md': '![logo](logo.png)\n', 'b.md': 'No images.\n' }, { 'logo.png': '../.git/config' });
    const found = await mayReferToHiddenPaths(root);
    expect([...(found?.files ?? [])].map((f) => path.basename(f))).toEqual(['a.md']);
  });

  it('never reads inside a dot-folder of the docs', async () => {
    expect(await mayReferToHiddenPaths(await docs({ '.drafts/a.md': '[c](../.git/config)', 'b.md': 'Fine.\n' }))).toBeUndefined();
  });
});
