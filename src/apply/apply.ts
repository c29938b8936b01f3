import fs from 'node:fs/promises';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { finalBody } from '../plan/body.js';
import { localeUrl } from '../plan/remote-index.js';
import type { ArticlePlan, BodyRef, BodySpec, Operation, Plan } from '../plan/types.js';
import { newArticle, type ZendeskClient } from '../remote/client.js';
import type { TranslationInput } from '../remote/types.js';

export type OutcomeStatus = 'created' | 'updated' | 'unchanged' | 'archived' | 'skipped' | 'failed';

export interface Outcome {
  key: string;
  status: OutcomeStatus;
  articleId: number | undefined;
  htmlUrl: string | undefined;
  /** The server's message when something failed. */
  error?: string;
  /** Write requests made for this article. */
  requests: number;
}

interface Created {
  htmlUrl: string;
  sourceLocale: string;
}

/** A promise settled from outside: the URL of an article once it exists. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A target nobody waits for must not become an unhandled rejection.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

const STUB_URL = '#';

/** The writes apply makes; the Zendesk client, or a recording double in unit tests. */
export type ApplyClient = Pick<
  ZendeskClient,
  | 'uploadAttachment'
  | 'createArticle'
  | 'updateArticle'
  | 'createTranslation'
  | 'updateTranslation'
  | 'associateAttachments'
  | 'deleteAttachment'
  | 'archiveArticle'
>;

/** One article being applied: what its executors share. */
interface ArticleRun {
  readonly article: ArticlePlan;
  readonly outcome: Outcome;
  readonly client: ApplyClient;
  /** Attachment URL by content hash: the known ones, then this run's uploads. */
  readonly assets: Record<string, string>;
  /** Ids of this run's uploads, by content hash, for association. */
  readonly uploadedIds: Map<string, number>;
  /** The body as sent: links resolved (or stubbed), the marker appended. */
  render(spec: BodySpec, stub?: boolean): Promise<TranslationInput>;
  /** Counts one write request of this article. */
  write<T>(fn: () => Promise<T>): Promise<T>;
  /** The article exists now: bodies that link to it may be written. */
  created(htmlUrl: string, sourceLocale: string): void;
}

type Executor<K extends Operation['kind']> = (op: Extract<Operation, { kind: K }>, run: ArticleRun) => Promise<void>;

/** The id of the article being written; only missing if the plan is out of order (a bug). */
function idOf(run: ArticleRun): number {
  if (run.outcome.articleId === undefined) throw new Error(`internal: ${run.article.key} has no article id yet`);
  return run.outcome.articleId;
}

/** One executor per operation kind: the compiler refuses a kind without one. */
const EXECUTORS: { [K in Operation['kind']]: Executor<K> } = {
  upload: async (op, run) => {
    const data = await fs.readFile(op.asset.absPath);
    const att = await run.write(() =>
      run.client.uploadAttachment({ name: op.asset.name, contentType: op.asset.contentType, data }, op.asset.inline),
    );
    run.assets[op.asset.sha] = att.content_url;
    run.uploadedIds.set(op.asset.sha, att.id);
  },
  'create-article': async (op, run) => {
    const [main, ...rest] = await Promise.all(op.bodies.map((b) => run.render(b, op.stubLinks)));
    if (!main) throw new Error(`internal: ${run.article.key} has no body to create`);
    const zd = await run.write(() => run.client.createArticle(op.sectionId, newArticle(op.metadata, [main, ...rest])));
    run.outcome.articleId = zd.id;
    run.outcome.htmlUrl = zd.html_url;
    run.outcome.status = 'created';
    run.created(zd.html_url, main.locale);
  },
  'update-metadata': async (op, run) => {
    await run.write(() => run.client.updateArticle(idOf(run), op.changes));
  },
  'create-translation': async (op, run) => {
    const b = await run.render(op.body);
    await run.write(() => run.client.createTranslation(idOf(run), b));
  },
  'update-translation': async (op, run) => {
    const b = await run.render(op.body);
    await run.write(() => run.client.updateTranslation(idOf(run), b.locale, { title: b.title, body: b.body, draft: b.draft }));
  },
  'associate-attachments': async (op, run) => {
    const ids = op.shas.map((sha) => {
      const id = run.uploadedIds.get(sha);
      if (id === undefined) throw new Error(`internal: ${sha} was not uploaded before its association`);
      return id;
    });
    for (let i = 0; i < ids.length; i += 20) {
      const chunk = ids.slice(i, i + 20);
      await run.write(() => run.client.associateAttachments(idOf(run), chunk));
    }
  },
  'delete-attachment': async (op, run) => {
    await run.write(() => run.client.deleteAttachment(op.attachmentId));
  },
  archive: async (_op, run) => {
    await run.write(() => run.client.archiveArticle(idOf(run)));
    run.outcome.status = 'archived';
  },
};

