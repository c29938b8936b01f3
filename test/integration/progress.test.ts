/**
 * The events a live display is drawn from, as the pipeline emits them over HTTP: publishing
 * announces how many articles it writes, each one as it is done, and its end; a 429 says how long
 * everyone waits and why. The action's logger turns only the wait into a plain log line.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActionLogger } from '../../src/action/logger.js';
import { buildConfig } from '../../src/config/settings.js';
import { createConsoleLogger, type ProgressEvent } from '../../src/logger.js';
import { runPublish } from '../../src/run/publish.js';
import { DEFAULTS_YML, DocsTree } from '../helpers/docs-tree.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
  vi.restoreAllMocks();
});

async function publishRecording(tree: DocsTree, s: Simulator): Promise<ProgressEvent[]> {
  const events: ProgressEvent[] = [];
  const logger = { ...createConsoleLogger({ write: () => undefined }), progress: (e: ProgressEvent) => void events.push(e) };
  const config = buildConfig(
    { zendeskUrl: s.url, oauthClientId: s.credentials.oauthClientId, oauthClientSecret: s.credentials.oauthClientSecret, mode: 'publish' },
    { repoRoot: tree.repo },
  );
  const report = await runPublish(config, logger);
  expect(report.error).toBeUndefined();
  return events;
}

describe('progress events', () => {
  it('publishing: start with the number of articles to write, one advance each (failures marked), end', async () => {
    sim = await startSimulator();
    const tree = await DocsTree.create({
      'docs/_defaults.yml': DEFAULTS_YML,
      'docs/a.md': '---\ntitle: A\n---\nA.\n',
      'docs/b.md': '---\ntitle: B\n---\nB.\n',
      'docs/c.md': '---\ntitle: C\n---\nC.\n',
    });
    // The publish lease's claim is the first create in that section: the refusal is for an article.
    sim.failNext({ method: 'POST', path: /\/sections\/\d+\/articles/, status: 422, body: { error: 'RecordInvalid' }, times: 1, skip: 1 });
    const events = await publishRecording(tree, sim);
    expect(events[0]).toEqual({ kind: 'start', what: 'publishing', total: 3, unit: 'article' });
    expect(events.at(-1)).toEqual({ kind: 'end' });
    const advances = events.filter((e) => e.kind === 'advance');
    expect(advances.map((e) => e.item).sort()).toEqual(['docs/a.md', 'docs/b.md', 'docs/c.md']);
    expect(advances.filter((e) => e.failed)).toHaveLength(1);

    // The second run writes only the article Zendesk refused the first time.
    const again = await publishRecording(tree, sim);
    expect(again).toEqual([{ kind: 'start', what: 'publishing', total: 1, unit: 'article' }, again[1], { kind: 'end' }]);
    expect(again[1]).toMatchObject({ kind: 'advance', failed: false });
  });

  it("a rate-limit wait is one of Retry-After's or the announced reset's seconds, with Zendesk's reason", async () => {
    sim = await startSimulator({ rateLimitPerMinute: 3, rateLimitWindowMs: 2000 });
    const tree = await DocsTree.create({ 'docs/_defaults.yml': DEFAULTS_YML, 'docs/a.md': '---\ntitle: A\n---\nA.\n' });
    const events = await publishRecording(tree, sim);
    const waits = events.filter((e) => e.kind === 'wait');
    expect(waits.length).toBeGreaterThan(0);
    // Once the budget Zendesk announces (ratelimit-remaining) is spent, the pacer waits for its
    // reset before a 429; a 429 that comes anyway is waited out by its Retry-After.
    const reasons = new Set(['Zendesk rate limit, Retry-After', 'Zendesk rate limit, ratelimit-reset']);
    for (const w of waits) expect(w).toEqual({ kind: 'wait', seconds: expect.any(Number), reason: expect.any(String) });
    expect(waits.every((w) => reasons.has(w.reason))).toBe(true);
    // The simulator's window is two seconds: a wait is 1 or 2.
    expect(waits.every((w) => w.seconds >= 1 && w.seconds <= 2)).toBe(true);
    const retryAfter = waits.filter((w) => w.reason === 'Zendesk rate limit, Retry-After');
    expect(sim.requests.filter((r) => r.status === 429)).toHaveLength(retryAfter.length);
  });

  it("the action's log gets a plain line for a wait, and nothing for the live display's other events", () => {
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
    const logger = createActionLogger();
    logger.progress!({ kind: 'start', what: 'publishing', total: 2, unit: 'article' });
    logger.progress!({ kind: 'advance', item: 'docs/a.md', failed: false });
    logger.progress!({ kind: 'wait', seconds: 42, reason: 'Zendesk rate limit, Retry-After' });
    logger.progress!({ kind: 'end' });
    expect(out.join('')).toBe('waiting 42 s: Zendesk rate limit, Retry-After\n');
  });
});
