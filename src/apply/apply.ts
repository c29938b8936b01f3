import fs from 'node:fs/promises';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { attachmentIdOf } from '../plan/article.js';
import { finalBody, STUB_URL } from '../plan/body.js';
import { analyzeBody } from '../plan/marker.js';
import { localeUrl } from '../plan/remote-index.js';
import type { ArticlePlan, AttachFile, BodyRef, BodySpec, Operation, Plan, SectionTarget } from '../plan/types.js';
import { assetKey } from '../plan/media.js';
import { BULK_ATTACHMENTS, newArticle, type ZendeskClient } from '../remote/client.js';
import { uploadMedia, type MediaClient } from './media-upload.js';
import { Slots } from '../remote/slots.js';
import { InterruptedError, stoppable } from '../remote/stop.js';
import type { ArticleMetadata, TranslationInput, ZdAttachment } from '../remote/types.js';
import { withTagIds } from './content-tags.js';
import { explainSegments } from './segments.js';

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
  /** Per locale, the content hash of the body this run wrote (for the state record). */
  published?: Record<string, string>;
  /** The section a created article went into (one made in this run included). */
  sectionId?: number;
  /** The run was asked to stop before this article's writes were all made (`requests` says whether any were). */
  interrupted?: boolean;
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
  const d = {
    promise,
    settled: false,
    resolve: (v: T) => {
      d.settled = true;
      resolve(v);
    },
    reject: (e: unknown) => {
      d.settled = true;
      reject(e);
    },
  };
  return d;
}

export interface ApplyOptions {
  /**
   * Articles written at once (default 8; the pipeline uses twice the requests in flight, so
   * there is always an article with a request ready). Each article is finished before another
   * starts in its place, so a run that dies leaves at most this many half-written, not every
   * article created and none completed.
   */
  articlesAtOnce?: number;
  /** Sections created before the articles (see apply/structure.ts), by their change's key. */
  sections?: ReadonlyMap<string, number>;
  /**
   * Stop (Ctrl-C, the runner's cancel, a lost lease): no article starts after it, and an
   * article under way sends no further request (a request in flight still gets its answer).
   */
  stop?: AbortSignal;
  /** How to wait between looks for a media whose create lost its answer; a timer otherwise. */
  sleep?: (ms: number) => Promise<void>;
  /** Media made before the articles (see apply/media-upload.ts): URL by content hash, and why a file could not be made. */
  media?: { urls: ReadonlyMap<string, string>; failed: ReadonlyMap<string, string> };
  /** Content tags created before the articles (see apply/content-tags.ts): id by lower-cased name. */
  contentTags?: ReadonlyMap<string, string>;
  /** Creates or updates a redirect rule (see remote/article-extras.ts); needed by plans with `redirect_from`. */
  redirect?: (rule: { from: string; to: string; status: number }) => Promise<void>;
}

/** The requests apply makes; the Zendesk client, or a recording double in unit tests. */
export type ApplyClient = Pick<
  ZendeskClient,
  | 'createArticle'
  | 'newestArticles'
  | 'updateArticle'
  | 'createTranslation'
  | 'getTranslation'
  | 'updateTranslation'
  | 'uploadUnassociated'
  | 'bulkAttach'
  | 'listAttachments'
  | 'deleteAttachment'
  | 'archiveArticle'
  | 'setSourceLocale'
> &
  MediaClient &
  Pick<ZendeskClient, 'uploaded'>;

/** What a body may stub because it does not exist yet: links to new articles in a cycle, files not uploaded yet. */
interface Stubs {
  links: boolean;
  files: boolean;
}

const NO_STUBS: Stubs = { links: false, files: false };

/** One article being applied: what its executors share. */
interface ArticleRun {
  readonly article: ArticlePlan;
  readonly outcome: Outcome;
  readonly client: ApplyClient;
  /** The id of a section: given, or created before the articles. */
  section(target: SectionTarget): number;
  /** Writes a redirect rule. */
  readonly redirect: ApplyOptions['redirect'];
  /** The metadata with the ids of content tags created before the articles. */
  tags<T extends ArticleMetadata>(metadata: T): T;
  /** Attachment URL by content hash: the known ones, then this run's uploads. */
  readonly assets: Record<string, string>;
  /** The body as sent: links resolved (or stubbed), files' URLs filled in (or stubbed), the marker appended. */
  render(spec: BodySpec, stubs?: Stubs): Promise<TranslationInput>;
  /** Counts one write request of this article. */
  write<T>(fn: () => Promise<T>): Promise<T>;
  /** The article exists now: bodies that link to it may be written. */
  created(htmlUrl: string, sourceLocale: string): void;
  /** The body last rendered for `locale` is now in Zendesk. */
  written(locale: string): void;
}

