import fs from 'node:fs/promises';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { finalBody } from '../plan/body.js';
import { localeUrl } from '../plan/plan.js';
import type { ArticlePlan, BodyRef, BodySpec, Plan } from '../plan/types.js';
import { newArticle, type ZendeskClient } from '../remote/client.js';

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

/**
 * Executes a plan and nothing else, in dependency order: per article, uploads before the bodies
 * that reference them and bodies before attachment association; across articles, a body that
 * links to a new article waits until that article exists (the plan has already broken cycles by
 * stubbing links in a draft). One article failing does not stop the others; what it managed to
 * write is found by the next run through its marker, so re-running converges without duplicates.
 */
export async function applyPlan(plan: Plan, client: ZendeskClient, logger: Logger): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>();
  const targets = new Map(
    plan.articles.filter((a) => a.action === 'create').map((a) => [a.key, deferred<Created>()] as const),
  );

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
    const uploadedIds = new Map<string, number>();
    /** The body as sent: links resolved (or stubbed), the marker appended. */
    const render = async (spec: BodySpec, stub = false) => {
      const links = new Map<number, string>();
      for (const ref of spec.refs) if (ref.kind === 'article') links.set(ref.index, await linkUrl(ref, stub));
      const final = finalBody(spec, article.key, (ref) => (ref.kind === 'asset' ? assets[ref.sha] : links.get(ref.index)));
      if (!final) throw new Error(`internal: unresolved reference in ${spec.file}`);
      const stubbed = stub && spec.refs.some((r) => r.kind === 'article' && r.url === undefined);
      return { locale: spec.locale, title: spec.title, body: final.html, draft: spec.draft || stubbed };
    };
    const write = async <T>(fn: () => Promise<T>): Promise<T> => {
      outcome.requests++;
      return fn();
    };

    try {
      for (const op of article.operations) {
        switch (op.kind) {
          case 'upload': {
            const data = await fs.readFile(op.asset.absPath);
            const att = await write(() =>
              client.uploadAttachment({ name: op.asset.name, contentType: op.asset.contentType, data }, op.asset.inline),
            );
            assets[op.asset.sha] = att.content_url;
            uploadedIds.set(op.asset.sha, att.id);
            break;
          }
          case 'create-article': {
            const [main, ...rest] = await Promise.all(op.bodies.map((b) => render(b, op.stubLinks)));
            if (!main) throw new Error('internal: an article to create has no body');
            const zd = await write(() => client.createArticle(op.sectionId, newArticle(op.metadata, [main, ...rest])));
            outcome.articleId = zd.id;
            outcome.htmlUrl = zd.html_url;
            outcome.status = 'created';
            targets.get(article.key)?.resolve({ htmlUrl: zd.html_url, sourceLocale: main.locale });
            break;
          }
          case 'update-metadata':
            await write(() => client.updateArticle(outcome.articleId!, op.changes));
            break;
          case 'create-translation': {
            const b = await render(op.body);
            await write(() => client.createTranslation(outcome.articleId!, b));
            break;
          }
          case 'update-translation': {
            const b = await render(op.body);
            await write(() => client.updateTranslation(outcome.articleId!, b.locale, { title: b.title, body: b.body, draft: b.draft }));
            break;
          }
          case 'associate-attachments': {
            const ids = op.shas.map((sha) => uploadedIds.get(sha)!);
            for (let i = 0; i < ids.length; i += 20) {
              const chunk = ids.slice(i, i + 20);
              await write(() => client.associateAttachments(outcome.articleId!, chunk));
            }
            break;
          }
          case 'delete-attachment':
            await write(() => client.deleteAttachment(op.attachmentId));
            break;
          case 'archive':
            await write(() => client.archiveArticle(outcome.articleId!));
            outcome.status = 'archived';
            break;
        }
        if (outcome.status === 'unchanged') outcome.status = 'updated';
      }
    } catch (error) {
      outcome.status = 'failed';
      outcome.error = errorMessage(error);
      targets.get(article.key)?.reject(error);
      logger.error(`${article.file ?? article.key}: ${outcome.error}`, article.file ? { file: article.file } : undefined);
    }
  }

  await Promise.all(plan.articles.map(runArticle));
  return outcomes;
}
