/**
 * The planner without HTTP: snapshots built in memory, every operation kind, every identity
 * rule, the drift policies, removals and link cycles. Integration tests cover the same over the
 * simulator; these pin down each rule on its own.
 */
import type { ZdArticle } from '../../src/remote/types.js';
import { describe, expect, it } from 'vitest';
import { buildPlan, type PlanInput } from '../../src/plan/plan.js';
import type { PlanContext } from '../../src/plan/context.js';
import { METADATA_FIELDS } from '../../src/plan/fields.js';
import { checkArchiveLimit } from '../../src/plan/removals.js';
import { bodyDigest, contentHash, normalizeHtml } from '../../src/plan/normalize.js';
import { stateHtml, stateTitle, type StateRecord } from '../../src/plan/state.js';
import type { Operation, Plan } from '../../src/plan/types.js';
import type { PreparedArticle } from '../../src/render/prepare.js';
import type { RemoteSnapshot } from '../../src/remote/snapshot.js';
import { frontMatterSchema } from '../../src/source/schema.js';
import type { SourceArticle } from '../../src/source/types.js';
import {
  AGENTS,
  asset,
  assetRef,
  attachmentUrl,
  CREATABLE,
  halfMadeAs,
  linkRef,
  OTHER_SECTION,
  PLAN_DEFAULTS,
  prepared,
  publishedAs,
  remote,
  SECTION,
  SIGNED_IN,
  snapshot,
  source,
} from '../helpers/plan-fixtures.js';

type Options = Partial<typeof PLAN_DEFAULTS>;

/** Without the media library: files go onto each article. */
const ATTACHMENTS: Options = { media: { mode: 'attachments', urls: new Map() } };

function plan(items: (PreparedArticle | SourceArticle)[], snap: RemoteSnapshot<ZdArticle> | undefined, options: Options = {}): Plan {
  const input: PlanInput = {
    sources: items.map((i) => ('source' in i ? i.source : i)),
    prepared: items.filter((i): i is PreparedArticle => 'source' in i),
  };
  return buildPlan(input, snap, { ...PLAN_DEFAULTS, ...options });
}

