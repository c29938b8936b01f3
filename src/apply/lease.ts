import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Logger } from '../logger.js';
import { escapeText } from '../plan/html-escape.js';
import { LEASE_CLASS, LEASE_TITLE } from '../plan/state.js';
import { newArticle, type ZendeskClient } from '../remote/client.js';
import { RemoteError, ZendeskApiError } from '../remote/errors.js';
import { InterruptedError } from '../remote/stop.js';
import type { ZdArticle } from '../remote/types.js';

export { LEASE_TITLE };

/**
 * The publish lease: one run of a source (a namespace) writes at a time, whoever starts it (CI on
 * two refs, a CLI beside CI, a re-run beside a push).
 *
 * Zendesk documents no atomic "create if absent" for anything a publisher may write (an article
 * is created however many have the same title; a redirect rule's POST overwrites), so the lease
 * is claim-then-verify over records that are each written by one run only:
 *
 * 1. a run creates its own claim (a draft article, agents only, in the help center's first
 *    section) and waits a moment for the write to settle;
 * 2. then it lists that section's articles, most recently changed first, and goes ahead only if
 *    no live claim of the same namespace but its own is there;
 * 3. otherwise it removes its claim, waits (reading only) until no other claim is live, and
 *    starts again after a random pause.
 *
 * Why two runs never both go ahead: each reads only after its own claim is written. Of two runs
 * A and B, one reads last, say B; B's read starts after B's claim, and A's read... either A read
 * before B's claim existed, then B's read, later still, sees A's claim; or A read after it, and
 * sees B's. So at least one of them sees the other and backs off. The holder keeps its claim live
 * by changing it every `renewMs`; a claim unchanged for `ttlMs` (a run that was killed) is dead,
 * as is one from a process of this machine that is gone, and the next run removes it. A holder
 * that cannot renew in time stops writing (`lost`).
 */

/** What a claim says about its run (in its body; for people, the title says what it is). */
export interface ClaimInfo {
  ns: string;
  run: string;
  host: string;
  pid: number;
  /** For messages: the CI run or the user and machine. */
  who: string;
  /** When the run took the lease (its own clock, ISO). */
  since: string;
}

export function leaseTitle(ns: string): string {
  return `${LEASE_TITLE} (${ns}): do not edit`;
}

export function claimHtml(info: ClaimInfo): string {
  // Base64 in a <pre>: nothing in it for Guide's HTML reformatting to rewrite.
  const packed = Buffer.from(JSON.stringify(info)).toString('base64');
  return (
    `<p>A publish of ${escapeText(info.ns)} by ${escapeText(info.who)} is writing to this help center. ` +
    'zendesk-guide-publisher removes this draft when the publish ends.</p>' +
    `<pre class="${LEASE_CLASS}">${packed}</pre>`
  );
}

const CLAIM_PRE = new RegExp(`<pre[^>]*class="[^"]*\\b${LEASE_CLASS}\\b[^"]*"[^>]*>([\\s\\S]*?)</pre>`);

