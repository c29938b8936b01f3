import type { Logger } from '../logger.js';
import type { Plan } from '../plan/types.js';
import type { ZendeskClient } from '../remote/client.js';
import type { RemoteSnapshot } from '../remote/snapshot.js';
import { PublishLease, type LeaseDeps, type LeasePlace, type LeaseTiming } from './lease.js';

/** What the plan's run must do before its first write. */
export type GateVerdict = 'write' | 'read-again';

/**
 * Where every run of every source of a help center keeps its claims: the section with the
 * lowest id (the oldest; sections made later never come before it). The claim's permission
 * group is one this run writes with, so its credentials may create there.
 */
export function leasePlace(plan: Plan, snapshot: RemoteSnapshot): LeasePlace | undefined {
  const first = snapshot.sections.reduce<number | undefined>((min, s) => (min === undefined || s.id < min ? s.id : min), undefined);
  if (first === undefined) return undefined;
  let group: number | undefined;
  for (const a of plan.articles) {
    const existing = a.articleId !== undefined ? snapshot.articles.get(a.articleId) : undefined;
    const create = a.operations.find((o) => o.kind === 'create-article');
    group = existing?.permission_group_id ?? (create?.kind === 'create-article' ? create.metadata.permission_group_id : undefined);
    if (group !== undefined) break;
  }
  group ??= snapshot.articles.values().next().value?.permission_group_id ?? snapshot.permissionGroups[0]?.id;
  if (group === undefined) return undefined;
  const staff = snapshot.userSegments.find((s) => s.user_type === 'staff')?.id ?? null;
  return { sectionId: first, permissionGroupId: group, userSegmentId: staff, locale: snapshot.defaultLocale };
}

/**
 * Guards the writes of one publish: takes the publish lease before the first write (never in
 * a run that writes nothing, so a no-op costs no request), and says when what the run read
 * must be read again because another publish wrote after it. Held across that second reading;
 * given back by `release`, whatever happened.
 */
export class WriteGate {
  private lease: PublishLease | undefined;
  /** Lines for the report: a wait for another publish, and what came of it. */
  readonly notes: string[] = [];

  constructor(
    private readonly timing?: LeaseTiming,
    private readonly deps?: LeaseDeps,
  ) {}

  /** Aborted when the lease is lost while writing. */
  get lost(): AbortSignal | undefined {
    return this.lease?.lost;
  }

  async beforeWrites(ctx: {
    client: ZendeskClient;
    logger: Logger;
    namespace: string;
    plan: Plan;
    snapshot: RemoteSnapshot;
    stop?: AbortSignal | undefined;
  }): Promise<GateVerdict> {
    // Taken in the first reading: this reading was made with the lease held, so it is current.
    if (this.lease) return 'write';
    const place = leasePlace(ctx.plan, ctx.snapshot);
    if (!place) {
      ctx.logger.warning('no section to keep the publish lease in: this publish is not guarded against another at the same time');
      return 'write';
    }
    const lease = new PublishLease(ctx.client, ctx.logger, ctx.namespace, place, this.timing, this.deps);
    const got = await lease.acquire(ctx.stop);
    this.lease = lease;
    if (got.waitedFor.length) {
      const seconds = Math.max(1, Math.round(got.waitedMs / 1000));
      const whom = got.waitedFor.map((w) => w.who).join('; ');
      const line = `Waited ${seconds} s for another publish of ${ctx.namespace} to finish (${whom}).`;
      ctx.logger.info(line);
      this.notes.push(line);
    }
    if (got.othersSeen || (await lease.changedSince(ctx.snapshot.articles))) {
      ctx.logger.info('Another publish wrote after this run read the help center: reading it again before writing.');
      this.notes.push('The help center was read again before writing, as another publish had written after the first reading.');
      return 'read-again';
    }
    return 'write';
  }

  async release(): Promise<void> {
    const lease = this.lease;
    this.lease = undefined;
    await lease?.release();
  }
}