type Executor<K extends Operation['kind']> = (op: Extract<Operation, { kind: K }>, run: ArticleRun) => Promise<void>;

/** The id of the article being written; only missing if the plan is out of order (a bug). */
function idOf(run: ArticleRun): number {
  if (run.outcome.articleId === undefined) throw new Error(`internal: ${run.article.key} has no article id yet`);
  return run.outcome.articleId;
}

const NEWEST_PAGE_SIZE = 30;
const NEWEST_PAGES = 5;
const CLOCK_MARGIN_MS = 60_000;

/**
 * Where a create that lost its answer would be if it landed: among the section's newest
 * articles, the one whose marker carries this key. Small pages, newest first, stopping at
 * articles older than the first attempt (a minute's margin for the clocks of both sides).
 */
async function findCreated(client: ApplyClient, sectionId: number, locale: string, key: string, sentAt: number, sent: string) {
  // Another docs root may create an article with the same key at the same time: its namespace tells them apart.
  const ns = analyzeBody(sent).marker?.ns;
  let next: string | undefined;
  for (let page = 0; page < NEWEST_PAGES; page++) {
    const { articles, next_page } = await client.newestArticles(sectionId, locale, NEWEST_PAGE_SIZE, next);
    const found = articles.find((a) => {
      const marker = analyzeBody(a.body).marker;
      return marker?.key === key && (marker.ns === undefined || marker.ns === ns);
    });
    if (found) return found;
    const oldest = articles.at(-1);
    if (!next_page || !oldest || Date.parse(oldest.created_at) < sentAt - CLOCK_MARGIN_MS) return undefined;
    next = next_page;
  }
  return undefined;
}

/** Whether an attachment Zendesk holds is this local file, as far as its answer tells: name, size, kind and locale. */
function holds(attachment: ZdAttachment & { locale?: string | null }, file: AttachFile): boolean {
  const { asset } = file;
  const sameLocale = !asset.inline || attachment.locale === undefined || attachment.locale === null || attachment.locale === file.locale;
  return attachment.file_name === asset.name && attachment.size === asset.size && attachment.inline === asset.inline && sameLocale;
}

const fileKey = (f: AttachFile) => `${f.asset.name}\u0000${f.asset.size}\u0000${f.asset.inline}\u0000${f.locale ?? ''}`;