function execute(op: Operation, run: ArticleRun): Promise<void> {
  return (EXECUTORS[op.kind] as (op: Operation, run: ArticleRun) => Promise<void>)(op, run);
}

/**
 * Executes a plan and nothing else, in dependency order: per article, uploads before the bodies
 * that reference them and bodies before attachment association; across articles, a body that
 * links to a new article waits until that article exists (the plan has already broken cycles by
 * stubbing links in a draft). One article failing does not stop the others; what it managed to
 * write is found by the next run through its marker, so re-running converges without duplicates.
 */
export async function applyPlan(plan: Plan, client: ApplyClient, logger: Logger): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>();
  const targets = new Map(plan.articles.filter((a) => a.action === 'create').map((a) => [a.key, deferred<Created>()] as const));

  async function linkUrl(ref: Extract<BodyRef, { kind: 'article' }>, stub: boolean): Promise<string> {
    if (ref.url !== undefined) return ref.url;
    if (stub) return STUB_URL;
    const target = targets.get(ref.targetKey);
    if (!target) throw new Error(`internal: no URL for linked article ${ref.targetKey}`);
    let created: Created;
    try {
      created = await target.promise;
    } catch {
      throw new Error(`not written: it links to ${ref.targetKey}, which could not be created`);
    }
    return localeUrl(created.htmlUrl, created.sourceLocale, ref.locale) + (ref.anchor ? `#${ref.anchor}` : '');
  }

  async function runArticle(article: ArticlePlan): Promise<void> {
    const outcome: Outcome = { key: article.key, status: 'unchanged', articleId: article.articleId, htmlUrl: article.htmlUrl, requests: 0 };
    outcomes.set(article.key, outcome);
    if (article.action === 'skip') outcome.status = 'skipped';
    if (article.operations.length === 0) return;

    const assets: Record<string, string> = { ...article.knownAssets };
    const run: ArticleRun = {
      article,
      outcome,
      client,
      assets,
      uploadedIds: new Map(),
      async render(spec, stub = false) {
        const links = new Map<number, string>();
        for (const ref of spec.refs) if (ref.kind === 'article') links.set(ref.index, await linkUrl(ref, stub));
        const final = finalBody(spec, article.key, (ref) => (ref.kind === 'asset' ? assets[ref.sha] : links.get(ref.index)));
        if (!final) throw new Error(`internal: unresolved reference in ${spec.file}`);
        const stubbed = stub && spec.refs.some((r) => r.kind === 'article' && r.url === undefined);
        return { locale: spec.locale, title: spec.title, body: final.html, draft: spec.draft || stubbed };
      },
      write(fn) {
        outcome.requests++;
        return fn();
      },
      created(htmlUrl, sourceLocale) {
        targets.get(article.key)?.resolve({ htmlUrl, sourceLocale });
      },
    };

    try {
      for (const op of article.operations) {
        await execute(op, run);
        if (outcome.status === 'unchanged') outcome.status = 'updated';
      }
    } catch (error) {
      outcome.status = 'failed';
      outcome.error = errorMessage(error);
      targets.get(article.key)?.reject(error);
      logger.error(`${article.file ?? article.key}: ${outcome.error}`, article.file ? { file: article.file } : undefined);
    }
    logger.progress?.({ kind: 'advance', item: article.file ?? article.key, failed: outcome.status === 'failed' });
  }

  await Promise.all(plan.articles.map(runArticle));
  return outcomes;
}
