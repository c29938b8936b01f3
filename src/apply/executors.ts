import fs from 'node:fs/promises';
import { attachmentIdOf } from '../plan/article.js';
import { analyzeBody } from '../plan/marker.js';
import { assetKey } from '../plan/media.js';
import type { ArticlePlan, AttachFile, BodySpec, Operation, SectionTarget } from '../plan/types.js';
import { BULK_ATTACHMENTS, newArticle } from '../remote/client.js';
import type { ArticleMetadata, TranslationInput, ZdAttachment } from '../remote/types.js';
import type { ApplyClient, ApplyOptions, Outcome } from './outcome.js';
import { explainSegments } from './segments.js';

/** What a body may stub because it does not exist yet: links to new articles in a cycle, files not uploaded yet. */
export interface Stubs {
  links: boolean;
  files: boolean;
}

export const NO_STUBS: Stubs = { links: false, files: false };

/** One article being applied: what its executors share. */
export interface ArticleRun {
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

/** The bodies an operation writes. */
export function bodiesOf(op: Operation): BodySpec[] {
  if (op.kind === 'create-article') return op.bodies;
  if (op.kind === 'create-translation' || op.kind === 'update-translation') return [op.body];
  return [];
}

export function execute(op: Operation, run: ArticleRun): Promise<void> {
  return (EXECUTORS[op.kind] as (op: Operation, run: ArticleRun) => Promise<void>)(op, run);
}
