import fs from 'node:fs/promises';
import path from 'node:path';
import { isInside } from '../shared/paths.js';

/**
 * The import's docs folder, made when missing, and only inside the repository: the settings
 * check that follows (config/resolve.ts) then finds it, or names a path outside.
 */
export async function makeImportFolder(repoRoot: string, docsPath: string | undefined): Promise<void> {
  const docsRoot = path.resolve(repoRoot, docsPath?.trim() || 'docs');
  if (isInside(path.resolve(repoRoot), docsRoot)) await fs.mkdir(docsRoot, { recursive: true });
}
