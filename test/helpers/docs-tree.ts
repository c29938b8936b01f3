import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildConfig, type RawSettings } from '../../src/config/settings.js';
import { createConsoleLogger } from '../../src/logger.js';
import type { RunDeps } from '../../src/run/deps.js';
import { runPublish } from '../../src/run/publish.js';
import type { Report } from '../../src/report/model.js';
import type { Simulator } from '../zendesk-sim/index.js';
import { LEASE_TITLE } from '../../src/apply/lease.js';

/** A throwaway repository with a docs folder, written from a map of path → content. */
export class DocsTree {
  private constructor(readonly repo: string) {}

  static async create(files: Record<string, string | Buffer>): Promise<DocsTree> {
    const repo = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-repo-'));
    const tree = new DocsTree(repo);
    await tree.write(files);
    return tree;
  }

  async write(files: Record<string, string | Buffer>): Promise<void> {
    for (const [rel, content] of Object.entries(files)) {
      const abs = path.join(this.repo, rel);
      await fs.mkdir(path.dirname(abs), { recursive: true });
      await fs.writeFile(abs, content);
    }
  }

  async remove(rel: string): Promise<void> {
    await fs.rm(path.join(this.repo, rel), { recursive: true, force: true });
  }

  async rename(from: string, to: string): Promise<void> {
    await fs.mkdir(path.dirname(path.join(this.repo, to)), { recursive: true });
    await fs.rename(path.join(this.repo, from), path.join(this.repo, to));
  }

  async read(rel: string): Promise<string> {
    return fs.readFile(path.join(this.repo, rel), 'utf8');
  }
}

export const DEFAULTS_YML = 'permission_group: Agents\nuser_segment: everyone\nsection: Installation\n';

/** Runs the real pipeline (source → ... → report) against the simulator over HTTP. */
export async function publish(
  sim: Simulator,
  tree: Pick<DocsTree, 'repo'>,
  settings: Partial<RawSettings> = {},
  deps: RunDeps = {},
): Promise<{ report: Report; log: string[] }> {
  const log: string[] = [];
  const config = buildConfig(
    {
      zendeskUrl: sim.url,
      oauthClientId: sim.credentials.oauthClientId,
      oauthClientSecret: sim.credentials.oauthClientSecret,
      path: 'docs',
      mode: 'publish',
      ...settings,
    },
    { repoRoot: tree.repo },
  );
  const report = await runPublish(config, createConsoleLogger({ write: (l) => log.push(l) }), deps);
  return { report, log };
}

/**
 * The source title of a create-article request body, whichever form it has: plain (the title at
 * the top level) or with translations (the source locale's entry, listed first).
 */
export function createdTitle(body: unknown): string | undefined {
  const article = (body as { article?: { title?: string; translations?: { title?: string }[] } } | undefined)?.article;
  return article?.title ?? article?.translations?.[0]?.title;
}

/** A tiny valid PNG whose pixel value varies, so different calls give different content hashes. */
export function png(seed = 0): Buffer {
  const base = Buffer.from(
    '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
      '1f15c4890000000d4944415478da63f8cfc0f01f0005000201' +
      'a5f0c3a60000000049454e44ae426082',
    'hex',
  );
  return Buffer.concat([base, Buffer.from(`#${seed}`)]);
}

/**
 * Whether a logged write is the tool's own state record (created on the first publish, updated
 * when what was published changes): tests of article writes leave it out, its own tests check it.
 */
export const isStateWrite = (w: { body?: unknown }): boolean => JSON.stringify(w.body ?? '').includes('zgp-state');

/**
 * The publish lease's own requests in `sim` (its claim, renewals and release), which every
 * publish that writes makes before and after its article writes: left out by tests that list
 * the article writes. (A run that writes nothing makes none: those tests still see every write.)
 */
export function isLeaseWrite(sim?: Simulator): (w: { body?: unknown; path: string }) => boolean {
  const leases = new Set(
    (sim?.store.articles ?? []).filter((a) => sim!.store.sourceTranslation(a).title.startsWith(LEASE_TITLE)).map((a) => a.id),
  );
  return (w) => JSON.stringify(w.body ?? '').includes('zgp-lease') || leases.has(Number(/\/articles\/(\d+)$/.exec(w.path)?.[1]));
}

/** A run's writes to the help center as `METHOD route`, the state record's and the publish lease's left out. */
export function contentWrites(sim: Simulator): string[] {
  const lease = isLeaseWrite(sim);
  return sim
    .writes()
    .filter((w) => !isStateWrite(w) && !lease(w))
    .map((w) => `${w.method} ${w.route}`);
}
