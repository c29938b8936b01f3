// The simulator's Guide Media, article attachments and limits, as the public reference says:
// - Guide Medias: https://developer.zendesk.com/api-reference/help_center/help-center-api/guide_medias/
// - Article Attachments: https://developer.zendesk.com/api-reference/help_center/help-center-api/article_attachments/
// - Guide product limits: https://support.zendesk.com/hc/en-us/articles/4408831783962-Guide-product-limits
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_ATTACHMENTS, MAX_BODY_BYTES, startSimulator, type Simulator } from './index.js';
import {
  call,
  createArticle,
  createArticleFrom,
  newArticleWithTranslations,
  type AttachmentJson,
  type CursorPage,
} from './test-helpers.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7]);

interface UploadUrl {
  upload_url: { asset_upload_id: string; url: string; headers: string | Record<string, string> };
}
interface MediaJson {
  id: string;
  access_key: string;
  name: string;
  url: string;
  size: number;
  content_type: string;
}

const headersOf = (h: string | Record<string, string>): Record<string, string> =>
  typeof h === 'string' ? (JSON.parse(h) as Record<string, string>) : h;

/** The three steps, as a client must take them: upload URL, PUT to the storage with exactly its headers, create. */
async function makeMedia(sim: Simulator, name: string, data: Buffer = PNG): Promise<MediaJson> {
  const url = await call<UploadUrl>(sim, 'POST', '/api/v2/guide/medias/upload_url', {
    json: { content_type: 'image/png', file_size: data.length },
  });
  expect(url.status).toBe(200);
  const put = await fetch(url.body.upload_url.url, { method: 'PUT', headers: headersOf(url.body.upload_url.headers), body: data });
  expect(put.status).toBe(200);
  const media = await call<{ media: MediaJson }>(sim, 'POST', '/api/v2/guide/medias', {
    json: { asset_upload_id: url.body.upload_url.asset_upload_id, filename: name },
  });
  expect(media.status).toBe(201);
  return media.body.media;
}

