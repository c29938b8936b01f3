/**
 * The fault soak, shared by its test (test/integration/soak.test.ts) and `npm run soak`: a tree
 * of articles with translations, images, files and links is published into a fresh simulator
 * that fails a share of all requests at random (resets and 500/503 answers, half of them after
 * the write was applied), run after run until a run succeeds; then, with faults off, once more
 * through the whole pipeline, which must write nothing. What Zendesk holds at the end is
 * checked through the simulator's integrity view.
 *
 * The faulted runs are the pipeline's remote → plan → apply over HTTP, with the files read and
 * rendered once for every seed: rendering is the same for all of them and would otherwise be
 * half of the soak's time; what is soaked is the transport and the write path.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { applyPlan } from '../../src/apply/apply.js';
import { createConsoleLogger } from '../../src/logger.js';
import { buildPlan } from '../../src/plan/plan.js';
import { prepareArticles, type PreparedArticle } from '../../src/render/prepare.js';
import { ZendeskClient } from '../../src/remote/client.js';
import { RemoteIndexBuilder } from '../../src/plan/remote-index.js';
import { fetchSnapshot } from '../../src/remote/snapshot.js';
import { loadSource } from '../../src/source/load.js';
import type { SourceArticle } from '../../src/source/types.js';
import { startSimulator, type Integrity, type Simulator } from '../zendesk-sim/index.js';
import { contentWrites, DEFAULTS_YML, isStateWrite, png, publish } from './docs-tree.js';

export interface SoakOptions {
  articles: number;
  /** Share of requests that fail: half of it resets, half 500 or 503 answers. */
  faultRate: number;
  /** Of those faults, the share that strike after the request was handled (its answer lost). */
  afterShare: number;
  /** Runs allowed to converge before the seed counts as failed. */
  maxRuns: number;
}

export const SOAK_DEFAULTS: SoakOptions = { articles: 200, faultRate: 0.1, afterShare: 0.5, maxRuns: 5 };

/** The simulator draws resets and 5xx independently: these rates fail `faultRate` of requests in all. */
function faultRates(faultRate: number): { resetRate: number; error5xxRate: number } {
  const resetRate = faultRate / 2;
  return { resetRate, error5xxRate: 1 - (1 - faultRate) / (1 - resetRate) };
}

export interface SoakResult {
  seed: number;
  firstRunOk: boolean;
  /** Runs until one succeeded (undefined: none within maxRuns). */
  runs: number | undefined;
  requests: number;
  faults: number;
  /** Faults that struck after the write was applied. */
  lostAnswers: number;
  retries: number;
  /** Writes whose answer was lost that were found to have landed, so not sent again. */
  landed: number;
  /** Writes of the run after convergence, with faults off: 0 when converged. */
  writesAfter: number;
  /** The state record's writes in that run: its creation, once. */
  stateWrites: number;
  integrity: Integrity;
  /** The first run's failures, for a seed that needed more than one. */
  firstErrors: string[];
}

/**
 * 200 articles, each with a French translation, every third a German one too; every fourth
 * has an image used by all its locales, every eighth a PDF; every tenth links to the next one,
 * and every 25th and the one after it link to each other (a cycle), in the source locale.
 */
export async function writeSoakTree(articles: number): Promise<string> {
  const repo = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-soak-'));
  const write = async (rel: string, content: string | Buffer) => {
    await fs.mkdir(path.dirname(path.join(repo, rel)), { recursive: true });
    await fs.writeFile(path.join(repo, rel), content);
  };
  await write('docs/_defaults.yml', DEFAULTS_YML);
  for (let i = 0; i < articles; i++) {
    const extras: string[] = [];
    const links: string[] = [];
    if (i % 4 === 0) {
      extras.push(`![Screen ${i}](img/s${i}.png)`);
      await write(`docs/img/s${i}.png`, png(i));
    }
    if (i % 8 === 0) {
      extras.push(`Download [the manual](files/m${i}.pdf).`);
      await write(`docs/files/m${i}.pdf`, `%PDF-1.4\n% manual ${i}\n`);
    }
    if (i % 10 === 0 && i + 1 < articles) links.push(`Next: [article ${i + 1}](a${i + 1}.md).`);
    if (i % 25 === 0 && i + 1 < articles) links.push(`See also [article ${i + 1}](a${i + 1}.md).`);
    if (i % 25 === 1) links.push(`Back to [article ${i - 1}](a${i - 1}.md).`);
    // Links only in the source locale: a link written to a new article's other locale is a
    // guess of its URL that the next run corrects (see the report of this change), which is not
    // what this soak measures.
    const body = (locale: string) =>
      `Text of article ${i}${locale ? ` (${locale})` : ''}.\n\n${[...extras, ...(locale ? [] : links)].join('\n\n')}\n`;
    await write(`docs/a${i}.md`, `---\ntitle: Article ${i}\n---\n${body('')}`);
    await write(`docs/a${i}.fr.md`, `---\ntitle: Article ${i} (fr)\n---\n${body('fr')}`);
    if (i % 3 === 0) await write(`docs/a${i}.de.md`, `---\ntitle: Article ${i} (de)\n---\n${body('de')}`);
  }
  return repo;
}

