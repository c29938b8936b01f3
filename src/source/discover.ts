import fs from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';

export interface DiscoveredFile {
  absPath: string;
  /** Repo-relative, forward slashes. */
  file: string;
  /** Docs-relative, forward slashes. */
  rel: string;
}

export interface Discovery {
  markdown: DiscoveredFile[];
  defaults: DiscoveredFile[];
  diagnostics: Diagnostic[];
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/** True when `target` is `root` or beneath it. */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Walks the docs root for Markdown files and `_defaults.yml` files, in a stable order. Hidden
 * folders and node_modules are skipped; a symlink that resolves outside the repository is
 * refused, never followed.
 */
export async function discover(docsRoot: string, repoRoot: string): Promise<Discovery> {
  const markdown: DiscoveredFile[] = [];
  const defaults: DiscoveredFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const realRepo = await fs.realpath(repoRoot);
  const describe = (abs: string): DiscoveredFile => ({
    absPath: abs,
    file: toPosix(path.relative(repoRoot, abs)),
    rel: toPosix(path.relative(docsRoot, abs)),
  });

  try {
    const stat = await fs.stat(docsRoot);
    if (!stat.isDirectory()) throw new Error('not a directory');
  } catch {
    diagnostics.push({
      severity: 'error',
      file: toPosix(path.relative(repoRoot, docsRoot)) || '.',
      message: 'the docs folder does not exist',
      hint: 'set the `path` input (default "docs") to the folder that holds your Markdown',
    });
    return { markdown, defaults, diagnostics };
  }

  async function walk(dir: string): Promise<void> {
    const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const abs = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let real: string;
        try {
          real = await fs.realpath(abs);
        } catch {
          diagnostics.push({ severity: 'error', file: describe(abs).file, message: 'broken symbolic link' });
          continue;
        }
        if (!isInside(realRepo, real)) {
          diagnostics.push({
            severity: 'error',
            file: describe(abs).file,
            message: 'symbolic link points outside the repository; refusing to read it',
          });
          continue;
        }
        const stat = await fs.stat(real);
        isDir = stat.isDirectory();
        isFile = stat.isFile();
      }
      if (isDir) {
        await walk(abs);
      } else if (isFile) {
        if (entry.name === '_defaults.yml' || entry.name === '_defaults.yaml') defaults.push(describe(abs));
        else if (/\.md$/i.test(entry.name) && !entry.name.startsWith('_')) markdown.push(describe(abs));
      }
    }
  }
  await walk(docsRoot);
  return { markdown, defaults, diagnostics };
}
