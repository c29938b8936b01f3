import fs from 'node:fs/promises';
import path from 'node:path';
import { sha256, writeAtomic, type ImportState } from './state.js';
import type { ImportResult } from './types.js';

/** The import's writes into the docs root: never over a file the user changed since the import wrote it. */
export class ImportFiles {
  constructor(
    private readonly docsRoot: string,
    private readonly state: ImportState,
    private readonly result: ImportResult,
    private readonly force: boolean,
  ) {}

  /** Writes a file unless the user changed it since the import wrote it; returns whether it holds `content` now. */
  async put(rel: string, content: string | Uint8Array): Promise<boolean> {
    const abs = path.join(this.docsRoot, rel);
    const wanted = sha256(content);
    let current: string | undefined;
    try {
      current = sha256(await fs.readFile(abs));
    } catch {
      current = undefined;
    }
    const recorded = this.state.files[rel];
    if (current === wanted) {
      this.state.files[rel] = wanted;
      this.result.unchanged++;
      return true;
    }
    const userChanged = recorded !== undefined ? current !== recorded : current !== undefined;
    if (userChanged && !this.force) {
      this.result.conflicts.push(rel);
      return false;
    }
    await writeAtomic(abs, content);
    this.state.files[rel] = wanted;
    this.result.written.push(rel);
    return true;
  }
}
