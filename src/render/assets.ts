import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { checkLocalFile, hiddenPathProblem, type LocalFilePolicy } from '../shared/local-file.js';

/** Zendesk refuses attachments over 20 MB. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** Why a file is not read: a message with `%s` for the path as written. */
interface Refusal {
  problem: string;
  hint?: string;
  /** A path the policy refuses (src/shared/local-file.ts), not a missing or oversized file. */
  refused?: true;
}

export interface AssetFile {
  absPath: string;
  /** Repo-relative, forward slashes. */
  file: string;
  name: string;
  /** sha256 of the bytes, hex, shortened: the identity of an upload. */
  sha: string;
  size: number;
  contentType: string;
  /** Images are inline attachments; other linked files are block attachments. */
  inline: boolean;
  /**
   * The bytes, for a file made by the run rather than read from the repository (a diagram's
   * PNG, see render/diagram.ts); `absPath` is then empty.
   */
  data?: Buffer;
}

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.csv': 'text/csv',
  '.txt': 'text/plain',
  '.json': 'application/json',
  '.mp4': 'video/mp4',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function contentTypeOf(name: string): string {
  return TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/** Strips `?query` and `#fragment` and decodes %20 and friends. */
export function referencePath(url: string): string {
  const bare = url.split('#')[0]!.split('?')[0]!;
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}

/**
 * Where a link to another Markdown file points: the target's docs-relative path and the
 * `#anchor`, resolved from the linking file's own docs-relative path.
 */
export function linkTarget(fromDocsRel: string, url: string): { rel: string; anchor: string } {
  const rel = path.posix.normalize(path.posix.join(path.posix.dirname(fromDocsRel), referencePath(url)));
  const anchor = url.includes('#') ? url.slice(url.indexOf('#') + 1) : '';
  return { rel, anchor };
}

/**
 * Reads the local files an article references. Edge I/O: resolves each path relative to the
 * Markdown file, refuses anything that leaves the repository (`..`, absolute paths, symlinks)
 * or lies under `.git/`, a dot-folder or is a dotfile (src/shared/local-file.ts), and hashes the bytes so an unchanged file is never uploaded twice.
 */
export class AssetReader {
  /** By absolute path; whether a file is inline depends on how it is referenced, so it is not cached. */
  private readonly cache = new Map<string, Promise<Omit<AssetFile, 'inline'> | Refusal>>();
  private realRepo: Promise<string>;
  private readonly policy: LocalFilePolicy;
  private readonly repoRoot: string;

  /** A repository root alone, or the whole policy (docs root, `allow_dot_paths`). */
  constructor(policy: string | LocalFilePolicy) {
    this.policy = typeof policy === 'string' ? { repoRoot: policy } : policy;
    this.repoRoot = this.policy.repoRoot;
    this.realRepo = fs.realpath(this.repoRoot);
  }

  async read(
    ref: { url: string; kind: 'image' | 'file'; line: number; column: number },
    fromFile: { absPath: string; file: string },
    diagnostics: Diagnostic[],
  ): Promise<AssetFile | undefined> {
    const at = { severity: 'error' as const, file: fromFile.file, line: ref.line, column: ref.column };
    const rel = referencePath(ref.url);
    if (path.isAbsolute(rel) || rel.startsWith('/') || rel.startsWith('\\')) {
      diagnostics.push({ ...at, message: `absolute path "${ref.url}" is not allowed`, hint: 'use a path relative to this file' });
      return undefined;
    }
    const abs = path.resolve(path.dirname(fromFile.absPath), rel);
    const result = await this.cached(abs);
    if ('problem' in result) {
      diagnostics.push({
        ...at,
        message: result.problem.replace('%s', ref.url),
        ...(result.hint ? { hint: result.hint } : {}),
        ...(result.refused ? { code: 'local-path-refused' as const } : {}),
      });
      return undefined;
    }
    return { ...result, inline: ref.kind === 'image' };
  }

  private cached(abs: string): Promise<Omit<AssetFile, 'inline'> | Refusal> {
    let entry = this.cache.get(abs);
    if (!entry) {
      entry = this.load(abs);
      this.cache.set(abs, entry);
    }
    return entry;
  }

  /** Content hash of a file inside the repository, or undefined when it cannot be read there. */
  async shaOf(abs: string): Promise<string | undefined> {
    if (hiddenPathProblem(this.policy, abs)) return undefined;
    const result = await this.cached(abs);
    return 'problem' in result ? undefined : result.sha;
  }

  // Synchronous file calls: a large tree references thousands of small files, and a thread-pool
  // round trip per call cost more than the calls themselves.
  // The path is checked (src/shared/local-file.ts) before anything touches the file.
  private async load(abs: string): Promise<Omit<AssetFile, 'inline'> | Refusal> {
    const checked = checkLocalFile(this.policy, await this.realRepo, abs);
    if ('missing' in checked) return { problem: 'file "%s" does not exist' };
    if ('problem' in checked) return checked;
    const real = checked.real;
    const stat = statSync(real);
    if (!stat.isFile()) return { problem: '"%s" is not a file' };
    if (stat.size > MAX_ATTACHMENT_BYTES) {
      return { problem: `"%s" is ${(stat.size / 1024 / 1024).toFixed(1)} MB; Zendesk takes attachments up to 20 MB` };
    }
    const data = readFileSync(real);
    const name = path.basename(abs);
    return {
      absPath: real,
      file: path.relative(this.repoRoot, abs).split(path.sep).join('/'),
      name,
      sha: createHash('sha256').update(data).digest('hex').slice(0, 16),
      size: stat.size,
      contentType: contentTypeOf(name),
    };
  }
}
