/**
 * applyPlan against a recording client, no HTTP: every operation kind becomes exactly its
 * request, in the plan's order, and the outcomes say what happened.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPlan, type ApplyClient } from '../../src/apply/apply.js';
import { createConsoleLogger } from '../../src/logger.js';
import { buildPlan } from '../../src/plan/plan.js';
import type { ArticlePlan, Operation, Plan } from '../../src/plan/types.js';
import type { PlanOptions } from '../../src/plan/context.js';
import type { PreparedArticle } from '../../src/render/prepare.js';
import type { RemoteSnapshot } from '../../src/remote/snapshot.js';
import type { ZdArticle, ZdAttachment, ZdTranslation } from '../../src/remote/types.js';
import {
  asset,
  assetRef,
  attachmentUrl,
  halfMadeAs,
  linkRef,
  PLAN_DEFAULTS,
  prepared,
  publishedAs,
  SECTION,
  snapshot,
  source,
} from '../helpers/plan-fixtures.js';

interface Call {
  method: keyof ApplyClient;
  args: unknown[];
}

/**
 * Answers like Zendesk would and records each call; `fail` names calls that throw. `attachments`
 * are those Zendesk already holds, by article id (a run that died may have left some).
 */
function recordingClient(fail: (call: Call) => boolean = () => false, attachments = new Map<number, ZdAttachment[]>()) {
  const calls: Call[] = [];
  const pending = new Map<number, ZdAttachment>();
  let nextId = 9000;
  const record = <T>(method: keyof ApplyClient, args: unknown[], answer: () => T): Promise<T> => {
    const call = { method, args };
    calls.push(call);
    if (fail(call)) return Promise.reject(new Error(`${method} refused`));
    return Promise.resolve(answer());
  };
  const article = (id: number, locale: string) => ({ id, html_url: `https://acme.zendesk.com/hc/${locale}/articles/${id}-x` }) as ZdArticle;
  const client: ApplyClient = {
    createArticle: (sectionId, a) => record('createArticle', [sectionId, a], () => article(nextId++, a.locale)),
    newestArticles: (sectionId, locale) => record('newestArticles', [sectionId, locale], () => ({ articles: [], next_page: null })),
    updateArticle: (id, metadata) => record('updateArticle', [id, metadata], () => article(id, 'en-us')),
    createTranslation: (id, t) =>
      record('createTranslation', [id, t], () => ({ ...t, id: nextId++, source_id: id }) as unknown as ZdTranslation),
    getTranslation: (id, locale) => record('getTranslation', [id, locale], () => undefined),
    updateTranslation: (id, locale, t) =>
      record('updateTranslation', [id, locale, t], () => ({ ...t, locale, id: 1, source_id: id }) as unknown as ZdTranslation),
    uploadUnassociated: (file, inline, locale) =>
      record('uploadUnassociated', [file.name, inline, locale], () => {
        const id = nextId++;
        const att = {
          id,
          content_url: attachmentUrl(id, file.name),
          content_type: file.contentType,
          file_name: file.name,
          size: file.data.length,
          inline,
        };
        pending.set(id, att);
        return att;
      }),
    bulkAttach: (articleId, ids) =>
      record('bulkAttach', [articleId, ids], () => {
        const moved = ids.map((id) => pending.get(id)!);
        attachments.set(articleId, [...(attachments.get(articleId) ?? []), ...moved]);
      }),
    mediaUploadUrl: (contentType, size) =>
      record('mediaUploadUrl', [contentType, size], () => ({
        assetUploadId: `asset-${nextId++}`,
        url: 'https://storage.example/u',
        headers: {},
      })),
    putUpload: (target, data) => record('putUpload', [target.assetUploadId, data.length], () => undefined),
    createMedia: (assetUploadId, filename) =>
      record('createMedia', [assetUploadId, filename], () => ({
        id: `m-${assetUploadId}`,
        name: filename,
        url: `/guide-media/K${nextId++}`,
      })),
    searchMedia: (prefix) => record('searchMedia', [prefix], () => []),
    uploaded: { files: 0, bytes: 0 },
    listAttachments: (id) => record('listAttachments', [id], () => [...(attachments.get(id) ?? [])]),
    deleteAttachment: (id) => record('deleteAttachment', [id], () => undefined),
    archiveArticle: (id) => record('archiveArticle', [id], () => undefined),
    setSourceLocale: (id, locale) => record('setSourceLocale', [id, locale], () => undefined),
  };
  return { client, calls };
}

