import fs from 'node:fs/promises';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { finalBody, type UrlLookup } from '../plan/body.js';
import { localeUrl } from '../plan/plan.js';
import type { ArticlePlan, BodySpec, Plan } from '../plan/types.js';
import type { ZendeskClient } from '../remote/client.js';

export type OutcomeStatus = 'created' | 'updated' | 'unchanged' | 'archived' | 'skipped' | 'failed';

export interface Outcome {
  key: string;
  status: OutcomeStatus;
  articleId: number | undefined;
  htmlUrl: string | undefined;
  /** The server's message when something failed. */
  error?: string;
  /** Requests made for this article. */
  requests: number;
}

interface Created {
  id: number;
  htmlUrl: string;
  sourceLocale: string;
}

/** A body that links to an article created in this run waits for that article's URL. */
const hasPendingLinks = (spec: BodySpec) => spec.refs.some((r) => r.kind === 'article' && r.url === undefined);

/**
 * Executes a plan and nothing else, in dependency order: per article, uploads before the bodies
 * that reference them, bodies before attachment association; across articles, new link targets
 * before bodies that link to them (a new article whose body links to another new one is created
 * as a draft and published in the second phase, so no published body holds a broken link).
 * One article failing does not stop the others; what it managed to write is found by the next
 * run through its marker, so re-running converges without duplicates.
 */
export async function applyPlan(plan: Plan, client: ZendeskClient, logger: Logger): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>();
  const created = new Map<string, Created>();
  const deferred: { article: ArticlePlan; run: () => Promise<void> }[] = [];

  const linkLookup = (ref: Extract<Parameters<UrlLookup>[0], { kind: 'article' }>): string | undefined => {
    if (ref.url !== undefined) return ref.url;
    const target = created.get(ref.targetKey);
    if (!target) return undefined;
    return localeUrl(target.htmlUrl, target.sourceLocale, ref.locale) + (ref.anchor ? `#${ref.anchor}` : '');
  };

  async function runArticle(article: ArticlePlan): Promise<void> {
    const outcome: Outcome = { key: article.key, status: 'unchanged', articleId: article.articleId, htmlUrl: article.htmlUrl, requests: 0 };
    outcomes.set(article.key, outcome);
    if (article.action === 'unchanged' || article.action === 'offline') return;
    if (article.action === 'skip') {
      outcome.status = 'skipped';
      return;
    }
    const assets: Record<string, string> = { ...article.knownAssets };
    const uploadedIds = new Map<string, number>();
    const lookup: UrlLookup = (ref) => (ref.kind === 'asset' ? assets[ref.sha] : linkLookup(ref));
    const body = (spec: BodySpec, forceDraft = false) => {
      const final = finalBody(spec, article.key, lookup);
      if (!final) throw new Error(`internal: unresolved reference in ${spec.file}`);
      return { locale: spec.locale, title: spec.title, body: final.html, draft: forceDraft || spec.draft };
    };
    const step = async <T>(fn: () => Promise<T>): Promise<T> => {
      outcome.requests++;
      return fn();
    };

    try {
      for (const op of article.operations) {
        switch (op.kind) {
          case 'upload': {
            const data = await fs.readFile(op.asset.absPath);
            const att = await step(() =>
              client.uploadAttachment({ name: op.asset.name, contentType: op.asset.contentType, data }, op.asset.inline),
            );
            assets[op.asset.sha] = att.content_url;
            uploadedIds.set(op.asset.sha, att.id);
            break;
          }
          case 'create-article': {
            const [main, ...rest] = op.bodies;
            const pending = op.bodies.some(hasPendingLinks);
            // Links to articles not created yet point nowhere: keep every locale a draft until
            // the second phase writes the real links.
            const stub = (spec: BodySpec) =>
              hasPendingLinks(spec) ? body({ ...spec, refs: spec.refs.map((r) => (r.kind === 'article' && r.url === undefined ? { ...r, url: '#' } : r)) }, true) : body(spec, pending);
            const first = stub(main!);
            const zd = await step(() =>
              client.createArticle(op.sectionId, {
                ...op.metadata,
                title: first.title,
                body: first.body,
                locale: first.locale,
                draft: first.draft,
                ...(rest.length ? { translations: rest.map(stub) } : {}),
              }),
            );
            outcome.articleId = zd.id;
            outcome.htmlUrl = zd.html_url;
            outcome.status = 'created';
            created.set(article.key, { id: zd.id, htmlUrl: zd.html_url, sourceLocale: main!.locale });
            if (pending) {
              deferred.push({
                article,
                run: async () => {
                  for (const spec of op.bodies) {
                    const b = body(spec);
                    await step(() => client.updateTranslation(zd.id, spec.locale, { title: b.title, body: b.body, draft: b.draft }));
                  }
                },
              });
            }
            break;
          }
          case 'update-metadata':
            await step(() => client.updateArticle(article.articleId!, op.changes));
            outcome.status = 'updated';
            break;
          case 'create-translation':
          case 'update-translation': {
            const spec = op.body;
            const write = async () => {
              const b = body(spec);
              if (op.kind === 'create-translation') await step(() => client.createTranslation(article.articleId!, b));
              else await step(() => client.updateTranslation(article.articleId!, spec.locale, { title: b.title, body: b.body, draft: b.draft }));
            };
            if (hasPendingLinks(spec)) deferred.push({ article, run: write });
            else await write();
            outcome.status = 'updated';
            break;
          }
          case 'associate-attachments': {
            const ids = op.shas.map((sha) => uploadedIds.get(sha)).filter((id): id is number => id !== undefined);
            const articleId = outcome.articleId!;
            for (let i = 0; i < ids.length; i += 20) {
              const chunk = ids.slice(i, i + 20);
              await step(() => client.associateAttachments(articleId, chunk));
            }
            break;
          }
          case 'archive':
            await step(() => client.archiveArticle(article.articleId!));
            outcome.status = 'archived';
            break;
        }
      }
    } catch (error) {
      outcome.status = 'failed';
      outcome.error = errorMessage(error);
      logger.error(`${article.file ?? article.key}: ${outcome.error}`, article.file ? { file: article.file } : undefined);
    }
  }

  await Promise.all(plan.articles.map(runArticle));
  await Promise.all(
    deferred.map(async ({ article, run }) => {
      const outcome = outcomes.get(article.key)!;
      if (outcome.status === 'failed') return;
      try {
        await run();
      } catch (error) {
        outcome.status = 'failed';
        outcome.error = errorMessage(error);
        logger.error(`${article.file ?? article.key}: ${outcome.error}`, article.file ? { file: article.file } : undefined);
      }
    }),
  );
  return outcomes;
}