/** One executor per operation kind: the compiler refuses a kind without one. */
const EXECUTORS: { [K in Operation['kind']]: Executor<K> } = {
  'create-article': async (op, run) => {
    const stubs = { links: op.stubLinks, files: op.stubFiles };
    const [main, ...rest] = await Promise.all(op.bodies.map((b) => run.render(b, stubs)));
    if (!main) throw new Error(`internal: ${run.article.key} has no body to create`);
    const sentAt = Date.now();
    const sectionId = run.section(op.sectionId);
    const metadata = { ...run.tags(op.metadata), section_id: sectionId };
    const zd = await explainSegments(metadata, () =>
      run.write(() =>
        run.client.createArticle(sectionId, newArticle(metadata, [main, ...rest]), () =>
          findCreated(run.client, sectionId, main.locale, run.article.key, sentAt, main.body),
        ),
      ),
    );
    run.outcome.articleId = zd.id;
    run.outcome.sectionId = sectionId;
    run.outcome.htmlUrl = zd.html_url;
    run.outcome.status = 'created';
    run.created(zd.html_url, main.locale);
    for (const b of [main, ...rest]) run.written(b.locale);
  },
  'attach-files': async (op, run) => {
    const id = idOf(run);
    const listed: (ZdAttachment & { guide_media_id?: string | null })[] = op.reconcile ? await run.client.listAttachments(id) : [];
    const known = new Set(Object.values(run.article.knownAssets).flatMap((url) => attachmentIdOf(url) ?? []));
    // What a marker records belongs to its body, and what Zendesk made for a media URL to the
    // body embedding it; the rest was left by a run that died, or is stale.
    const unaccounted = listed.filter((a) => !known.has(a.id) && !a.guide_media_id);
    const keys = op.files.map(fileKey);
    // Two local files that look alike from outside cannot be told apart on Zendesk: upload both.
    const alike = new Set(keys.filter((k, i) => keys.indexOf(k) !== i));
    const mine = new Set<number>();
    const fresh: number[] = [];
    const associate = async () => {
      const batch = fresh.splice(0, BULK_ATTACHMENTS);
      if (batch.length) await run.write(() => run.client.bulkAttach(id, batch));
    };
    for (const file of op.files) {
      let attachment = alike.has(fileKey(file)) ? undefined : unaccounted.find((a) => !mine.has(a.id) && holds(a, file));
      if (!attachment) {
        const data = file.asset.data ?? (await fs.readFile(file.asset.absPath));
        const upload = { name: file.asset.name, contentType: file.asset.contentType, data };
        attachment = await run.write(() => run.client.uploadUnassociated(upload, file.asset.inline, file.locale));
        fresh.push(attachment.id);
        // Associated at once, a batch at a time: an upload on no article cannot be found again.
        if (fresh.length === BULK_ATTACHMENTS) await associate();
      }
      mine.add(attachment.id);
      run.assets[assetKey('attachments', file.locale ?? '', file.asset.sha, file.asset.inline)] = attachment.content_url;
    }
    await associate();
    for (const a of unaccounted) if (!mine.has(a.id)) await run.write(() => run.client.deleteAttachment(a.id));
  },
  'update-metadata': async (op, run) => {
    const changes = run.tags(
      op.newSection !== undefined ? { ...op.changes, section_id: run.section({ newSection: op.newSection }) } : op.changes,
    );
    await explainSegments(changes, () => run.write(() => run.client.updateArticle(idOf(run), changes)));
  },
  'create-translation': async (op, run) => {
    const b = await run.render(op.body);
    const id = idOf(run);
    await run.write(() => run.client.createTranslation(id, b, () => run.client.getTranslation(id, b.locale)));
    run.written(b.locale);
  },
  'update-translation': async (op, run) => {
    const b = await run.render(op.body);
    const flag = op.outdated !== undefined ? { outdated: op.outdated } : {};
    await run.write(() => run.client.updateTranslation(idOf(run), b.locale, { title: b.title, body: b.body, draft: b.draft, ...flag }));
    run.written(b.locale);
  },
  'mark-outdated': async (op, run) => {
    await run.write(() => run.client.updateTranslation(idOf(run), op.locale, { outdated: true }));
  },
  'set-source-locale': async (op, run) => {
    await run.write(() => run.client.setSourceLocale(idOf(run), op.locale));
  },
  'delete-attachment': async (op, run) => {
    await run.write(() => run.client.deleteAttachment(op.attachmentId));
  },
  'set-redirect': async (op, run) => {
    // To the article by path, without its slug: a later change of title does not break the rule.
    const to = `/hc/${op.locale}/articles/${idOf(run)}`;
    if (!run.redirect) throw new Error('internal: no way to write redirect rules');
    const redirect = run.redirect;
    await run.write(() => redirect({ from: op.from, to, status: op.status }));
  },
  archive: async (_op, run) => {
    await run.write(() => run.client.archiveArticle(idOf(run)));
    run.outcome.status = 'archived';
  },
};

/**
 * An article the stop reached: not started (skipped), or started and left part-written (its
 * marker and the state record let the next publish complete it).
 */
function stopped(outcome: Outcome): void {
  outcome.interrupted = true;
  if (outcome.requests === 0) {
    outcome.status = 'skipped';
    outcome.error = 'not written: the run was interrupted';
  } else {
    if (outcome.status === 'unchanged') outcome.status = 'updated';
    outcome.error = 'partly written: the run was interrupted; the next publish completes it';
  }
}

/** The bodies an operation writes. */
function bodiesOf(op: Operation): BodySpec[] {
  if (op.kind === 'create-article') return op.bodies;
  if (op.kind === 'create-translation' || op.kind === 'update-translation') return [op.body];
  return [];
}

function execute(op: Operation, run: ArticleRun): Promise<void> {
  return (EXECUTORS[op.kind] as (op: Operation, run: ArticleRun) => Promise<void>)(op, run);
}

/**
 * Executes a plan and nothing else, in the plan's order per article (the article, its files
 * uploaded onto it, then the bodies that reference them); across articles, a body that links
 * to a new article waits until that article exists (the plan has already broken cycles by
 * stubbing links in a draft). One article failing does not stop the others; what it managed to
 * write is found by the next run through its marker and completed, so re-running converges
 * without duplicates.
 */