const logger = createConsoleLogger({ write: () => undefined });
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-apply-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** An asset whose file exists, since the upload executor reads it. */
async function realAsset(name: string) {
  const a = asset(name);
  a.absPath = path.join(dir, name);
  await fs.writeFile(a.absPath, 'png');
  return a;
}

/** Without the media library: files go onto each article (unassociated uploads, then bulk_attachments). */
const ATTACHMENTS: Partial<PlanOptions> = { media: { mode: 'attachments', urls: new Map() } };

function planOf(items: PreparedArticle[], snap: RemoteSnapshot<ZdArticle>, options: Partial<PlanOptions> = {}): Plan {
  const p = buildPlan({ sources: items.map((i) => i.source), prepared: items }, snap, { ...PLAN_DEFAULTS, ...options });
  expect(p.diagnostics).toEqual([]);
  return p;
}

describe('applyPlan', () => {
  it('makes each new file a media first, then creates the article whole in one request', async () => {
    const img = await realAsset('a.png');
    const p = prepared(source('a', undefined, ['fr']), { source: { html: '<img src="zgp-ref:0">', refs: [assetRef(0, img)] } });
    const { client, calls } = recordingClient();
    const plan = planOf([p], snapshot());
    expect(plan.media).toEqual({ mode: 'library', uploads: [img] });
    const outcomes = await applyPlan(plan, client, logger);
    expect(calls.map((c) => c.method)).toEqual(['mediaUploadUrl', 'putUpload', 'createMedia', 'createArticle']);
    expect(calls[2]!.args[1]).toBe(`${img.sha}-a.png`);
    const sent = calls[3]!.args[1] as { translations: { body: string; draft: boolean }[] };
    expect(sent.translations[0]!.body).toContain('src="/guide-media/K');
    expect(sent.translations.map((t) => t.draft)).toEqual([false, false]);
    expect(outcomes.get('a')).toMatchObject({ status: 'created', requests: 1 });
  });

  it('without the media library: a draft with its files stubbed, the files associated with it, then the bodies', async () => {
    const img = await realAsset('a.png');
    const p = prepared(source('a', undefined, ['fr']), { source: { html: '<img src="zgp-ref:0">', refs: [assetRef(0, img)] } });
    const { client, calls } = recordingClient();
    const outcomes = await applyPlan(planOf([p], snapshot(), ATTACHMENTS), client, logger);
    expect(calls.map((c) => c.method)).toEqual(['createArticle', 'uploadUnassociated', 'bulkAttach', 'updateTranslation']);
    const [create, upload, , update] = calls;
    // The reference's "With translations" form: every locale in translations, the source first, nothing at the top.
    const sent = create!.args[1] as {
      body?: string;
      title?: string;
      locale: string;
      translations?: { locale: string; body: string; draft: boolean }[];
    };
    expect(sent.locale).toBe('en-us');
    expect(sent.translations?.map((t) => [t.locale, t.draft])).toEqual([
      ['en-us', true],
      ['fr', false],
    ]);
    expect(sent.translations?.[0]?.body).toContain('<img src="#">');
    expect(sent.translations?.[0]?.body).not.toContain('data-zgp-assets');
    expect(sent.title).toBeUndefined();
    expect(sent.body).toBeUndefined();
    // Its locale set in advance: Zendesk never copies it into another translation and rewrites that body.
    expect(upload!.args).toEqual(['a.png', true, 'en-us']);
    expect(calls[2]!.args).toEqual([9000, [9001]]);
    expect(update!.args[0]).toBe(9000);
    expect(update!.args[1]).toBe('en-us');
    expect(update!.args[2]).toMatchObject({ draft: false, body: expect.stringContaining(attachmentUrl(9001, 'a.png')) });
    expect(outcomes.get('a')).toMatchObject({ status: 'created', articleId: 9000, requests: 4 });
  });

  it('associates every file, 20 a request, right after its uploads', async () => {
    const assets = await Promise.all(Array.from({ length: 45 }, (_, i) => realAsset(`img${i}.png`)));
    const p = prepared(source('many'), {
      source: { html: assets.map((_, i) => `<img src="zgp-ref:${i}">`).join(''), refs: assets.map((a, i) => assetRef(i, a)) },
    });
    const { client, calls } = recordingClient();
    await applyPlan(planOf([p], snapshot(), ATTACHMENTS), client, logger);
    expect(calls.filter((c) => c.method === 'uploadUnassociated')).toHaveLength(45);
    expect(calls.filter((c) => c.method === 'bulkAttach').map((c) => (c.args[1] as number[]).length)).toEqual([20, 20, 5]);
    expect(calls.map((c) => c.method).filter((m) => m !== 'uploadUnassociated' && m !== 'bulkAttach')).toEqual([
      'createArticle',
      'updateTranslation',
    ]);
  });

  it('completes a half-made article: lists what it holds, reuses a file left there, deletes what nothing needs', async () => {
    const kept = await realAsset('kept.png');
    const added = await realAsset('added.png');
    const p = prepared(source('a'), {
      source: { html: '<img src="zgp-ref:0"><img src="zgp-ref:1">', refs: [assetRef(0, kept), assetRef(1, added)] },
    });
    // A run died after the draft and one upload; another file from an older attempt lies there too.
    const live = halfMadeAs(p);
    const left = new Map<number, ZdAttachment[]>([
      [
        live.id,
        [
          { id: 71, content_url: attachmentUrl(71, 'kept.png'), content_type: 'image/png', file_name: 'kept.png', size: 3, inline: true },
          { id: 72, content_url: attachmentUrl(72, 'old.png'), content_type: 'image/png', file_name: 'old.png', size: 3, inline: true },
        ],
      ],
    ]);
    const plan = planOf([p], snapshot([live]), ATTACHMENTS);
    expect(plan.articles[0]!.operations.map((o) => o.kind)).toEqual(['attach-files', 'update-translation']);
    const { client, calls } = recordingClient(undefined, left);
    const outcomes = await applyPlan(plan, client, logger);
    expect(calls.map((c) => [c.method, c.args[0]])).toEqual([
      ['listAttachments', live.id],
      ['uploadUnassociated', 'added.png'],
      ['bulkAttach', live.id],
      ['deleteAttachment', 72],
      ['updateTranslation', live.id],
    ]);
    const body = (calls[4]!.args[2] as { body: string }).body;
    expect(body).toContain(attachmentUrl(71, 'kept.png'));
    expect(body).toContain(attachmentUrl(9000, 'added.png'));
    expect(outcomes.get('a')).toMatchObject({ status: 'updated', requests: 4 });
  });

  it('uploads again rather than guess when two files look alike from outside (same name, size and kind)', async () => {
    const one = await realAsset('same.png');
    const two = { ...(await realAsset('same.png')), sha: 'sha-other', absPath: one.absPath };
    const p = prepared(source('a'), {
      source: { html: '<img src="zgp-ref:0"><img src="zgp-ref:1">', refs: [assetRef(0, one), assetRef(1, two)] },
    });
    const live = halfMadeAs(p);
    const left = new Map<number, ZdAttachment[]>([
      [
        live.id,
        [{ id: 81, content_url: attachmentUrl(81, 'same.png'), content_type: 'image/png', file_name: 'same.png', size: 3, inline: true }],
      ],
    ]);
    const { client, calls } = recordingClient(undefined, left);
    await applyPlan(planOf([p], snapshot([live]), ATTACHMENTS), client, logger);
    expect(calls.map((c) => c.method)).toEqual([
      'listAttachments',
      'uploadUnassociated',
      'uploadUnassociated',
      'bulkAttach',
      'deleteAttachment',
      'updateTranslation',
    ]);
  });

  it('looks for a create that lost its answer among the newest articles of its section, by the key in its marker', async () => {
    const p = prepared(source('a'));
    const mine = { ...publishedAs(p, { id: 4242 }), created_at: new Date().toISOString() };
    const other = { ...publishedAs(prepared(source('other')), { id: 4243 }), created_at: new Date().toISOString() };
    const { client, calls } = recordingClient();
    // The transport asks the check after a lost answer; here every create "loses" its answer.
    client.createArticle = (_sectionId, _article, landed) => landed!().then((found) => found ?? Promise.reject(new Error('not found')));
    client.newestArticles = (sectionId, locale, perPage, next) => {
      calls.push({ method: 'newestArticles', args: [sectionId, locale, perPage, next] });
      return Promise.resolve(next ? { articles: [mine], next_page: null } : { articles: [other], next_page: 'page-2' });
    };
    const outcomes = await applyPlan(planOf([p], snapshot()), client, logger);
    expect(outcomes.get('a')).toMatchObject({ status: 'created', articleId: 4242 });
    expect(calls.map((c) => c.args)).toEqual([
      [SECTION, 'en-us', 30, undefined],
      [SECTION, 'en-us', 30, 'page-2'],
    ]);
  });

  it('stops looking at articles older than the create, and then sends it again', async () => {
    const old = { ...publishedAs(prepared(source('other'))), created_at: '2020-01-01T00:00:00Z' };
    const { client, calls } = recordingClient();
    let found: unknown = 'not asked';
    const create = client.createArticle;
    client.createArticle = async (sectionId, article, landed) => {
      found = await landed!();
      return create(sectionId, article);
    };
    client.newestArticles = (...args) => {
      calls.push({ method: 'newestArticles', args });
      return Promise.resolve({ articles: [old], next_page: 'page-2' });
    };
    await applyPlan(planOf([prepared(source('a'))], snapshot()), client, logger);
    expect(found).toBeUndefined();
    expect(calls.filter((c) => c.method === 'newestArticles')).toHaveLength(1);
  });

  it('a media create that lost its answer, then met 409, is found by its content-addressed name', async () => {
    const img = await realAsset('a.png');
    const p = prepared(source('a'), { source: { html: '<img src="zgp-ref:0">', refs: [assetRef(0, img)] } });
    const { client, calls } = recordingClient();
    const { ZendeskApiError } = await import('../../src/remote/errors.js');
    client.createMedia = () =>
      Promise.reject(new ZendeskApiError({ status: 409, method: 'POST', url: new URL('https://acme.zendesk.com/api/v2/guide/medias') }));
    client.searchMedia = (prefix) => {
      calls.push({ method: 'searchMedia', args: [prefix] });
      return Promise.resolve([{ id: 'm1', name: `${img.sha}-a.png`, url: '/guide-media/FOUND' }]);
    };
    const outcomes = await applyPlan(planOf([p], snapshot()), client, logger, { sleep: () => Promise.resolve() });
    expect(calls.filter((c) => c.method === 'putUpload')).toHaveLength(1);
    expect(calls.find((c) => c.method === 'searchMedia')!.args).toEqual([`${img.sha}-a.png`]);
    expect((calls.find((c) => c.method === 'createArticle')!.args[1] as { body: string }).body).toContain('/guide-media/FOUND');
    expect(outcomes.get('a')?.status).toBe('created');
  });

  it('updates metadata and translations, creates a missing one and deletes an unused attachment', async () => {
    const old = asset('old.png');
    const before = prepared(source('a'), { source: { html: '<img src="zgp-ref:0">', refs: [assetRef(0, old)] } });
    const live = publishedAs(before, { assets: { [old.sha]: attachmentUrl(55, 'old.png') } });
    const after = prepared(source('a', { ...before.source.meta, promoted: true }, ['fr']), { source: { title: 'New' } });
    const plan = planOf([after], snapshot([live]));
    // The delete goes just before the body whose marker records the attachment is rewritten.
    expect(plan.articles[0]!.operations.map((o) => o.kind)).toEqual([
      'update-metadata',
      'delete-attachment',
      'update-translation',
      'create-translation',
    ]);
    const { client, calls } = recordingClient();
    const outcomes = await applyPlan(plan, client, logger);
    expect(calls.map((c) => [c.method, c.args[0]])).toEqual([
      ['updateArticle', live.id],
      ['deleteAttachment', 55],
      ['updateTranslation', live.id],
      ['createTranslation', live.id],
    ]);
    expect(calls[2]!.args[1]).toBe('en-us');
    expect((calls[2]!.args[2] as { title: string }).title).toBe('New');
    expect(outcomes.get('a')).toMatchObject({ status: 'updated', requests: 4 });
  });

  it('archives, skips and leaves unchanged articles as the plan says', async () => {
    const kept = prepared(source('kept'));
    const gone = publishedAs(prepared(source('gone')));
    const plan = planOf([kept], snapshot([publishedAs(kept), gone]), { archiveRemoved: true });
    const { client, calls } = recordingClient();
    const outcomes = await applyPlan(plan, client, logger);
    expect(calls).toEqual([{ method: 'archiveArticle', args: [gone.id] }]);
    expect(outcomes.get('gone')?.status).toBe('archived');
    expect(outcomes.get('kept')).toMatchObject({ status: 'unchanged', requests: 0 });

    const skipped: ArticlePlan = { ...plan.articles[0]!, action: 'skip', operations: [] };
    const { client: c2, calls: calls2 } = recordingClient();
    expect((await applyPlan({ ...plan, articles: [skipped] }, c2, logger)).get(skipped.key)?.status).toBe('skipped');
    expect(calls2).toEqual([]);
  });

  it('writes a link to a new article once that article exists, with its real URL', async () => {
    const a = prepared(source('a'), { source: { html: '<a href="zgp-ref:0">b</a>', refs: [linkRef(0, 'b.md', 'x')] } });
    const { client, calls } = recordingClient();
    await applyPlan(planOf([a, prepared(source('b'))], snapshot()), client, logger);
    const creates = calls.filter((c) => c.method === 'createArticle').map((c) => c.args[1] as { title: string; body: string });
    // One locale each: the plain form, content at the top level.
    expect(creates).toHaveLength(2);
    // b first (a waits for it); a's body holds b's URL.
    expect(creates[1]!.body).toContain('https://acme.zendesk.com/hc/en-us/articles/9000-x#x');
  });

  it('creates a cycle of new articles as drafts with stubbed links, then writes the real links', async () => {
    const a = prepared(source('a'), { source: { html: '<a href="zgp-ref:0">b</a>', refs: [linkRef(0, 'b.md')] } });
    const b = prepared(source('b'), { source: { html: '<a href="zgp-ref:0">a</a>', refs: [linkRef(0, 'a.md')] } });
    const { client, calls } = recordingClient();
    const outcomes = await applyPlan(planOf([a, b], snapshot()), client, logger);
    const creates = calls.filter((c) => c.method === 'createArticle').map((c) => c.args[1] as { draft: boolean; body: string });
    expect(creates.map((c) => c.draft)).toEqual([true, true]);
    expect(creates.every((c) => c.body.includes('href="#"'))).toBe(true);
    const updates = calls.filter((c) => c.method === 'updateTranslation').map((c) => c.args[2] as { draft: boolean; body: string });
    expect(updates.map((u) => u.draft)).toEqual([false, false]);
    expect(updates.every((u) => /articles\/900\d-x/.test(u.body))).toBe(true);
    expect([...outcomes.values()].map((o) => o.status)).toEqual(['created', 'created']);
  });

  it('fails one article without stopping the others, and fails what links to it', async () => {
    const a = prepared(source('a'), { source: { html: '<a href="zgp-ref:0">b</a>', refs: [linkRef(0, 'b.md')] } });
    const b = prepared(source('b'), { source: { title: 'B' } });
    const c = prepared(source('c'), { source: { title: 'C' } });
    const { client } = recordingClient((call) => call.method === 'createArticle' && (call.args[1] as { title: string }).title === 'B');
    const outcomes = await applyPlan(planOf([a, b, c], snapshot()), client, logger);
    expect(outcomes.get('b')).toMatchObject({ status: 'failed', error: 'createArticle refused' });
    expect(outcomes.get('a')).toMatchObject({ status: 'failed', error: 'not written: it links to b, which could not be created' });
    expect(outcomes.get('c')?.status).toBe('created');
  });

  it('finishes the articles it started before it starts more, so a crash leaves few half-written', async () => {
    const imgs = await Promise.all(['p0.png', 'p1.png', 'p2.png', 'p3.png', 'p4.png'].map(realAsset));
    const items = imgs.map((img, i) => prepared(source(`k${i}`), { source: { html: '<img src="zgp-ref:0">', refs: [assetRef(0, img)] } }));
    const { client, calls } = recordingClient();
    await applyPlan(planOf(items, snapshot(), ATTACHMENTS), client, logger, { articlesAtOnce: 2 });
    // An article is under way from its create to its body's rewrite, the last of its three writes.
    let underWay = 0;
    let most = 0;
    for (const c of calls) {
      if (c.method === 'createArticle') most = Math.max(most, ++underWay);
      if (c.method === 'updateTranslation') underWay--;
    }
    expect(calls.filter((c) => c.method === 'createArticle')).toHaveLength(5);
    expect(most).toBe(2);
  });

  it('lets another article take the place of one waiting for the article it links to', async () => {
    const a = prepared(source('a'), { source: { html: '<a href="zgp-ref:0">b</a>', refs: [linkRef(0, 'b.md')] } });
    const { client, calls } = recordingClient();
    const outcomes = await applyPlan(planOf([a, prepared(source('b'))], snapshot()), client, logger, { articlesAtOnce: 1 });
    expect([...outcomes.values()].map((o) => o.status)).toEqual(['created', 'created']);
    expect(calls.map((c) => (c.args[1] as { title: string }).title)).toHaveLength(2);
  });

  it('has an executor for every operation kind', async () => {
    // The table is typed so the compiler refuses a missing kind; this checks the same at run time.
    const img = await realAsset('k.png');
    const every: Operation['kind'][] = [
      'create-article',
      'attach-files',
      'update-metadata',
      'create-translation',
      'update-translation',
      'delete-attachment',
      'archive',
    ];
    const p = prepared(source('k'), { source: { html: '<img src="zgp-ref:0">', refs: [assetRef(0, img)] } });
    const plan = planOf([p], snapshot(), ATTACHMENTS);
    const create = plan.articles[0]!.operations.find((o) => o.kind === 'create-article')!;
    const body = create.kind === 'create-article' ? create.bodies[0]! : undefined;
    plan.articles[0]!.operations = [
      create,
      {
        kind: 'attach-files',
        files: [
          { asset: img, locale: 'en-us' },
          { asset: img, locale: 'fr' },
        ],
        reconcile: true,
      },
      { kind: 'update-metadata', changes: { promoted: true } },
      { kind: 'create-translation', body: { ...body!, locale: 'fr' } },
      { kind: 'update-translation', body: body! },
      { kind: 'delete-attachment', attachmentId: 1, sha: 'x' },
      { kind: 'archive' },
    ];
    expect(plan.articles[0]!.operations.map((o) => o.kind)).toEqual(every);
    const { client, calls } = recordingClient();
    const outcome = (await applyPlan(plan, client, logger)).get('k');
    expect(outcome?.error).toBeUndefined();
    expect(calls.map((c) => c.method)).toEqual([
      'createArticle',
      'listAttachments',
      'uploadUnassociated',
      'uploadUnassociated',
      'bulkAttach',
      'updateArticle',
      'createTranslation',
      'updateTranslation',
      'deleteAttachment',
      'archiveArticle',
    ]);
  });
});
