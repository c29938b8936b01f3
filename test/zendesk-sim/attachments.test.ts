import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES, startSimulator, type Simulator } from './index.js';
import { call, createArticle, uploadOnto, type AttachmentJson, type ErrorJson } from './test-helpers.js';

function form(bytes: Uint8Array, fileName: string, inline: boolean, type = 'image/png'): FormData {
  const f = new FormData();
  f.append('file', new Blob([bytes], { type }), fileName);
  f.append('inline', String(inline));
  return f;
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

describe('article attachments', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.close());

  it('uploads unassociated attachments and serves their bytes at content_url', async () => {
    const res = await call<{ article_attachment: AttachmentJson }>(sim, 'POST', '/api/v2/help_center/articles/attachments', {
      form: form(PNG, 'diagram.png', true),
    });
    expect(res.status).toBe(201);
    const att = res.body.article_attachment;
    expect(att).toMatchObject({ file_name: 'diagram.png', content_type: 'image/png', size: PNG.length, inline: true, article_id: null });
    expect(att.content_url).toBe(`${sim.url}/hc/article_attachments/${att.id}/diagram.png`);
    const download = await fetch(att.content_url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PNG);
    expect(sim.requests.find((r) => r.path === '/api/v2/help_center/articles/attachments')?.body).toEqual({
      fileName: 'diagram.png',
      size: PNG.length,
      inline: true,
      contentType: 'image/png',
    });
  });

  it('bulk-associates at most 20 attachments a request', async () => {
    const article = await createArticle(sim);
    const ids: number[] = [];
    for (let i = 0; i < 21; i++) {
      const res = await call<{ article_attachment: AttachmentJson }>(sim, 'POST', '/api/v2/help_center/articles/attachments', {
        form: form(PNG, `img-${i}.png`, true),
      });
      ids.push(res.body.article_attachment.id);
    }
    const bulk = `/api/v2/help_center/articles/${article.id}/bulk_attachments`;
    const tooMany = await call<ErrorJson>(sim, 'POST', bulk, { json: { attachment_ids: ids } });
    expect(tooMany.status).toBe(400);
    expect((await call(sim, 'POST', bulk, { json: { attachment_ids: [1] } })).status).toBe(422);
    const ok = await call<{ article_attachments: AttachmentJson[] }>(sim, 'POST', bulk, { json: { attachment_ids: ids.slice(0, 20) } });
    expect(ok.status).toBe(200);
    expect(sim.store.articleAttachments(article.id)).toHaveLength(20);
    const inline = await call<{ article_attachments: AttachmentJson[] }>(
      sim,
      'GET',
      `/api/v2/help_center/articles/${article.id}/attachments/inline?per_page=100`,
    );
    expect(inline.body.article_attachments).toHaveLength(20);
    const block = await call<{ article_attachments: AttachmentJson[] }>(
      sim,
      'GET',
      `/api/v2/help_center/articles/${article.id}/attachments/block`,
    );
    expect(block.body.article_attachments).toHaveLength(0);
  });

  it('lists and deletes an article’s attachments', async () => {
    const article = await createArticle(sim);
    const res = {
      body: { article_attachment: await uploadOnto(sim, article.id, 'manual.pdf', false, new TextEncoder().encode('%PDF-1.4')) },
    };
    expect(res.body.article_attachment.article_id).toBe(article.id);
    const list = await call<{ article_attachments: AttachmentJson[] }>(
      sim,
      'GET',
      `/api/v2/help_center/articles/${article.id}/attachments`,
    );
    expect(list.body.article_attachments.map((a) => a.file_name)).toEqual(['manual.pdf']);
    const id = res.body.article_attachment.id;
    expect((await call(sim, 'DELETE', `/api/v2/help_center/articles/attachments/${id}`)).status).toBe(204);
    expect((await call(sim, 'GET', `/api/v2/help_center/articles/attachments/${id}`)).status).toBe(404);
    expect((await fetch(`${sim.url}/hc/article_attachments/${id}/manual.pdf`)).status).toBe(404);
  });

  it('refuses files over 20 MB with 422', async () => {
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    const res = await call<ErrorJson>(sim, 'POST', '/api/v2/help_center/articles/attachments', { form: form(big, 'big.bin', false) });
    expect(res.status).toBe(422);
    expect(res.body.error).toBe('RecordInvalid');
    const exact = await call(sim, 'POST', '/api/v2/help_center/articles/attachments', {
      form: form(new Uint8Array(MAX_ATTACHMENT_BYTES), 'exact.bin', false),
    });
    expect(exact.status).toBe(201);
  });

  it('needs a file', async () => {
    const f = new FormData();
    f.append('inline', 'true');
    expect((await call(sim, 'POST', '/api/v2/help_center/articles/attachments', { form: f })).status).toBe(400);
  });
});