/** Retries wait a thousandth of what the transport asks: the order of events stays, the minutes go. */
const compressedSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms / 1000));

/** A soak tree read and rendered, once for all seeds. */
export interface SoakTree {
  repo: string;
  sources: SourceArticle[];
  prepared: PreparedArticle[];
}

export async function prepareSoakTree(articles: number): Promise<SoakTree> {
  const repo = await writeSoakTree(articles);
  const docsRoot = path.join(repo, 'docs');
  const source = await loadSource(docsRoot, repo);
  const { prepared, diagnostics } = await prepareArticles(source.articles, { docsRoot, repoRoot: repo, defaultLocale: 'en-us' });
  if (source.diagnostics.length || diagnostics.length)
    throw new Error(`soak tree: ${JSON.stringify([...source.diagnostics, ...diagnostics])}`);
  return { repo, sources: source.articles, prepared };
}

/** One publish of the prepared tree: the snapshot, the plan, apply; the failures it ended with. */
async function publishOnce(sim: Simulator, tree: SoakTree) {
  const logger = createConsoleLogger({ write: () => undefined });
  const client = new ZendeskClient({
    baseUrl: sim.url,
    auth: { kind: 'oauth-client', clientId: sim.credentials.oauthClientId, clientSecret: sim.credentials.oauthClientSecret },
    logger,
    sleep: compressedSleep,
  });
  const errors: string[] = [];
  try {
    const builder = new RemoteIndexBuilder();
    const snapshot = await fetchSnapshot(client, logger, undefined, (a) => builder.add(a));
    const plan = buildPlan(
      { sources: tree.sources, prepared: tree.prepared },
      snapshot,
      {
        onDrift: 'overwrite',
        archiveRemoved: false,
        maxArchive: 10,
        defaultLocale: undefined,
        // Whose articles these are: the docs root's namespace, as the pipeline passes it.
        root: 'docs',
      },
      builder.build(),
    );
    if (plan.diagnostics.length) throw new Error(`soak plan: ${JSON.stringify(plan.diagnostics)}`);
    const outcomes = await applyPlan(plan, client, logger);
    for (const o of outcomes.values()) if (o.status === 'failed') errors.push(`${o.key}: ${o.error ?? 'failed'}`);
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  }
  return { errors, stats: client.http.stats };
}

export async function soakSeed(seed: number, tree: SoakTree, options: SoakOptions = SOAK_DEFAULTS): Promise<SoakResult> {
  const sim = await startSimulator({
    // Only faults: no rate limit, whose waits are real time; stored HTML as sent (the
    // reformatting is tested elsewhere and costs here as much as the rest of the simulator).
    reformatHtml: false,
    rateLimitPerMinute: 0,
    incrementalRateLimitPerMinute: 100_000,
    faults: { seed, ...faultRates(options.faultRate), afterShare: options.afterShare, slowRate: 0, slowMs: 0 },
  });
  try {
    let runs: number | undefined;
    let retries = 0;
    let landed = 0;
    let firstErrors: string[] = [];
    for (let run = 1; run <= options.maxRuns && runs === undefined; run++) {
      const { errors, stats } = await publishOnce(sim, tree);
      retries += stats.retries;
      landed += stats.landed;
      if (errors.length === 0) runs = run;
      if (run === 1) firstErrors = errors;
    }
    const counters = sim.counters();
    const lostAnswers = sim.requests.filter((r) => r.faultAfterHandling).length;
    sim.setOptions({ faults: { seed, resetRate: 0, error5xxRate: 0, slowRate: 0, slowMs: 0 } });
    sim.resetLog();
    // The whole pipeline, as a user runs it: converged means nothing to write.
    await publish(sim, { repo: tree.repo });
    return {
      seed,
      firstRunOk: runs === 1,
      runs,
      requests: counters.total,
      faults: counters.faults,
      lostAnswers,
      retries,
      landed,
      // The runs above are plan + apply without the pipeline, so the state record is first
      // written by this run: its one write is the record's creation, not an article's.
      writesAfter: contentWrites(sim).length,
      stateWrites: sim.writes().filter(isStateWrite).length,
      integrity: sim.integrity(),
      firstErrors,
    };
  } finally {
    await sim.close();
  }
}