/** The claim an article holds, if it is one. */
export function parseClaim(article: Pick<ZdArticle, 'title' | 'body'>): ClaimInfo | undefined {
  if (!article.title.startsWith(LEASE_TITLE)) return undefined;
  const m = CLAIM_PRE.exec(article.body ?? '');
  if (!m) return undefined;
  try {
    const data = JSON.parse(Buffer.from(m[1]!.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64').toString('utf8')) as Partial<ClaimInfo>;
    if (typeof data.ns !== 'string' || typeof data.run !== 'string') return undefined;
    return {
      ns: data.ns,
      run: data.run,
      host: typeof data.host === 'string' ? data.host : '',
      pid: typeof data.pid === 'number' ? data.pid : 0,
      who: typeof data.who === 'string' ? data.who : 'another publish',
      since: typeof data.since === 'string' ? data.since : '',
    };
  } catch {
    return undefined;
  }
}

/** A claim as listed, with Zendesk's time of its last change. */
export interface SeenClaim {
  article: ZdArticle;
  info: ClaimInfo;
  updatedMs: number;
}

/** Claims of other runs of a namespace: live ones to wait for, dead ones to remove. */
export interface Judgement {
  rivals: SeenClaim[];
  dead: SeenClaim[];
}

/**
 * Sorts the claims seen (pure): `nowMs` is Zendesk's time; `alive` says whether a claim's
 * process still runs when it can tell (this machine), undefined when it cannot.
 */
export function judgeClaims(
  seen: readonly SeenClaim[],
  ns: string,
  mine: number | undefined,
  nowMs: number,
  ttlMs: number,
  alive: (info: ClaimInfo) => boolean | undefined,
): Judgement {
  const out: Judgement = { rivals: [], dead: [] };
  for (const c of seen) {
    if (c.article.id === mine || c.info.ns !== ns) continue;
    if (nowMs - c.updatedMs > ttlMs || alive(c.info) === false) out.dead.push(c);
    else out.rivals.push(c);
  }
  return out;
}

/** Whether a claim's process still runs: known only for this machine's processes. */
export function aliveHere(info: ClaimInfo): boolean | undefined {
  if (info.host !== os.hostname() || info.pid <= 0) return undefined;
  try {
    process.kill(info.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

export interface LeaseTiming {
  /** A claim unchanged this long is dead. */
  ttlMs: number;
  /** How often the holder changes its claim. */
  renewMs: number;
  /** How often a waiting run looks again. */
  pollMs: number;
  /** Between writing a claim and reading the claims. */
  settleMs: number;
  /** How long a run waits for others before it gives up. */
  maxWaitMs: number;
}

export const DEFAULT_LEASE_TIMING: LeaseTiming = {
  ttlMs: 120_000,
  renewMs: 30_000,
  pollMs: 5_000,
  settleMs: 1_000,
  maxWaitMs: 30 * 60_000,
};

/** Where claims are kept: the same place for every run of every source of a help center. */
export interface LeasePlace {
  sectionId: number;
  permissionGroupId: number;
  userSegmentId: number | null;
  locale: string;
}

export type LeaseClient = Pick<ZendeskClient, 'createArticle' | 'recentlyUpdated' | 'updateArticle' | 'archiveArticle'>;

export interface LeaseDeps {
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  alive?: (info: ClaimInfo) => boolean | undefined;
}

/** How a taken lease came about, for the log and the report. */
export interface Acquired {
  /** Time spent waiting for other runs. */
  waitedMs: number;
  /** The runs waited for. */
  waitedFor: ClaimInfo[];
  /** Another run's claim (live or dead) was seen: what this run read may be out of date. */
  othersSeen: boolean;
}

/** Runs out of patience: another publish has held the lease for `maxWaitMs`. */
export class LeaseTimeoutError extends RemoteError {
  override name = 'LeaseTimeoutError';
}

const SCAN_PAGE = 100;
const SCAN_PAGES = 20;

export class PublishLease {
  private claimId: number | undefined;
  /** Zendesk's clock minus ours, from the answer to our claim. */
  private offsetMs = 0;
  private timer: NodeJS.Timeout | undefined;
  private renewals = 0;
  private lastRenewed = 0;
  private renewing = false;
  private readonly runId = randomUUID();
  private readonly controller = new AbortController();

  constructor(
    private readonly client: LeaseClient,
    private readonly logger: Logger,
    private readonly ns: string,
    private readonly place: LeasePlace,
    private readonly timing: LeaseTiming = DEFAULT_LEASE_TIMING,
    private readonly deps: LeaseDeps = {},
  ) {}

  /** Aborted when the lease is lost (not renewed in time, or removed): no write may start after it. */
  get lost(): AbortSignal {
    return this.controller.signal;
  }

  get held(): boolean {
    return this.claimId !== undefined && this.timer !== undefined;
  }

  private sleep(ms: number): Promise<void> {
    return (this.deps.sleep ?? ((t) => new Promise((r) => setTimeout(r, t))))(ms);
  }

  private random(): number {
    return (this.deps.random ?? Math.random)();
  }

  /** Takes the lease, waiting for other runs as long as `maxWaitMs`. */
  async acquire(stop?: AbortSignal): Promise<Acquired> {
    const started = Date.now();
    const waitedFor = new Map<string, ClaimInfo>();
    let othersSeen = false;
    for (;;) {
      await this.claim();
      await this.sleep(this.timing.settleMs);
      let seen = await this.look();
      othersSeen ||= seen.dead.length > 0;
      if (seen.rivals.length === 0) {
        this.startRenewing();
        return { waitedMs: waitedFor.size ? Date.now() - started : 0, waitedFor: [...waitedFor.values()], othersSeen };
      }
      othersSeen = true;
      await this.drop();
      if (waitedFor.size === 0) this.logger.info(`Waiting for another publish of ${this.ns} to finish: ${describeClaims(seen.rivals)}.`);
      for (const r of seen.rivals) waitedFor.set(r.info.run, r.info);
      while (seen.rivals.length) {
        if (stop?.aborted) throw new InterruptedError('interrupted while waiting for another publish: nothing was written');
        if (Date.now() - started > this.timing.maxWaitMs) {
          const url = new URL(`/api/v2/help_center/sections/${this.place.sectionId}/articles`, 'https://zendesk.invalid');
          throw new LeaseTimeoutError(
            'GET',
            url,
            `another publish of ${this.ns} has been writing for over ${Math.round(this.timing.maxWaitMs / 60_000)} min (${describeClaims(seen.rivals)}); nothing was written: run publish again once it is done`,
          );
        }
        await this.sleep(this.timing.pollMs * (1 + this.random()));
        seen = await this.look();
        for (const r of seen.rivals) waitedFor.set(r.info.run, r.info);
      }
      // Runs that waited together must not claim in step again.
      await this.sleep(this.timing.settleMs * 2 * this.random());
    }
  }

  /** Gives the lease back (removes the claim); a failure leaves a claim that dies after `ttlMs`. */
  async release(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.drop();
  }

  /**
   * Whether anything in the help center changed after the snapshot was read, as far as its most
   * recently changed articles tell (claims aside): an article that is not in the snapshot, or
   * not as it was there. One request.
   */
  async changedSince(articles: ReadonlyMap<number, Pick<ZdArticle, 'updated_at'>>): Promise<boolean> {
    const { articles: recent } = await this.client.recentlyUpdated(undefined, 30);
    return recent.some((a) => !parseClaim(a) && articles.get(a.id)?.updated_at !== a.updated_at);
  }

  private info(): ClaimInfo {
    const ci = process.env.GITHUB_ACTIONS === 'true' && process.env.GITHUB_RUN_ID;
    const who = ci
      ? `workflow run ${process.env.GITHUB_RUN_ID} of ${process.env.GITHUB_REPOSITORY ?? 'a repository'} (${process.env.GITHUB_REF ?? 'a ref'})`
      : `${os.userInfo().username}@${os.hostname()}, process ${process.pid}`;
    return { ns: this.ns, run: this.runId, host: os.hostname(), pid: process.pid, who, since: new Date().toISOString() };
  }

  private async claim(): Promise<void> {
    const before = Date.now();
    const translation = { locale: this.place.locale, title: leaseTitle(this.ns), body: claimHtml(this.info()), draft: true };
    const article = await this.client.createArticle(
      this.place.sectionId,
      newArticle({ permission_group_id: this.place.permissionGroupId, user_segment_id: this.place.userSegmentId }, [translation]),
      async () => (await this.scan()).find((c) => c.info.run === this.runId)?.article,
    );
    this.claimId = article.id;
    // Zendesk's times have whole seconds: the offset errs by at most one, far inside `ttlMs`.
    this.offsetMs = Date.parse(article.updated_at) - (before + Date.now()) / 2;
  }

  /** Claims in the lease's section, changed recently enough to be live (newest first). */
  private async scan(): Promise<SeenClaim[]> {
    const out: SeenClaim[] = [];
    const cutoff = Date.now() + this.offsetMs - this.timing.ttlMs - this.timing.renewMs;
    let next: string | undefined;
    for (let page = 0; page < SCAN_PAGES; page++) {
      const { articles, next_page } = await this.client.recentlyUpdated(this.place.sectionId, SCAN_PAGE, next);
      for (const article of articles) {
        const info = parseClaim(article);
        if (info) out.push({ article, info, updatedMs: Date.parse(article.updated_at) });
      }
      const oldest = articles.at(-1);
      if (!next_page || !oldest || Date.parse(oldest.updated_at) < cutoff) break;
      next = next_page;
    }
    return out;
  }

  /** Reads the claims; removes dead ones (best effort: another run may remove them first). */
  private async look(): Promise<Judgement> {
    const seen = judgeClaims(
      await this.scan(),
      this.ns,
      this.claimId,
      Date.now() + this.offsetMs,
      this.timing.ttlMs,
      this.deps.alive ?? aliveHere,
    );
    for (const d of seen.dead) {
      try {
        await this.client.archiveArticle(d.article.id);
        this.logger.info(`Removed the lease of a publish that ended without giving it back (${d.info.who}).`);
      } catch (error) {
        this.logger.debug(`could not remove the dead lease #${d.article.id}: ${String(error)}`);
      }
    }
    return seen;
  }

  private async drop(): Promise<void> {
    const id = this.claimId;
    if (id === undefined) return;
    this.claimId = undefined;
    try {
      await this.client.archiveArticle(id);
    } catch (error) {
      this.logger.warning(
        `could not remove the publish lease (article ${id}): ${String(error)}; it lapses by itself within ${Math.round(this.timing.ttlMs / 1000)} s`,
      );
    }
  }

  private startRenewing(): void {
    this.lastRenewed = Date.now();
    this.timer = setInterval(() => void this.renew(), this.timing.renewMs);
    // The lease never keeps a finished process alive.
    this.timer.unref();
  }

  private async renew(): Promise<void> {
    const id = this.claimId;
    if (this.renewing || id === undefined) return;
    this.renewing = true;
    try {
      // A changed position changes the claim, and so its time (an unchanged one would not).
      await this.client.updateArticle(id, { position: ++this.renewals % 1000 });
      this.lastRenewed = Date.now();
    } catch (error) {
      if (error instanceof ZendeskApiError && error.status === 404) this.lose('another run removed it as dead');
      else this.logger.debug(`could not renew the publish lease: ${String(error)}`);
    } finally {
      this.renewing = false;
    }
    if (Date.now() - this.lastRenewed > this.timing.ttlMs - this.timing.renewMs) this.lose('it could not be renewed in time');
  }

  private lose(why: string): void {
    if (this.controller.signal.aborted) return;
    this.logger.warning(`lost the publish lease (${why}): no further article is written; run publish again to finish`);
    this.controller.abort();
  }
}

function describeClaims(claims: readonly SeenClaim[]): string {
  return claims.map((c) => `${c.info.who}${c.info.since ? `, since ${c.info.since}` : ''}`).join('; ');
}