const kinds = (ops: Operation[]) => ops.map((o) => o.kind);
const errors = (p: Plan) => p.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}: ${d.message}`);
const only = (p: Plan) => {
  expect(p.articles).toHaveLength(1);
  return p.articles[0]!;
};

describe('buildPlan: new articles', () => {
  it('creates a new file with its metadata resolved from names', () => {
    const a = only(plan([prepared(source('setup/install'))], snapshot()));
    expect(a.action).toBe('create');
    expect(a.reasons).toEqual(['new file']);
    const create = a.operations[0];
    expect(create).toMatchObject({
      kind: 'create-article',
      sectionId: SECTION,
      metadata: { permission_group_id: AGENTS, user_segment_id: null },
      stubLinks: false,
    });
  });

  it('carries every locale in the create', () => {
    const a = only(plan([prepared(source('a', CREATABLE, ['de', 'fr']))], snapshot()));
    expect(a.reasons).toEqual(['new file, 3 locales']);
    const create = a.operations[0]!;
    expect(create.kind === 'create-article' && create.bodies.map((b) => b.locale)).toEqual(['en-us', 'de', 'fr']);
  });

  it('needs section, permission group and user segment to create, each named', () => {
    const p = plan([prepared(source('a', {}))], snapshot());
    expect(p.articles).toEqual([]);
    expect(errors(p)).toEqual([
      'docs/a.md:1: section is required to create an article',
      'docs/a.md:1: permission_group is required to create an article',
      'docs/a.md:1: user_segment is required to create an article',
    ]);
  });

  it('does not ask for required fields that were set but invalid (that error is already reported)', () => {
    const src = {
      ...source('a', { permission_group: CREATABLE.permission_group, user_segment: CREATABLE.user_segment }),
      invalidKeys: ['section'],
    };
    expect(errors(plan([prepared(src)], snapshot()))).toEqual([]);
  });

  it("with the media library, creates an article with files in one request; the files are the run's media to make", () => {
    const img = asset('a.png');
    const p = prepared(source('a', CREATABLE, ['fr']), { source: { html: '<p><img src="zgp-ref:0"></p>', refs: [assetRef(0, img)] } });
    const made = plan([p], snapshot());
    expect(kinds(only(made).operations)).toEqual(['create-article']);
    expect(only(made).operations[0]).toMatchObject({ stubFiles: false });
    expect(made.media).toEqual({ mode: 'library', uploads: [img] });
    // A file the library holds already is not made again.
    const known = plan([p], snapshot(), { media: { mode: 'library', urls: new Map([[img.sha, '/guide-media/K']]) } });
    expect(known.media?.uploads).toEqual([]);
  });

  it('without it, creates an article with files as a stubbed draft, associates them, then rewrites the bodies that use them', () => {
    const img = asset('a.png');
    const p = prepared(source('a', CREATABLE, ['fr']), { source: { html: '<p><img src="zgp-ref:0"></p>', refs: [assetRef(0, img)] } });
    const a = only(plan([p], snapshot(), ATTACHMENTS));
    expect(kinds(a.operations)).toEqual(['create-article', 'attach-files', 'update-translation']);
    expect(a.operations[0]).toMatchObject({ stubFiles: true, stubLinks: false });
    expect(a.operations[1]).toEqual({ kind: 'attach-files', files: [{ asset: img, locale: 'en-us' }], reconcile: false });
    // Only the body that references the file is written twice; fr is final at the create.
    expect(a.operations[2]).toMatchObject({ kind: 'update-translation', body: { locale: 'en-us' } });
  });

  it('creates an article without files in one request', () => {
    const a = only(plan([prepared(source('a', CREATABLE, ['fr']))], snapshot()));
    expect(kinds(a.operations)).toEqual(['create-article']);
    expect(a.operations[0]).toMatchObject({ stubFiles: false });
  });
});

describe('buildPlan: existing articles', () => {
  it('changes nothing when Zendesk holds what the tool published', () => {
    const p = prepared(source('a', CREATABLE, ['fr']));
    const a = only(plan([p], snapshot([publishedAs(p)])));
    expect(a.action).toBe('unchanged');
    expect(a.operations).toEqual([]);
  });

  it('updates only the metadata fields that differ, named as the field table names them', () => {
    const p = prepared(
      source('a', {
        ...CREATABLE,
        section: { kind: 'name', name: 'Billing' },
        user_segment: { kind: 'id', id: SIGNED_IN },
        promoted: true,
        position: 4,
      }),
    );
    const a = only(plan([p], snapshot([publishedAs(p, { sectionId: SECTION, userSegmentId: null })])));
    expect(a.operations).toEqual([
      { kind: 'update-metadata', changes: { section_id: OTHER_SECTION, user_segment_id: SIGNED_IN, promoted: true, position: 4 } },
    ]);
    expect(a.reasons).toEqual(['section, user segment, promoted, position changed']);
  });

  it("replaces labels by default and keeps Guide's with labels_mode merge", () => {
    const p = prepared(source('a', { ...CREATABLE, labels: ['b', 'a'] }));
    const live = publishedAs(p, { labels: ['a', 'guide-only'] });
    expect(only(plan([p], snapshot([live]))).operations).toEqual([{ kind: 'update-metadata', changes: { label_names: ['b', 'a'] } }]);
    expect(only(plan([p], snapshot([live]), { labelsMode: 'merge' })).operations).toEqual([
      { kind: 'update-metadata', changes: { label_names: ['a', 'guide-only', 'b'] } },
    ]);
    // The same set in another order is no change.
    expect(only(plan([p], snapshot([publishedAs(p, { labels: ['a', 'b'] })]))).action).toBe('unchanged');
  });

  it('leaves a field that the files do not set as it is in Guide', () => {
    const p = prepared(source('a', { ...CREATABLE }));
    expect(only(plan([p], snapshot([publishedAs(p, { promoted: true, position: 9, labels: ['x'] })]))).action).toBe('unchanged');
  });

  it('adds a translation the article lacks', () => {
    const before = prepared(source('a'));
    const live = publishedAs(before);
    const a = only(plan([prepared(source('a', CREATABLE, ['fr']))], snapshot([live])));
    expect(kinds(a.operations)).toEqual(['create-translation']);
    expect(a.reasons).toEqual(['translation added (fr)']);
  });

  it('updates a translation whose title, body or draft state changed, saying which', () => {
    const src = source('a', CREATABLE, ['fr']);
    const live = publishedAs(prepared(src));
    const changed = prepared(src, { source: { title: 'New title', html: '<p>New text.</p>' }, fr: { draft: true } });
    const a = only(plan([changed], snapshot([live])));
    expect(a.operations.map((o) => (o.kind === 'update-translation' ? o.body.locale : o.kind))).toEqual(['en-us', 'fr']);
    expect(a.reasons).toEqual(['title, body changed (en-us)', 'unpublished changed (fr)']);
  });

  it('rewrites a body whose marker is missing or stale even when the text is the same', () => {
    const p = prepared(source('a'));
    const live = publishedAs(p);
    live.translations![0]!.body = '<p>Text.</p>';
    const adopted = prepared(source('a', { ...CREATABLE, id: live.id, adopt: true }));
    const a = only(plan([adopted], snapshot([live])));
    expect(a.reasons).toEqual(['publisher marker changed (en-us)']);
  });

  it('reuses an attachment the marker records and uploads only the new file', () => {
    const kept = asset('kept.png');
    const added = asset('added.png');
    const before = prepared(source('a'), { source: { html: '<p><img src="zgp-ref:0"></p>', refs: [assetRef(0, kept)] } });
    const live = publishedAs(before, { assets: { [kept.sha]: attachmentUrl(7, 'kept.png') } });
    const after = prepared(source('a'), {
      source: { html: '<p><img src="zgp-ref:0"><img src="zgp-ref:1"></p>', refs: [assetRef(0, kept), assetRef(1, added)] },
    });
    const a = only(plan([after], snapshot([live]), ATTACHMENTS));
    expect(a.operations.map((o) => (o.kind === 'attach-files' ? `attach ${o.files.map((f) => f.asset.name).join(', ')}` : o.kind))).toEqual(
      ['attach added.png', 'update-translation'],
    );
    expect(a.operations[0]).toMatchObject({ reconcile: true });
    expect(a.knownAssets).toEqual({ [`en-us/${kept.sha}`]: attachmentUrl(7, 'kept.png'), [kept.sha]: attachmentUrl(7, 'kept.png') });
  });

  it('deletes an attachment no body references any more', () => {
    const old = asset('old.png');
    const before = prepared(source('a'), { source: { html: '<p><img src="zgp-ref:0"></p>', refs: [assetRef(0, old)] } });
    const live = publishedAs(before, { assets: { [old.sha]: attachmentUrl(77, 'old.png') } });
    const a = only(plan([prepared(source('a'))], snapshot([live])));
    expect(a.operations).toEqual([
      { kind: 'delete-attachment', attachmentId: 77, sha: old.sha },
      expect.objectContaining({ kind: 'update-translation' }),
    ]);
  });

  it('deletes a replaced attachment just before the last body whose marker records it is rewritten', () => {
    const old = asset('old.png');
    const next = asset('new.png');
    const withImage = (img: typeof old) => ({ html: '<p><img src="zgp-ref:0"></p>', refs: [assetRef(0, img)] });
    const before = prepared(source('a', CREATABLE, ['de', 'fr']), { source: withImage(old), fr: withImage(old) });
    const live = publishedAs(before, { assets: { [old.sha]: attachmentUrl(77, 'old.png') } });
    const after = prepared(source('a', CREATABLE, ['de', 'fr']), { source: withImage(next), de: { title: 'Neu' }, fr: withImage(next) });
    const a = only(plan([after], snapshot([live]), ATTACHMENTS));
    // en-us and fr record the old file, de never did: its delete waits for fr, the last of them.
    expect(a.operations.map((o) => (o.kind === 'update-translation' ? o.body.locale : o.kind))).toEqual([
      'attach-files',
      'en-us',
      'de',
      'delete-attachment',
      'fr',
    ]);
  });

  it('plans the completion of an article a run left half-made: its files, then every body it stubbed', () => {
    const img = asset('a.png');
    const p = prepared(source('a', CREATABLE, ['fr']), { source: { html: '<p><img src="zgp-ref:0"></p>', refs: [assetRef(0, img)] } });
    const a = only(plan([p], snapshot([halfMadeAs(p)]), ATTACHMENTS));
    expect(a.action).toBe('update');
    expect(a.drifted).toEqual([]);
    expect(kinds(a.operations)).toEqual(['attach-files', 'update-translation']);
    expect(a.operations[0]).toEqual({ kind: 'attach-files', files: [{ asset: img, locale: 'en-us' }], reconcile: true });
  });

  it('skips bodies the renderer reused: nothing to compare', () => {
    const p = prepared(source('a'), { source: { html: '' } });
    p.bodies[0]!.reused = { assetShas: [] };
    expect(only(plan([p], snapshot([publishedAs(prepared(source('a')))]))).action).toBe('unchanged');
  });
});

describe('buildPlan: identity', () => {
  it('finds an article by the key in its marker, the oldest when there are several', () => {
    const p = prepared(source('a'));
    const older = publishedAs(p, { id: 5 });
    const newer = publishedAs(p, { id: 9 });
    expect(only(plan([p], snapshot([newer, older]))).articleId).toBe(5);
  });

  it('takes an id from the front matter, and refuses one that does not exist', () => {
    const live = publishedAs(prepared(source('old/name')));
    const renamed = prepared(source('new/name', { ...CREATABLE, id: live.id }));
    const a = only(plan([renamed], snapshot([live])));
    expect(a.articleId).toBe(live.id);
    expect(a.action).toBe('update');
    expect(a.reasons).toEqual(['publisher marker changed (en-us)']);

    const p = plan([prepared(source('x', { ...CREATABLE, id: 424242 }))], snapshot());
    expect(p.articles).toEqual([]);
    expect(errors(p)).toEqual(['docs/x.md:5: article 424242 does not exist in Zendesk (or is archived)']);
  });

  it('never takes over an article made by hand in Guide unless adopt is set', () => {
    const manual = remote({ translations: [{ locale: 'en-us', body: '<p>Hand made.</p>' }] });
    const p = plan([prepared(source('a', { ...CREATABLE, id: manual.id }))], snapshot([manual]));
    expect(errors(p)).toEqual([`docs/a.md:5: article ${manual.id} ("Title") was not published by this tool`]);
    const adopted = only(plan([prepared(source('a', { ...CREATABLE, id: manual.id, adopt: true }))], snapshot([manual])));
    expect(adopted).toMatchObject({ action: 'update', articleId: manual.id });
  });

  it('refuses two files claiming one article, before anything is written', () => {
    const live = publishedAs(prepared(source('a')));
    const p = plan([prepared(source('a')), prepared(source('b', { ...CREATABLE, id: live.id }))], snapshot([live]));
    expect(errors(p)).toEqual([`docs/b.md:5: this file and docs/a.md both claim article ${live.id}`]);
    expect(p.articles.map((a) => a.key)).toEqual(['a']);
  });
});

describe('buildPlan: edits made in Guide (drift)', () => {
  const src = source('a');
  const live = () => {
    const article = publishedAs(prepared(src));
    // A writer's edit in Guide: the text changes, the marker stays.
    article.translations![0]!.body = article.translations![0]!.body!.replace('Text.', 'Edited in Guide.');
    return article;
  };

  it("overwrite: restores the file's text and reports the drift", () => {
    const a = only(plan([prepared(src)], snapshot([live()])));
    expect(a).toMatchObject({ action: 'update', drifted: ['en-us'] });
    expect(kinds(a.operations)).toEqual(['update-translation']);
  });

  it('skip: leaves it and writes nothing', () => {
    const a = only(plan([prepared(src)], snapshot([live()]), { onDrift: 'skip' }));
    expect(a).toMatchObject({ action: 'skip', drifted: ['en-us'], operations: [] });
  });

  it('fail: an error that blocks the run', () => {
    const p = plan([prepared(src)], snapshot([live()]), { onDrift: 'fail' });
    expect(errors(p)).toEqual([expect.stringContaining('was edited in Guide since the last publish (en-us)')]);
  });
});

describe('buildPlan: removals', () => {
  const gone = () => publishedAs(prepared(source('gone')));

  it('leaves an article whose file is gone alone unless archive-removed is on', () => {
    expect(plan([], snapshot([gone()])).articles).toEqual([]);
    const a = only(plan([], snapshot([gone()]), { archiveRemoved: true }));
    expect(a).toMatchObject({ action: 'archive', key: 'gone', file: undefined, operations: [{ kind: 'archive' }] });
  });

  it('refuses to archive more than max-archive', () => {
    const p = plan([], snapshot([gone(), gone()]), { archiveRemoved: true, maxArchive: 1 });
    expect(errors(p)).toEqual([
      '.:undefined: 2 published articles have no file any more, more than max-archive (1); refusing to archive them',
    ]);
  });

  it('names the replaced (redirect_from) and the removed apart when both pass max-archive, and lets them through up to it', () => {
    const ctx = { options: { maxArchive: 2 }, diagnostics: [] } as unknown as PlanContext;
    checkArchiveLimit({ replaced: 1, removed: 1 }, ctx);
    expect(ctx.diagnostics).toEqual([]);
    checkArchiveLimit({ replaced: 1, removed: 2 }, ctx);
    expect(ctx.diagnostics.map((d) => d.message)).toEqual([
      '3 articles would be archived (2 whose file was removed, 1 replaced (redirect_from)), more than max-archive (2); refusing to archive them',
    ]);
  });

  it('never archives the article of a file that exists but could not be read or rendered', () => {
    expect(plan([], snapshot([gone()]), { archiveRemoved: true, unavailableKeys: ['gone'] }).articles).toEqual([]);
    // Read but not rendered (a missing image, say): it still holds its article.
    expect(plan([source('gone')], snapshot([gone()]), { archiveRemoved: true }).articles).toEqual([]);
  });

  it('never archives an article made by hand in Guide', () => {
    expect(plan([], snapshot([remote()]), { archiveRemoved: true }).articles).toEqual([]);
  });
});

describe('buildPlan: links between articles', () => {
  it('links to an existing article by its live URL in the same locale', () => {
    const target = publishedAs(prepared(source('b', CREATABLE, ['fr'])));
    const a = prepared(source('a', CREATABLE, ['fr']), {
      source: { html: '<a href="zgp-ref:0">b</a>', refs: [linkRef(0, 'b.md', 'top')] },
      fr: { html: '<a href="zgp-ref:0">b</a>', refs: [linkRef(0, 'b.md')] },
    });
    const plans = plan([a, prepared(source('b', CREATABLE, ['fr']))], snapshot([target]));
    const create = plans.articles.find((x) => x.key === 'a')!.operations[0]!;
    expect(create.kind === 'create-article' && create.bodies.map((b) => b.refs[0])).toEqual([
      expect.objectContaining({ kind: 'article', url: `https://acme.zendesk.com/hc/en-us/articles/${target.id}#top` }),
      expect.objectContaining({ kind: 'article', url: `https://acme.zendesk.com/hc/fr/articles/${target.id}` }),
    ]);
  });

  it('waits for a new target, and breaks a cycle of new articles with a draft and a second write', () => {
    const a = prepared(source('a'), { source: { html: '<a href="zgp-ref:0">b</a>', refs: [linkRef(0, 'b.md')] } });
    const b = prepared(source('b'), { source: { html: '<a href="zgp-ref:0">a</a>', refs: [linkRef(0, 'a.md')] } });
    const c = prepared(source('c'), { source: { html: '<a href="zgp-ref:0">a</a>', refs: [linkRef(0, 'a.md')] } });
    const p = plan([a, b, c], snapshot());
    const byKey = new Map(p.articles.map((x) => [x.key, x]));
    expect(byKey.get('c')!.waitsFor).toEqual(['a']);
    expect(kinds(byKey.get('c')!.operations)).toEqual(['create-article']);
    for (const key of ['a', 'b']) {
      const ops = byKey.get(key)!.operations;
      expect(kinds(ops)).toEqual(['create-article', 'update-translation']);
      expect(ops[0]).toMatchObject({ stubLinks: true });
    }
  });

  it('rewrites a body in a link cycle once, after its files, when it has files too', () => {
    const img = asset('a.png');
    const a = prepared(source('a'), {
      source: { html: '<a href="zgp-ref:0">b</a><img src="zgp-ref:1">', refs: [linkRef(0, 'b.md'), assetRef(1, img)] },
    });
    const b = prepared(source('b'), { source: { html: '<a href="zgp-ref:0">a</a>', refs: [linkRef(0, 'a.md')] } });
    const byKey = new Map(plan([a, b], snapshot(), ATTACHMENTS).articles.map((x) => [x.key, x]));
    expect(kinds(byKey.get('a')!.operations)).toEqual(['create-article', 'attach-files', 'update-translation']);
    expect(byKey.get('a')!.operations[0]).toMatchObject({ stubLinks: true, stubFiles: true });
    expect(kinds(byKey.get('b')!.operations)).toEqual(['create-article', 'update-translation']);
  });

  it("reports the target's error, not a crash, when a link points at a file that did not render", () => {
    const a = prepared(source('a'), { source: { html: '<a href="zgp-ref:0">b</a>', refs: [linkRef(0, 'b.md')] } });
    const p = plan([a, source('b')], snapshot());
    expect(errors(p)).toEqual([]);
    expect(p.articles.map((x) => x.key)).toEqual(['a']);
  });

  it('reports a link to a file that is not an article, unless that file could not be read', () => {
    const a = prepared(source('a'), { source: { html: '<a href="zgp-ref:0">x</a>', refs: [linkRef(0, 'nope.md')] } });
    expect(errors(plan([a], snapshot()))).toEqual(['docs/a.md:7: link to "nope.md", which is not an article in the docs folder']);
    expect(errors(plan([a], snapshot(), { unavailableKeys: ['nope'] }))).toEqual([]);
  });
});