/** One table line per seed and a line of totals, as Markdown. */
export function soakTable(results: readonly SoakResult[]): string {
  const sum = (f: (r: SoakResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const dup = (r: SoakResult) => r.integrity.duplicateArticles + r.integrity.duplicateTranslations;
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [
    line([
      'seed',
      'first run ok',
      'runs needed',
      'requests',
      'faults',
      'answers lost',
      'retries',
      'found landed',
      'duplicates',
      'orphan uploads',
      'wrong attachments',
      'writes after',
    ]),
    line(Array.from({ length: 12 }, (_, i) => (i === 0 || i === 1 ? '---' : '---:'))),
    ...results.map((r) =>
      line([
        r.seed,
        r.firstRunOk ? 'yes' : 'no',
        r.runs ?? `> ${SOAK_DEFAULTS.maxRuns}`,
        r.requests,
        `${r.faults} (${((r.faults / r.requests) * 100).toFixed(1)} %)`,
        r.lostAnswers,
        r.retries,
        r.landed,
        dup(r),
        r.integrity.unassociatedAttachments,
        r.integrity.attachmentMismatches.length,
        r.writesAfter,
      ]),
    ),
    line([
      `all ${results.length}`,
      `${results.filter((r) => r.firstRunOk).length} of ${results.length}`,
      `max ${Math.max(...results.map((r) => r.runs ?? Infinity))}`,
      sum((r) => r.requests),
      sum((r) => r.faults),
      sum((r) => r.lostAnswers),
      sum((r) => r.retries),
      sum((r) => r.landed),
      sum(dup),
      sum((r) => r.integrity.unassociatedAttachments),
      sum((r) => r.integrity.attachmentMismatches.length),
      sum((r) => r.writesAfter),
    ]),
  ].join('\n');
}

/** What is wrong with a soak, in words; nothing when every seed converged cleanly. */
export function soakProblems(results: readonly SoakResult[]): string[] {
  const problems: string[] = [];
  for (const r of results) {
    if (r.runs === undefined)
      problems.push(`seed ${r.seed}: no run succeeded in ${SOAK_DEFAULTS.maxRuns} (first: ${r.firstErrors.join('; ')})`);
    if (JSON.stringify(r.integrity) !== JSON.stringify(CLEAN))
      problems.push(`seed ${r.seed}: Zendesk holds ${JSON.stringify(r.integrity)}`);
    if (r.writesAfter) problems.push(`seed ${r.seed}: the run after convergence wrote ${r.writesAfter} times`);
    if (r.stateWrites > 1) problems.push(`seed ${r.seed}: the state record was written ${r.stateWrites} times in one run`);
  }
  const firstOk = results.filter((r) => r.firstRunOk).length;
  if (firstOk < Math.ceil(results.length * 0.9)) problems.push(`only ${firstOk} of ${results.length} seeds succeeded at the first run`);
  // The soak did what it is for: answers were lost after their write, and lost creates found.
  if (!results.some((r) => r.lostAnswers > 0)) problems.push('no answer was lost after its write: the soak tested nothing');
  if (!results.some((r) => r.landed > 0)) problems.push('no write was found to have landed after a lost answer');
  return problems;
}

/** What the integrity view shows when nothing is wrong. */
export const CLEAN: Integrity = {
  unassociatedAttachments: 0,
  missingMedia: 0,
  duplicateArticles: 0,
  duplicateKeys: [],
  duplicateTranslations: 0,
  attachmentMismatches: [],
};