export async function applyPlan(
  plan: Plan,
  client: ApplyClient,
  logger: Logger,
  options: ApplyOptions = {},
): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>();
  // Files first: every body that embeds one can then be written whole, in one request.
  if (plan.media?.uploads.length && !options.media) {
    const made = await uploadMedia(client, plan.media.uploads, logger, options.sleep ? { sleep: options.sleep } : {});
    options = { ...options, media: made };
    logger.info(`Media library: ${made.urls.size} of ${plan.media.uploads.length} new files uploaded (${made.uploaded.bytes} bytes).`);
  }
  const targets = new Map(plan.articles.filter((a) => a.action === 'create').map((a) => [a.key, deferred<Created>()] as const));
  const writing = new Slots(options.articlesAtOnce ?? 8);

  async function runArticle(article: ArticlePlan): Promise<void> {
    const outcome: Outcome = { key: article.key, status: 'unchanged', articleId: article.articleId, htmlUrl: article.htmlUrl, requests: 0 };
    outcomes.set(article.key, outcome);
    if (article.action === 'skip') outcome.status = 'skipped';
    if (article.operations.length === 0) return;

    // While it waits for an article it links to, its slot goes to another: the target may need it.
    let waits = 0;
    async function linkUrl(ref: Extract<BodyRef, { kind: 'article' }>, stub: boolean): Promise<string> {
      if (ref.url !== undefined) return ref.url;
      if (stub) return STUB_URL;
      const target = targets.get(ref.targetKey);
      if (!target) throw new Error(`internal: no URL for linked article ${ref.targetKey}`);
      let created: Created;
      const wait = !target.settled;
      if (wait && waits++ === 0) writing.release();
      try {
        created = await target.promise;
      } catch {
        throw new Error(`not written: it links to ${ref.targetKey}, which could not be created`);
      } finally {
        // Back before articles not started yet: finishing what is under way comes first.
        if (wait && --waits === 0) await writing.acquire(true);
      }
      return localeUrl(created.htmlUrl, created.sourceLocale, ref.locale) + (ref.anchor ? `#${ref.anchor}` : '');
    }

    const assets: Record<string, string> = { ...article.knownAssets };
    // Media made this run serve every article that embeds them.
    for (const spec of article.operations.flatMap(bodiesOf))
      for (const ref of spec.refs)
        if (ref.kind === 'asset' && options.media?.urls.has(ref.sha)) assets[ref.sha] ??= options.media.urls.get(ref.sha)!;
    const rendered = new Map<string, string>();
    const run: ArticleRun = {
      article,
      outcome,
      client,
      assets,
      tags: (metadata) => withTagIds(metadata, options.contentTags),
      redirect: options.redirect,
      section(target) {
        if (typeof target === 'number') return target;
        const id = options.sections?.get(target.newSection);
        if (id === undefined) throw new Error(`internal: section ${target.newSection} was not created before its articles`);
        return id;
      },
      async render(spec, stubs = NO_STUBS) {
        const links = new Map<number, string>();
        for (const ref of spec.refs) if (ref.kind === 'article') links.set(ref.index, await linkUrl(ref, stubs.links));
        const known = (ref: Extract<BodyRef, { kind: 'asset' }>) => assets[`${spec.locale}/${ref.sha}`] ?? assets[ref.sha];
        for (const ref of spec.refs) {
          const failed = ref.kind === 'asset' && known(ref) === undefined ? options.media?.failed.get(ref.sha) : undefined;
          if (failed !== undefined) throw new Error(`not written: "${ref.written}" could not be uploaded (${failed})`);
        }
        const final = finalBody(
          spec,
          article.key,
          (ref) => (ref.kind === 'asset' ? (known(ref) ?? (stubs.files ? STUB_URL : undefined)) : links.get(ref.index)),
          plan.namespace,
        );
        if (!final) throw new Error(`internal: unresolved reference in ${spec.file}`);
        rendered.set(spec.locale, final.hash);
        const stubbed = spec.refs.some((r) =>
          r.kind === 'article' ? stubs.links && r.url === undefined : stubs.files && known(r) === undefined,
        );
        return { locale: spec.locale, title: spec.title, body: final.html, draft: spec.draft || stubbed };
      },
      written(locale) {
        const hash = rendered.get(locale);
        if (hash !== undefined) outcome.published = { ...outcome.published, [locale]: hash };
      },
      write(fn) {
        outcome.requests++;
        return fn();
      },
      created(htmlUrl, sourceLocale) {
        targets.get(article.key)?.resolve({ htmlUrl, sourceLocale });
      },
    };

    await writing.acquire();
    try {
      if (options.stop?.aborted) {
        stopped(outcome);
        targets.get(article.key)?.reject(new InterruptedError());
        return;
      }
      await stoppable(options.stop, async () => {
        for (const op of article.operations) {
          await execute(op, run);
          if (outcome.status === 'unchanged') outcome.status = 'updated';
        }
      });
    } catch (error) {
      targets.get(article.key)?.reject(error);
      // Whatever failed once the run was asked to stop failed because of it (a link target not
      // created, a request not sent): the article is interrupted, not refused by Zendesk.
      if (options.stop?.aborted) {
        stopped(outcome);
        return;
      }
      outcome.status = 'failed';
      outcome.error = errorMessage(error);
      logger.error(`${article.file ?? article.key}: ${outcome.error}`, article.file ? { file: article.file } : undefined);
    } finally {
      writing.release();
    }
    logger.progress?.({ kind: 'advance', item: article.file ?? article.key, failed: outcome.status === 'failed' });
  }

  await Promise.all(plan.articles.map(runArticle));
  return outcomes;
}