function mediaForm(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

describe('Guide Media', () => {
  let sim: Simulator;
  beforeEach(async () => {
    sim = await startSimulator();
  });
  afterEach(() => sim.close());

  it('takes a file in three steps; the upload URL is another host, its headers a JSON string or an object', async () => {
    const url = await call<UploadUrl>(sim, 'POST', '/api/v2/guide/medias/upload_url', {
      json: { content_type: 'image/png', file_size: 11 },
    });
    expect(new URL(url.body.upload_url.url).origin).not.toBe(new URL(sim.url).origin);
    expect(typeof url.body.upload_url.headers).toBe('string');
    expect(Object.keys(headersOf(url.body.upload_url.headers)).sort()).toEqual([
      'Content-Disposition',
      'Content-Type',
      'X-Amz-Server-Side-Encryption',
    ]);
    sim.setOptions({ mediaUploadHeadersAs: 'object' });
    const again = await call<UploadUrl>(sim, 'POST', '/api/v2/guide/medias/upload_url', {
      json: { content_type: 'image/png', file_size: 11 },
    });
    expect(typeof again.body.upload_url.headers).toBe('object');
    const media = await makeMedia(sim, 'hero.png');
    expect(media).toMatchObject({ name: 'hero.png', content_type: 'image/png', size: PNG.length, url: `/guide-media/${media.access_key}` });
    expect((await call<{ media: MediaJson }>(sim, 'GET', `/api/v2/guide/medias/${media.id}`)).body.media.id).toBe(media.id);
    const bytes = await fetch(`${sim.url}${media.url}`, { headers: { authorization: `Bearer ${sim.credentials.oauthToken}` } });
    expect(Buffer.from(await bytes.arrayBuffer())).toEqual(PNG);
  });

  it('the storage refuses an Authorization header, a header other than the one named, and a wrong size', async () => {
    const url = await call<UploadUrl>(sim, 'POST', '/api/v2/guide/medias/upload_url', {
      json: { content_type: 'image/png', file_size: PNG.length },
    });
    const headers = headersOf(url.body.upload_url.headers);
    const withAuth = await fetch(url.body.upload_url.url, { method: 'PUT', headers: { ...headers, authorization: 'Bearer x' }, body: PNG });
    expect(withAuth.status).toBe(400);
    const wrong = await fetch(url.body.upload_url.url, { method: 'PUT', headers: { ...headers, 'Content-Type': 'image/gif' }, body: PNG });
    expect(wrong.status).toBe(403);
    const missing = await fetch(url.body.upload_url.url, { method: 'PUT', headers: { 'Content-Type': 'image/png' }, body: PNG });
    expect(missing.status).toBe(403);
    const short = await fetch(url.body.upload_url.url, { method: 'PUT', headers, body: PNG.subarray(1) });
    expect(short.status).toBe(400);
    expect(sim.storage.map((r) => r.status)).toEqual([400, 403, 403, 400]);
    // Nothing was stored: the media cannot be made from it.
    const media = await call(sim, 'POST', '/api/v2/guide/medias', {
      json: { asset_upload_id: url.body.upload_url.asset_upload_id, filename: 'a.png' },
    });
    expect(media.status).toBe(400);
  });

  it('answers 409 when an asset upload is used a second time', async () => {
    const url = await call<UploadUrl>(sim, 'POST', '/api/v2/guide/medias/upload_url', {
      json: { content_type: 'image/png', file_size: PNG.length },
    });
    await fetch(url.body.upload_url.url, { method: 'PUT', headers: headersOf(url.body.upload_url.headers), body: PNG });
    const body = { json: { asset_upload_id: url.body.upload_url.asset_upload_id, filename: 'a.png' } };
    expect((await call(sim, 'POST', '/api/v2/guide/medias', body)).status).toBe(201);
    expect((await call(sim, 'POST', '/api/v2/guide/medias', body)).status).toBe(409);
  });

  it('searches by filter[name_prefix] with cursor pagination, after the "slight delay"', async () => {
    for (const n of ['abc-1.png', 'abc-2.png', 'abc-3.png', 'other.png']) await makeMedia(sim, n);
    const first = await call<{ records: MediaJson[] } & CursorPage>(
      sim,
      'GET',
      '/api/v2/guide/medias?filter[name_prefix]=abc-&page[size]=2&sort=name',
    );
    expect(first.body.records.map((r) => r.name)).toEqual(['abc-1.png', 'abc-2.png']);
    expect(first.body.meta.has_more).toBe(true);
    const second = await call<{ records: MediaJson[] } & CursorPage>(sim, 'GET', first.body.links.next!);
    expect(second.body.records.map((r) => r.name)).toEqual(['abc-3.png']);
    expect(second.body.meta.has_more).toBe(false);
    sim.setOptions({ mediaSearchDelayMs: 60_000 });
    const late = await makeMedia(sim, 'abc-4.png');
    const search = await call<{ records: MediaJson[] }>(sim, 'GET', '/api/v2/guide/medias?filter[name_prefix]=abc-4');
    expect(search.body.records).toEqual([]);
    // Found by id all the same: only search lags.
    expect((await call(sim, 'GET', `/api/v2/guide/medias/${late.id}`)).status).toBe(200);
    expect((await call(sim, 'DELETE', `/api/v2/guide/medias/${late.id}`)).status).toBe(204);
    expect((await call(sim, 'GET', `/api/v2/guide/medias/${late.id}`)).status).toBe(404);
  });

  it('a plan without the media library answers 403 or 404 on every /guide/medias route', async () => {
    sim.setOptions({ mediaLibrary: 'forbidden' });
    expect((await call(sim, 'GET', '/api/v2/guide/medias')).status).toBe(403);
    expect((await call(sim, 'POST', '/api/v2/guide/medias/upload_url', { json: { content_type: 'image/png', file_size: 3 } })).status).toBe(
      403,
    );
    sim.setOptions({ mediaLibrary: 'missing' });
    expect((await call(sim, 'GET', '/api/v2/guide/medias')).status).toBe(404);
  });
});

describe('article attachments made from media', () => {
  let sim: Simulator;
  beforeEach(async () => {
    sim = await startSimulator();
  });
  afterEach(() => sim.close());

  it('"The guide_media_id parameter is required", as multipart; a file is refused', async () => {
    const article = await createArticle(sim);
    const path = `/api/v2/help_center/articles/${article.id}/attachments`;
    const file = new FormData();
    file.append('file', new Blob([PNG], { type: 'image/png' }), 'a.png');
    file.append('inline', 'true');
    const refused = await call(sim, 'POST', path, { form: file });
    expect(refused.status).toBe(400);
    expect(refused.body.description).toBe('guide_media_id is required');
    const media = await makeMedia(sim, 'a.png');
    expect((await call(sim, 'POST', path, { json: { guide_media_id: media.id } })).status).toBe(400);
    const ok = await call<{ article_attachment: AttachmentJson & { locale: string } }>(sim, 'POST', path, {
      form: mediaForm({ guide_media_id: media.id, inline: 'true', locale: 'fr' }),
    });
    expect(ok.status).toBe(201);
    expect(ok.body.article_attachment).toMatchObject({ article_id: article.id, inline: true, locale: 'fr', file_name: 'a.png' });
    // One media serves many articles.
    const other = await createArticle(sim, { title: 'Other' });
    const second = await call(sim, 'POST', `/api/v2/help_center/articles/${other.id}/attachments`, {
      form: mediaForm({ guide_media_id: media.id }),
    });
    expect(second.status).toBe(201);
    const blockLocale = await call(sim, 'POST', path, { form: mediaForm({ guide_media_id: media.id, locale: 'fr' }) });
    expect(blockLocale.status).toBe(400);
  });

  it("a media's URL in a body makes that translation's attachment; the body keeps the URL (both spellings)", async () => {
    const media = await makeMedia(sim, 'hero.png');
    const dash = `<p><img src="/guide-media/${media.access_key}"></p>`;
    const underscore = `<p><img src="/guide_medias/${media.access_key}"></p>`;
    const article = await createArticleFrom(
      sim,
      newArticleWithTranslations([
        { locale: 'en-us', title: 'A', body: dash },
        { locale: 'fr', title: 'B', body: underscore },
      ]),
    );
    const records = sim.store.attachments.filter((a) => a.article_id === article.id);
    expect(records.map((a) => [a.locale, a.guide_media_id, a.inline]).sort()).toEqual([
      ['en-us', media.id, true],
      ['fr', media.id, true],
    ]);
    expect(sim.store.translationOf('article', article.id, 'en-us')!.body).toContain(`/guide-media/${media.access_key}`);
    expect(sim.store.translationOf('article', article.id, 'fr')!.body).toContain(`/guide_medias/${media.access_key}`);
    expect(sim.integrity().attachmentMismatches).toEqual([]);
    // The body stops embedding it: that translation's attachment goes, the media stays.
    await call(sim, 'PUT', `/api/v2/help_center/articles/${article.id}/translations/fr`, {
      json: { translation: { body: '<p>none</p>' } },
    });
    expect(sim.store.attachments.filter((a) => a.article_id === article.id).map((a) => a.locale)).toEqual(['en-us']);
    expect(sim.store.media().medias).toHaveLength(1);
  });

  it('the same inline attachment in a second translation: another record, and that body rewritten', async () => {
    const media = await makeMedia(sim, 'shot.png');
    const article = await createArticleFrom(
      sim,
      newArticleWithTranslations([
        { locale: 'en-us', title: 'A', body: '<p>a</p>' },
        { locale: 'fr', title: 'B', body: '<p>b</p>' },
      ]),
    );
    const made = await call<{ article_attachment: AttachmentJson }>(sim, 'POST', `/api/v2/help_center/articles/${article.id}/attachments`, {
      form: mediaForm({ guide_media_id: media.id, inline: 'true' }),
    });
    const ref = `/hc/article_attachments/${made.body.article_attachment.id}/shot.png`;
    for (const locale of ['en-us', 'fr'])
      await call(sim, 'PUT', `/api/v2/help_center/articles/${article.id}/translations/${locale}`, {
        json: { translation: { body: `<p><img src="${ref}"></p>` } },
      });
    const en = sim.store.translationOf('article', article.id, 'en-us')!.body;
    const fr = sim.store.translationOf('article', article.id, 'fr')!.body;
    expect(en).toContain(ref);
    expect(fr).not.toContain(ref);
    const copy = sim.store.attachments.find((a) => a.article_id === article.id && a.locale === 'fr')!;
    expect(fr).toContain(`/hc/article_attachments/${copy.id}/`);
    expect(copy.guide_media_id).toBe(media.id);
    // With the locale set in advance, each translation's body stays as written.
    const other = await createArticle(sim, { title: 'Other' });
    const own = await call<{ article_attachment: AttachmentJson }>(sim, 'POST', `/api/v2/help_center/articles/${other.id}/attachments`, {
      form: mediaForm({ guide_media_id: media.id, inline: 'true', locale: 'en-us' }),
    });
    const body = `<p><img src="/hc/article_attachments/${own.body.article_attachment.id}/shot.png"></p>`;
    await call(sim, 'PUT', `/api/v2/help_center/articles/${other.id}/translations/en-us`, { json: { translation: { body } } });
    expect(sim.store.translationOf('article', other.id, 'en-us')!.body).toContain(body.slice(3, -4));
  });

  it('refuses a body over 1 MB and an article past 500 attachments with 422, changing nothing', async () => {
    const article = await createArticle(sim);
    const path = `/api/v2/help_center/articles/${article.id}/translations/en-us`;
    const big = `<p>${'x'.repeat(MAX_BODY_BYTES)}</p>`;
    expect((await call(sim, 'PUT', path, { json: { translation: { body: big } } })).status).toBe(422);
    expect(sim.store.translationOf('article', article.id, 'en-us')!.body).not.toContain('xxx');
    const created = await call(sim, 'POST', '/api/v2/help_center/sections/360000200001/articles', {
      json: newArticleWithTranslations([{ locale: 'en-us', title: 'Big', body: big }]),
    });
    expect(created.status).toBe(422);
    const media = await makeMedia(sim, 'x.png');
    const attach = () =>
      call(sim, 'POST', `/api/v2/help_center/articles/${article.id}/attachments`, { form: mediaForm({ guide_media_id: media.id }) });
    for (let i = 0; i < MAX_ARTICLE_ATTACHMENTS; i++) sim.store.createAttachment({ guideMediaId: media.id, inline: false }, article.id);
    expect((await attach()).status).toBe(422);
    const embed = `<img src="${media.url}">`;
    expect((await call(sim, 'PUT', path, { json: { translation: { body: embed } } })).status).toBe(422);
    expect(sim.store.attachments.filter((a) => a.article_id === article.id)).toHaveLength(MAX_ARTICLE_ATTACHMENTS);
  });
});

describe('rights and rate-limit headers', () => {
  let sim: Simulator;
  beforeEach(async () => {
    sim = await startSimulator();
  });
  afterEach(() => sim.close());

  it('permission groups and user segments are for Help Center managers: a plain agent gets 403', async () => {
    const lists = async () => [
      (await call(sim, 'GET', '/api/v2/guide/permission_groups')).status,
      (await call(sim, 'GET', '/api/v2/help_center/user_segments')).status,
    ];
    expect(await lists()).toEqual([200, 200]);
    const user = sim.store.users.find((u) => u.email === sim.credentials.email)!;
    user.role = 'agent';
    expect(await lists()).toEqual([403, 403]);
    user.guide_manager = true;
    expect(await lists()).toEqual([200, 200]);
  });

  it('sends ratelimit-limit, ratelimit-remaining and ratelimit-reset beside X-Rate-Limit', async () => {
    const res = await call(sim, 'GET', '/api/v2/help_center/locales');
    expect(Number(res.headers.get('ratelimit-remaining'))).toBe(Number(res.headers.get('x-rate-limit-remaining')));
    expect(Number(res.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
  });
});
