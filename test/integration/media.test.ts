// Images and files, as Zendesk stores them today (the simulator follows the reference:
// https://developer.zendesk.com/api-reference/help_center/help-center-api/guide_medias/ and
// https://developer.zendesk.com/api-reference/help_center/help-center-api/article_attachments/),
// over HTTP: the media library path and, for a plan without it, the attachments path.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import { DEFAULTS_YML, DocsTree, contentWrites, png, publish } from '../helpers/docs-tree.js';
import { CLEAN } from '../helpers/soak.js';

let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.close();
});

const noSleep = () => Promise.resolve();
type Art = { id: number; title: string; body: string; draft: boolean; archived: boolean };
const byTitle = (title: string) =>
  (sim.dump() as { articles: { id: number }[] }).articles
    .map((r) => sim.store.getArticle(r.id) as unknown as Art)
    .find((a) => a.title === title && !a.archived);
const writes = () => contentWrites(sim);
const bodyOf = (title: string, locale: string) => sim.store.translationOf('article', byTitle(title)!.id, locale)!.body;
const puts = () => sim.storage.filter((r) => r.status === 200);

const guide = (image = png(1)) => ({
  'docs/_defaults.yml': DEFAULTS_YML,
  'docs/guide.md': '---\ntitle: Guide\n---\n![screen](img/screen.png)\n\nGet [the PDF](files/manual.pdf).\n',
  'docs/guide.fr.md': '---\ntitle: Guide fr\n---\n![écran](img/screen.png)\n',
  'docs/other.md': '---\ntitle: Other\n---\n![same screen](img/screen.png)\n',
  'docs/img/screen.png': image,
  'docs/files/manual.pdf': Buffer.from('%PDF-1.4\n% test\n'),
});

describe('the media library', () => {
  it('uploads each distinct file once, to the storage host without credentials, then creates each article in one request', async () => {
    const t = await DocsTree.create(guide());
    const run = await publish(sim, t);
    expect(run.report.counts).toMatchObject({ created: 2, failed: 0 });
    expect(writes()).toEqual([
      'POST /api/v2/guide/medias/upload_url',
      'POST /api/v2/guide/medias/upload_url',
      'POST /api/v2/guide/medias',
      'POST /api/v2/guide/medias',
      'POST /api/v2/help_center/sections/:id/articles',
      'POST /api/v2/help_center/sections/:id/articles',
    ]);
    // Two distinct files, two PUTs, exactly the named headers and never an Authorization.
    expect(puts()).toHaveLength(2);
    for (const put of sim.storage) {
      expect(put.authorization).toBe(false);
      expect(put.headerNames).toEqual(expect.arrayContaining(['content-disposition', 'content-type', 'x-amz-server-side-encryption']));
    }
    expect(
      sim.store
        .media()
        .medias.map((m) => m.name.replace(/^[0-9a-f]{16}-/, ''))
        .sort(),
    ).toEqual(['manual.pdf', 'screen.png']);
    // Final bodies in the create: published, media URLs, nothing stubbed.
    const guideArticle = byTitle('Guide')!;
    expect(guideArticle.draft).toBe(false);
    const screen = sim.store.media().medias.find((m) => m.name.endsWith('screen.png'))!;
    for (const [title, locale] of [
      ['Guide', 'en-us'],
      ['Guide', 'fr'],
      ['Other', 'en-us'],
    ] as const)
      expect(bodyOf(title, locale)).toContain(`/guide-media/${screen.access_key}`);
    // Zendesk made each translation's attachment itself.
    const auto = sim.store.attachments.filter((a) => a.article_id === guideArticle.id && a.guide_media_id === screen.id);
    expect(auto.map((a) => a.locale).sort()).toEqual(['en-us', 'fr']);
    expect(sim.integrity()).toEqual(CLEAN);
    expect(run.log.join('\n')).toContain('Media library');

    sim.resetLog();
    sim.storage.length = 0;
    const again = await publish(sim, t);
    expect(again.report.counts).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(sim.writes()).toEqual([]);
    expect(sim.storage).toEqual([]);
    // Every file is known from the bodies: not even a search.
    expect(sim.requests.filter((r) => r.path.startsWith('/api/v2/guide/medias'))).toEqual([]);
  });

  it('another docs tree using the same file uploads nothing: the bodies already embedding it say where it is', async () => {
    await publish(sim, await DocsTree.create(guide()));
    sim.resetLog();
    sim.storage.length = 0;
    const other = await DocsTree.create({
      'docs/_defaults.yml': DEFAULTS_YML,
      'docs/elsewhere.md': '---\ntitle: Elsewhere\n---\n![again](pics/copy-of-screen.png)\n',
      'docs/pics/copy-of-screen.png': png(1),
    });
    const run = await publish(sim, other, { namespace: 'other-source' });
    expect(run.report.counts).toMatchObject({ created: 1, failed: 0 });
    expect(sim.storage).toEqual([]);
    expect(sim.store.media().medias).toHaveLength(2);
    expect(bodyOf('Elsewhere', 'en-us')).toContain(sim.store.media().medias.find((m) => m.name.endsWith('screen.png'))!.access_key);
  });

  it('a new version of a file is one upload; every body that used it is updated and the attachments it replaces are gone', async () => {
    const t = await DocsTree.create(guide());
    await publish(sim, t);
    const old = sim.store.media().medias.find((m) => m.name.endsWith('screen.png'))!;
    await t.write({ 'docs/img/screen.png': png(2) });
    sim.resetLog();
    sim.storage.length = 0;
    const run = await publish(sim, t);
    expect(run.report.counts).toMatchObject({ updated: 2, failed: 0 });
    expect(puts()).toHaveLength(1);
    expect(writes().filter((w) => w.startsWith('PUT /api/v2/help_center/articles/:id/translations'))).toHaveLength(3);
    expect(sim.store.attachments.filter((a) => a.guide_media_id === old.id)).toEqual([]);
    expect(sim.integrity()).toEqual(CLEAN);
    sim.resetLog();
    await publish(sim, t);
    expect(sim.writes()).toEqual([]);
  });

  it('takes the upload headers as an object too', async () => {
    sim.setOptions({ mediaUploadHeadersAs: 'object' });
    const run = await publish(sim, await DocsTree.create(guide()));
    expect(run.report.counts.failed).toBe(0);
    expect(puts()).toHaveLength(2);
  });

  it('a media create whose answer was lost is found by its name, not uploaded twice', async () => {
    sim.failNext({ method: 'POST', path: '/api/v2/guide/medias', status: 'reset', after: true });
    const run = await publish(sim, await DocsTree.create(guide()), {}, { sleep: noSleep });
    expect(run.report.counts).toMatchObject({ created: 2, failed: 0 });
    expect(puts()).toHaveLength(2);
    expect(sim.store.media().medias).toHaveLength(2);
    expect(sim.integrity()).toEqual(CLEAN);
  });

  it('a run that died after making the media uploads nothing again', async () => {
    const t = await DocsTree.create(guide());
    // Every article create refused: the run ends with the media made and no article. Without the
    // lease, whose claim is created the same way and would meet the refusal first.
    sim.failNext({ method: 'POST', path: /\/sections\/\d+\/articles$/, status: 422, times: 2 });
    expect((await publish(sim, t, {}, { lease: false })).report.counts.failed).toBe(2);
    sim.storage.length = 0;
    sim.resetLog();
    const again = await publish(sim, t);
    expect(again.report.counts).toMatchObject({ created: 2, failed: 0 });
    expect(sim.storage).toEqual([]);
    // No body records them yet: found by their content-addressed names.
    const searches = sim.requests.filter((r) => r.path === '/api/v2/guide/medias' && r.method === 'GET');
    expect(searches.map((r) => r.query['filter[name_prefix]']).every((p) => /^[0-9a-f]{16}-$/.test(p!))).toBe(true);
    expect(sim.store.media().medias).toHaveLength(2);
    expect(sim.integrity()).toEqual(CLEAN);
  });
});

