import fs from 'node:fs/promises';
import path from 'node:path';
import { splitFrontMatter } from '../source/frontmatter.js';

/**
 * Adds `id: <n>` to the front matter of files whose article was just created, leaving every
 * other byte as it was. Ids make identity survive anything (renames, moves, a changed docs
 * root); without them the marker still prevents duplicates, so this is an opt-in convenience.
 * Returns the repo-relative files it changed; the workflow commits them.
 */
export async function writeBackIds(newIds: Record<string, number>, repoRoot: string): Promise<string[]> {
  const changed: string[] = [];
  for (const [file, id] of Object.entries(newIds).sort(([a], [b]) => a.localeCompare(b))) {
    const abs = path.resolve(repoRoot, file);
    const text = await fs.readFile(abs, 'utf8');
    const updated = withId(text, id);
    if (updated !== text) {
      await fs.writeFile(abs, updated);
      changed.push(file);
    }
  }
  return changed;
}

/** The file's text with `id:` as the first front matter key (unchanged if it has one). */
export function withId(text: string, id: number): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = bom ? text.slice(1) : text;
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  // The same reading of the fences as the source stage, so the id lands where it is read.
  const split = splitFrontMatter(text);
  if (split.unclosed) return text;
  if (split.yaml === undefined) return `${bom}---${eol}id: ${id}${eol}---${eol}${body}`;
  if (/^id[ \t]*:/m.test(split.yaml)) return text;
  const afterFence = body.indexOf('\n') + 1;
  return `${bom}${body.slice(0, afterFence)}id: ${id}${eol}${body.slice(afterFence)}`;
}