describe('buildPlan: locales and names', () => {
  it('refuses a locale the help center has not enabled, at the file that uses it', () => {
    const p = plan([prepared(source('a', CREATABLE, ['ja']))], snapshot());
    expect(errors(p)).toEqual(['docs/a.ja.md:1: locale "ja" is not enabled in the help center']);
  });

  it('reports every unknown name of a file at once, even of a file that did not render', () => {
    const meta = { ...CREATABLE, section: { kind: 'name', name: 'Nope' }, permission_group: { kind: 'name', name: 'Nobody' } } as const;
    expect(errors(plan([source('a', meta)], snapshot()))).toEqual([
      'docs/a.md:2: unknown section "Nope"',
      'docs/a.md:3: unknown permission group "Nobody"',
    ]);
  });
});

describe('buildPlan: offline', () => {
  it('lists every rendered article as not compared', () => {
    const p = plan([prepared(source('a'))], undefined);
    expect(p.offline).toBe(true);
    expect(only(p)).toMatchObject({ action: 'offline', operations: [] });
  });
});

describe('the metadata field table', () => {
  it('has one row per front-matter key that maps to article metadata, each with its own API field', () => {
    const keys = METADATA_FIELDS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(METADATA_FIELDS.map((f) => f.api)).size).toBe(keys.length);
    for (const key of keys) expect(Object.keys(frontMatterSchema.shape)).toContain(key);
    expect(METADATA_FIELDS.filter((f) => f.requiredToCreate).map((f) => f.api)).toEqual([
      'section_id',
      'permission_group_id',
      'user_segment_id',
    ]);
  });
});

