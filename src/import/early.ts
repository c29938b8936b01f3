import { translationsOf } from '../plan/remote-index.js';
import type { StoredArticle } from '../remote/types.js';
import type { Converted, ConvertRender } from './convert.js';
import {
  earlyStillHolds,
  headingIdsIn,
  linkedArticleIds,
  type ConvertJob,
  type ConvertShared,
  type EarlyConverted,
} from './convert-job.js';
import type { ConvertPool } from './convert-pool.js';
import { placeArticles, type Structure } from './layout.js';

/** Early conversions in flight per thread (one in the main thread when there is none). */
const IN_FLIGHT_PER_THREAD = 4;
/**
 * Markdown held by early conversions not yet written, in characters: beyond it nothing more is
 * converted early. Each waits in memory until its article is written, after the export; a help
 * center whose export is slow beside its conversion would otherwise be held whole.
 */
const HELD_CHARS = 128 * 1024 * 1024;

interface Queued {
  id: number;
  /** The translation's locale as Zendesk spells it (the spool's key). */
  locale: string;
  dir: string;
  /** Which copy of the article (see `copies`). */
  copy: number;
}

export interface EarlyStats {
  /** Early conversions made and used as they were. */
  used: number;
  /** Early conversions made but converted again: a link, a file or an anchor was not known yet. */
  redone: number;
}

/**
 * Converts bodies while the export's pages still arrive. The export is limited to 10 pages a
 * minute, so the largest help center's 40 pages take four minutes in which the cores would idle;
 * converting is nearly all of an import's CPU. Each body is converted with what is known so far
 * (the keys of the articles read, the anchors their links point at, no downloaded file), recording what the
 * conversion asked; once the export has ended, a conversion whose questions get the same answers
 * is used, and any other is converted again (see runEarlyConvertJob). So the files written are
 * exactly those of an import that converted only at the end.
 */
export class EarlyConversions {
  readonly stats: EarlyStats = { used: 0, redone: 0 };
  /** Translations to convert, from `head` on (a shift from the front of 120,000 would copy the rest each time). */
  private queue: (Queued | undefined)[] = [];
  private head = 0;
  private readonly made = new Map<string, { dir: string; copy: number; result: Promise<EarlyConverted | undefined> }>();
  /** Article id → copies read so far: a page boundary (or the list after a refused export) repeats one, and only the last counts. */
  private readonly copies = new Map<number, number>();
  /** Keys of the articles read so far, as the final placement would likely give them. */
  private readonly keys: Map<number, string>;
  private pages: StoredArticle[][] = [[]];
  private structure: Structure | undefined;
  private inFlight = 0;
  private held = 0;
  private stopped = false;

  constructor(
    private readonly deps: {
      /** Undefined while the import is too small for threads: nothing is converted early. */
      pool: () => ConvertPool | undefined;
      /** A body from the spool. */
      body: (articleId: number, locale: string) => string | undefined;
      render: ConvertRender;
      /** Keys an earlier import gave (they stay). */
      previous: ReadonlyMap<number, string>;
      /** Whether a translation in this locale is written (the source's always is). */
      wanted: (locale: string) => boolean;
      /** Whether some link read so far points at this anchor. */
      linkedAnchor: (id: string) => boolean;
    },
    private readonly heldChars = HELD_CHARS,
  ) {
    this.keys = new Map(deps.previous);
  }

  /** An article of the page being read: an earlier copy of it (a page boundary repeats one) is forgotten. */
  onArticle(article: StoredArticle): void {
    if (this.stopped) return;
    this.copies.set(article.id, (this.copies.get(article.id) ?? 0) + 1);
    this.pages[this.pages.length - 1]!.push(article);
  }

  /** The page read so far is complete: its articles are placed and queued. */
  onPageEnd(): void {
    if (this.stopped) return;
    this.pages.push([]);
    this.placeWaiting();
  }

  /** The categories and sections: folders are known from here on. */
  onStructure(structure: Structure): void {
    this.structure = structure;
    this.placeWaiting();
  }

  /** The export has ended: no body is started early any more (those under way finish). */
  stop(): void {
    this.stopped = true;
    this.queue = [];
    this.head = 0;
    this.pages = [];
  }

  /**
   * The early conversion of this translation, if one was made and converting `job` now would give
   * the same; undefined otherwise (the caller converts it). Each is taken once.
   */
  async take(articleId: number, job: ConvertJob, shared: ConvertShared): Promise<Converted | undefined> {
    const id = `${articleId}:${job.locale}`;
    const made = this.made.get(id);
    if (!made) return undefined;
    this.made.delete(id);
    const early = await made.result;
    if (!early) return undefined;
    this.held -= early.converted.markdown.length;
    if (made.copy !== this.copies.get(articleId)) return undefined;
    const same =
      made.dir === job.dir &&
      job.render.alerts === this.deps.render.alerts &&
      job.render.allowUnsafeHtml === this.deps.render.allowUnsafeHtml &&
      earlyStillHolds(early, job, shared);
    if (same) this.stats.used++;
    else this.stats.redone++;
    return same ? early.converted : undefined;
  }

  private placeWaiting(): void {
    if (!this.structure) return;
    const complete = this.pages.splice(0, this.pages.length - 1);
    for (const page of complete) {
      for (const p of placeArticles(page, this.structure, this.keys)) this.keys.set(p.id, p.key);
      for (const article of page) this.enqueue(article, this.keys.get(article.id)!);
    }
    this.pump();
  }

  private enqueue(article: StoredArticle, key: string): void {
    const dir = key.includes('/') ? key.slice(0, key.lastIndexOf('/')) : '';
    const source = article.source_locale.toLowerCase();
    for (const t of translationsOf(article)) {
      const locale = t.locale.toLowerCase();
      if (locale === source || this.deps.wanted(locale))
        this.queue.push({ id: article.id, locale: t.locale, dir, copy: this.copies.get(article.id)! });
    }
  }

  private pump(): void {
    const pool = this.deps.pool();
    if (!pool) return;
    const limit = Math.max(1, pool.threads) * IN_FLIGHT_PER_THREAD;
    while (!this.stopped && this.inFlight < limit && this.held < this.heldChars && this.head < this.queue.length) {
      const next = this.queue[this.head];
      this.queue[this.head++] = undefined;
      if (!next || next.copy !== this.copies.get(next.id)) continue;
      const html = this.deps.body(next.id, next.locale);
      if (html === undefined) continue;
      const keys = new Map<number, string>();
      for (const linked of linkedArticleIds(html)) {
        const key = this.keys.get(linked);
        if (key !== undefined) keys.set(linked, key);
      }
      const anchors = headingIdsIn(html).filter((id) => this.deps.linkedAnchor(id));
      const job: ConvertJob = { html, dir: next.dir, localFiles: new Map(), render: this.deps.render, locale: next.locale.toLowerCase() };
      this.inFlight++;
      const result = pool.convertEarly(job, { keys, anchors }).then(
        (r) => {
          this.held += r.converted.markdown.length;
          return r;
        },
        () => undefined,
      );
      this.made.set(`${next.id}:${job.locale}`, { dir: next.dir, copy: next.copy, result });
      void result.finally(() => {
        this.inFlight--;
        // Off this turn of the event loop: in the main thread, conversions would otherwise run back to back.
        setImmediate(() => this.pump());
      });
    }
  }
}
