import type { GivenSettings } from '../config/resolve.js';
import type { Config } from '../config/types.js';
import { ConfigError, PipelineError } from '../errors.js';
import type { Logger } from '../logger.js';
import { runErrorOf } from '../report/model.js';
import { plural } from '../report/plural.js';
import type { RunDeps } from '../run/deps.js';
import { failed, makePlan } from '../run/publish.js';
import { judgeDrift } from './judge.js';
import { describeDrift, type DriftedArticle, type DriftReport } from './model.js';
import { nameEditors } from './users.js';

/**
 * The drift report: the same run as `plan` (files read and rendered, the help center read in
 * one export from 0, the plan made with `on-drift: overwrite`), then the translations the
 * planner found edited in Guide, kept when they changed at or after `since` and differ from
 * their file (see judge.ts), each with a text diff and who edited it. Writes nothing.
 *
 * The export is read from 0 rather than from `since`: the state record that says what was last
 * published, and the articles that links resolve to, may be older than `since`, and the planner
 * needs them to judge drift as `plan` does. Each translation's own `updated_at` then decides
 * what changed since (the export lists an article when its metadata changes; a translation's
 * time is the one that says when its text did).
 */
export async function runDrift(
  given: GivenSettings | Readonly<Config>,
  logger: Logger,
  since: number,
  deps: RunDeps = {},
): Promise<DriftReport> {
  if (!given.zendeskUrl || !given.auth) {
    throw new ConfigError('drift compares the docs with Zendesk: it needs the Zendesk URL (or subdomain) and credentials');
  }
  const made = await makePlan({ ...given, mode: 'dry-run', onDrift: 'overwrite' }, logger, deps, { spool: true });
  const { read, planned, trace } = made;
  const remote = read.remote;
  if (!remote) throw new Error('internal: the help center was not read');
  let articles: DriftedArticle[];
  let matching: number;
  try {
    const judged = judgeDrift({ plan: planned.plan, snapshot: remote.snapshot, index: remote.index, since });
    matching = judged.matching;
    // Now, while the run's copy of the stored bodies is still there to read.
    articles = describeDrift(judged.drifted, (id, locale) => remote.spool!.read(id, locale));
    await nameEditors(articles, remote.client, logger);
  } catch (error) {
    throw failed(error, trace, undefined);
  } finally {
    remote.spool?.close();
  }
  const client = remote.client;
  const stats = client.http.stats;
  const translations = articles.reduce((n, a) => n + a.translations.length, 0);
  logger.info(
    translations
      ? `${plural(translations, 'translation')} of ${plural(articles.length, 'article')} edited in Guide since ${new Date(since * 1000).toISOString()} no longer match the docs`
      : `No drift: nothing edited in Guide since ${new Date(since * 1000).toISOString()} differs from the docs`,
  );
  return {
    version: 1,
    kind: 'drift',
    since: new Date(since * 1000).toISOString(),
    zendeskUrl: given.zendeskUrl,
    articles,
    matching,
    diagnostics: planned.diagnostics,
    requests: { total: stats.requests, rateLimited: stats.rateLimited, retries: stats.retries },
    durationMs: Date.now() - made.started,
  };
}

/** The report of a drift run that stopped on an exception, with what it knew by then. */
export function failedDriftReport(
  error: unknown,
  known: { since: number | undefined; zendeskUrl: string | undefined; durationMs: number },
): DriftReport {
  const partial = error instanceof PipelineError ? error : undefined;
  return {
    version: 1,
    kind: 'drift',
    since: known.since === undefined ? '' : new Date(known.since * 1000).toISOString(),
    zendeskUrl: known.zendeskUrl,
    articles: [],
    matching: 0,
    diagnostics: partial?.diagnostics ?? [],
    requests: partial?.requests ?? { total: 0, rateLimited: 0, retries: 0 },
    durationMs: known.durationMs,
    error: runErrorOf(error),
  };
}