describe('buildPlan: identity from the state record, moves and the create guard', () => {
  /** The state article Zendesk would hold for `entries` (root `docs`). */
  const stateArticle = (articles: StateRecord['articles']) =>
    remote({ translations: [{ locale: 'en-us', title: stateTitle('docs'), body: stateHtml({ v: 1, root: 'docs', articles }) }] });
  const withoutMarker = (a: ReturnType<typeof remote>) => {
    for (const t of a.translations!) t.body = t.body!.replace(/<div class="zgp-source"[^>]*><\/div>/, '');
    return a;
  };
  const opts = { root: 'docs' };

  it('finds an article whose marker Guide stripped through the record, and reports no drift when the text is the same', () => {
    const p = prepared(source('a'));
    const live = withoutMarker(publishedAs(p));
    const hash = contentHash('Title', bodyDigest(normalizeHtml('<p>Text.</p>')));
    const a = only(plan([p], snapshot([live, stateArticle({ a: { id: live.id, t: { 'en-us': hash } } })]), opts));
    expect(a).toMatchObject({ action: 'update', articleId: live.id, drifted: [] });
    expect(a.reasons).toEqual(['publisher marker changed (en-us)']);
  });

  it('sees a Guide edit of a translation without a marker as drift, from the hash the record keeps', () => {
    const p = prepared(source('a'));
    const live = withoutMarker(publishedAs(p));
    live.translations![0]!.body = '<p>Rewritten in Guide.</p>';
    const hash = contentHash('Title', bodyDigest(normalizeHtml('<p>Text.</p>')));
    const snap = snapshot([live, stateArticle({ a: { id: live.id, t: { 'en-us': hash } } })]);
    expect(only(plan([p], snap, opts))).toMatchObject({ action: 'update', drifted: ['en-us'] });
    expect(only(plan([p], snap, { ...opts, onDrift: 'skip' }))).toMatchObject({ action: 'skip', operations: [] });
  });

  it('never lists the state article as an article to archive or adopt', () => {
    const state = stateArticle({});
    expect(plan([], snapshot([state]), { ...opts, archiveRemoved: true }).articles).toEqual([]);
    expect(errors(plan([prepared(source('a', { ...CREATABLE, id: state.id, adopt: true }))], snapshot([state]), opts))).toEqual([
      `docs/a.md:5: article ${state.id} does not exist in Zendesk (or is archived)`,
    ]);
  });

  it('keeps the article of a moved file: from git, from the same content, from the same title and section', () => {
    const before = prepared(source('old'));
    const live = publishedAs(before);
    // Git: the new file differs in title and text, git says it is the old one moved.
    const edited = prepared(source('new'), { source: { title: 'Renamed', html: '<p>Other.</p>' } });
    const viaGit = only(plan([edited], snapshot([live]), { ...opts, renames: new Map([['old', 'new']]), archiveRemoved: true }));
    expect(viaGit).toMatchObject({ articleId: live.id, movedFrom: 'old', action: 'update' });
    expect(viaGit.reasons[0]).toBe('moved from docs/old.md');
    // Content: the same Markdown (the same fingerprint) under another name.
    expect(only(plan([prepared(source('elsewhere'))], snapshot([live]), opts))).toMatchObject({ articleId: live.id, movedFrom: 'old' });
    // Title and section: edited text, same title, same section.
    const sameTitle = prepared(source('again'), { source: { html: '<p>Edited.</p>' } });
    sameTitle.bodies[0]!.fingerprint = 'changed';
    expect(only(plan([sameTitle], snapshot([live]), opts))).toMatchObject({ articleId: live.id, movedFrom: 'old' });
    // Two files that could be the one moved: no guess, a new article.
    const twins = plan([prepared(source('x')), prepared(source('y'))], snapshot([live]), opts);
    expect(twins.articles.filter((a) => a.movedFrom).length).toBeLessThanOrEqual(1);
  });

  it('stops a create that an unmanaged article with the same title in the same section would duplicate', () => {
    const manual = remote({ translations: [{ locale: 'en-us', title: 'Title', body: '<p>Text.</p>' }] });
    const p = plan([prepared(source('a'))], snapshot([manual]), opts);
    expect(p.articles).toEqual([]);
    expect(errors(p)).toEqual([
      `docs/a.md:1: would create a new article, but article ${manual.id} ("Title") in the same section has this title and nothing records it as this file's (its marker stripped and the state record lost, or made by hand)`,
    ]);
    // In another section it is another article.
    const elsewhere = remote({ sectionId: OTHER_SECTION, translations: [{ locale: 'en-us', title: 'Title' }] });
    expect(only(plan([prepared(source('a'))], snapshot([elsewhere]), opts)).action).toBe('create');
  });
});
