import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ZdArticle } from '../remote/types.js';
import { translationsOf } from '../plan/remote-index.js';

/** Bodies are written in chunks of about this size: few system calls, little held in memory. */
const CHUNK_BYTES = 1 << 20;

/**
 * The stored bodies of a help center, kept on disk rather than in memory. A diff needs the live
 * text of the translations the plan updates, but which ones is known only once the plan is made,
 * long after each export page has been read and its bodies dropped (memory stays flat for help
 * centers of 40,000 translations; reading them again would cost a request each). So every body
 * is appended to one temporary file as its page arrives, and only an offset per translation is
 * kept; the few that are diffed are read back from it.
 */
export class BodySpool {
  private readonly dir: string;
  private readonly fd: number;
  private readonly where = new Map<number, Map<string, { at: number; bytes: number }>>();
  // One buffer, reused: each body is encoded straight into it and the buffer written when full.
  // A Buffer per body, or one joined string per chunk, allocated 40,000 times (or a megabyte at
  // a time, in V8's large-object space) memory that was given back only lazily: it showed in the
  // peak RSS of the largest help center's dry run.
  private readonly buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private filled = 0;
  private written = 0;
  private closed = false;

  constructor(parent: string = process.env.RUNNER_TEMP || os.tmpdir()) {
    this.dir = mkdtempSync(path.join(parent, 'zgp-bodies-'));
    this.fd = openSync(path.join(this.dir, 'bodies'), 'w+', 0o600);
  }

  /** Every translation of an article, as the snapshot has it; a repeat replaces the earlier copy. */
  add(article: ZdArticle): void {
    if (this.closed) return;
    const locales = new Map<string, { at: number; bytes: number }>();
    for (const t of translationsOf(article)) {
      if (!t.body) continue;
      locales.set(t.locale.toLowerCase(), this.append(t.body));
    }
    this.where.set(article.id, locales);
  }

  /** The stored body of one translation, or undefined when it had none (or the spool is closed). */
  read(articleId: number, locale: string): string | undefined {
    const entry = this.where.get(articleId)?.get(locale.toLowerCase());
    if (!entry || this.closed) return undefined;
    this.flush();
    const data = Buffer.alloc(entry.bytes);
    let done = 0;
    while (done < entry.bytes) {
      const n = readSync(this.fd, data, done, entry.bytes - done, entry.at + done);
      if (n === 0) break;
      done += n;
    }
    return data.subarray(0, done).toString('utf8');
  }

  /** Removes the file; safe to call more than once. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private append(body: string): { at: number; bytes: number } {
    const bytes = Buffer.byteLength(body, 'utf8');
    if (bytes > this.buffer.length - this.filled) this.flush();
    const at = this.written + this.filled;
    if (bytes > this.buffer.length) {
      // Larger than the buffer: written on its own.
      this.writeAll(Buffer.from(body, 'utf8'));
      return { at, bytes };
    }
    // A lone surrogate is written as U+FFFD, in the byte count above too.
    this.filled += this.buffer.write(body, this.filled, 'utf8');
    return { at, bytes };
  }

  private flush(): void {
    if (!this.filled) return;
    const filled = this.filled;
    this.filled = 0;
    this.writeAll(this.buffer.subarray(0, filled));
  }

  private writeAll(data: Buffer): void {
    let done = 0;
    while (done < data.length) done += writeSync(this.fd, data, done, data.length - done, this.written + done);
    this.written += data.length;
  }
}
