import fs from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { fileFilter, type Selection } from '../shared/globs.js';
import { isInside } from '../shared/paths.js';
import { structureKindOf } from './structure-names.js';

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
  /** `_section.yml` and `_category.yml` files. */
  structure: DiscoveredFile[];
  diagnostics: Diagnostic[];
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/**
 * Walks the docs root for Markdown files and `_defaults.yml` files, in a stable order. Hidden
 * folders, node_modules and what the config file excludes are skipped; a symlink that resolves
 * outside the repository is refused, never followed.
 */
export async function discover(docsRoot: string, repoRoot: string, selection: Partial<Selection> = {}): Promise<Discovery> {
  const filter = fileFilter(selection);
  const markdown: DiscoveredFile[] = [];
  const defaults: DiscoveredFile[] = [];
  const structure: DiscoveredFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const realRepo = await fs.realpath(repoRoot);
  // Paths are built from the walk rather than with path.relative per entry: a large tree has
  // thousands of entries, and relative() resolves both paths every time.
  const docsPrefix = toPosix(path.relative(repoRoot, docsRoot));
  const describe = (abs: string, rel: string): DiscoveredFile => ({
    absPath: abs,
    file: docsPrefix === '' ? rel : `${docsPrefix}/${rel}`,
    rel,
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
    return { markdown, defaults, structure, diagnostics };
  }

  const isDefaults = (name: string) => name === '_defaults.yml' || name === '_defaults.yaml';
  // A Markdown file in a folder whose name starts with `_` (`_snippets/`) is a fragment that
  // articles include (source/include.ts), never an article of its own.
  const isArticle = (name: string, rel: string) =>
    /\.md$/i.test(name) && !name.startsWith('_') && !rel.startsWith('_') && !rel.includes('/_') && filter.includes(rel);
  // Real paths of folders already walked: a symlink back up the tree must not loop forever.
  const visited = new Set<string>();

  async function walk(dir: string, relDir: string): Promise<void> {
    const realDir = await fs.realpath(dir);
    if (visited.has(realDir)) return;
    visited.add(realDir);
    const entries = (await fs.readdir(dir, { withFileTypes: true }))
      // Code-point order, not localeCompare: the same on every machine whatever its locale.
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const abs = path.join(dir, entry.name);
      const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
      if (filter.excludesDir(rel)) continue;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        // A link the run would ignore anyway (an image, an excluded page) is not worth an error.
        if (/\.[a-z0-9]+$/i.test(entry.name) && !isDefaults(entry.name) && !structureKindOf(entry.name) && !isArticle(entry.name, rel))
          continue;
        let real: string;
        try {
          real = await fs.realpath(abs);
        } catch {
          diagnostics.push({ severity: 'error', file: describe(abs, rel).file, line: 1, column: 1, message: 'broken symbolic link' });
          continue;
        }
        if (!isInside(realRepo, real)) {
          diagnostics.push({
            severity: 'error',
            file: describe(abs, rel).file,
            line: 1,
            column: 1,
            message: 'symbolic link points outside the repository; refusing to read it',
            hint: 'copy the file into the repository instead',
          });
          continue;
        }
        const stat = await fs.stat(real);
        isDir = stat.isDirectory();
        isFile = stat.isFile();
      }
      if (isDir) await walk(abs, rel);
      else if (isFile && isDefaults(entry.name)) defaults.push(describe(abs, rel));
      else if (isFile && structureKindOf(entry.name)) structure.push(describe(abs, rel));
      else if (isFile && isArticle(entry.name, rel)) markdown.push(describe(abs, rel));
    }
  }
  await walk(docsRoot, '');
  return { markdown, defaults, structure, diagnostics };
}