describe('a plan without the media library', () => {
  for (const refusal of ['forbidden', 'missing'] as const)
    it(`(${refusal}) uploads unassociated, one inline image per translation, associates in the same run, and says so`, async () => {
      sim.setOptions({ mediaLibrary: refusal });
      const t = await DocsTree.create(guide());
      const run = await publish(sim, t);
      expect(run.report.counts).toMatchObject({ created: 2, failed: 0 });
      expect(run.log.join('\n')).toContain('No media library');
      expect(run.report.media?.mode).toBe('attachments');
      const uploads = sim.writes().filter((w) => w.route === '/api/v2/help_center/articles/attachments');
      // Guide: the image in en-us and fr, the PDF once; Other: the image once.
      expect(uploads).toHaveLength(4);
      expect(sim.writes().filter((w) => w.route === '/api/v2/help_center/articles/:id/bulk_attachments')).toHaveLength(2);
      const guideArticle = byTitle('Guide')!;
      const inline = sim.store.attachments.filter((a) => a.article_id === guideArticle.id && a.inline);
      expect(inline.map((a) => a.locale).sort()).toEqual(['en-us', 'fr']);
      expect(inline.every((a) => a.origin_id === undefined)).toBe(true);
      expect(sim.integrity()).toEqual(CLEAN);
      sim.resetLog();
      await publish(sim, t);
      expect(sim.writes()).toEqual([]);
    });

  it('associates at most 20 a request', async () => {
    sim.setOptions({ mediaLibrary: 'forbidden' });
    const many: Record<string, string | Buffer> = { 'docs/_defaults.yml': DEFAULTS_YML };
    const lines = [];
    for (let i = 0; i < 21; i++) {
      many[`docs/img/${i}.png`] = png(100 + i);
      lines.push(`![${i}](img/${i}.png)`);
    }
    many['docs/many.md'] = `---\ntitle: Many\n---\n${lines.join('\n\n')}\n`;
    await publish(sim, await DocsTree.create(many));
    const bulk = sim.writes().filter((w) => w.route === '/api/v2/help_center/articles/:id/bulk_attachments');
    expect(bulk.map((w) => (w.body as { attachment_ids: number[] }).attachment_ids.length)).toEqual([20, 1]);
    expect(sim.integrity()).toEqual(CLEAN);
  });
});
