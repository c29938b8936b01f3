// The state record in parts: small parts forced (`stateShardChars`), so that 40 files make
// several. Zendesk keeps one translation's body to about 1,000,000 characters ("Guide product
// limits", https://support.zendesk.com/hc/en-us/articles/4408831783962), the record included.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyHash } from '../../src/plan/state-shards.js';
import { parseStateShard, type StoredShard } from '../../src/plan/state.js';
import type { RunDeps } from '../../src/run/deps.js';
import type { RawSettings } from '../../src/config/settings.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import { DEFAULTS_YML, DocsTree, isLeaseWrite, isStateWrite, publish as publishWith } from '../helpers/docs-tree.js';

let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.close();
});

const SMALL = 1500;
const N = 40;
const publish = (tree: DocsTree, settings: Partial<RawSettings> = {}, deps: RunDeps = { stateShardChars: SMALL }) =>
  publishWith(sim, tree, settings, deps);

const page = (i: number, extra = '') => `---\ntitle: Page ${i}\n---\nText of page ${i}.${extra}\n`;
const files = (): Record<string, string> => {
  const out: Record<string, string> = { 'docs/_defaults.yml': DEFAULTS_YML };
  for (let i = 0; i < N; i++) {
    out[`docs/topic-${i % 4}/page-${i}.md`] = page(i);
    out[`docs/topic-${i % 4}/page-${i}.fr.md`] = `---\ntitle: Page ${i} (fr)\n---\nTexte ${i}.\n`;
  }
  return out;
};

interface Part {
  id: number;
  body: string;
  stored: StoredShard;
}
/** The live state articles and what each holds. */
function parts(): Part[] {
  return sim.store
    .liveArticles()
    .map((a) => ({ id: a.id, body: sim.store.sourceTranslation(a).body }))
    .filter((a) => a.body.includes('zgp-state'))
    .map((a) => ({ ...a, stored: parseStateShard(a.body)! }));
}
const docsArticles = () => sim.store.liveArticles().filter((a) => !sim.store.sourceTranslation(a).body.includes('zgp-state'));
const stateWrites = () => sim.writes().filter(isStateWrite);
/** Writes to the user's articles: neither the record's parts nor the publish lease (taken when the record is written). */
const articleWrites = () => {
  const lease = isLeaseWrite(sim);
  return sim.writes().filter((w) => !isStateWrite(w) && !lease(w));
};
const holderOf = (key: string) =>
  parts().find((p) => {
    const { depth, prefix } = p.stored.shard;
    return depth === 0 || keyHash(key) >>> (32 - depth) === prefix;
  })!;

describe('the state record in parts', () => {
  it('keeps every part under its budget, writes none on a no-op, and rewrites only the part holding a changed article', async () => {
    const tree = await DocsTree.create(files());
    const first = await publish(tree);
    expect(first.report.counts).toMatchObject({ created: N, failed: 0 });
    const held = parts();
    expect(held.length).toBeGreaterThan(2);
    for (const p of held) expect(p.body.length).toBeLessThanOrEqual(SMALL);
    // Together they record every file once.
    const keys = held.flatMap((p) => Object.keys(p.stored.state!.articles));
    expect(keys.sort()).toEqual(Array.from({ length: N }, (_, i) => `topic-${i % 4}/page-${i}`).sort());

    sim.resetLog();
    const noop = await publish(tree);
    expect(noop.report.counts).toMatchObject({ unchanged: N, created: 0, updated: 0 });
    expect(sim.writes()).toEqual([]);

    await tree.write({ 'docs/topic-1/page-5.md': page(5, ' Changed.') });
    const holder = holderOf('topic-1/page-5');
    sim.resetLog();
    const one = await publish(tree);
    expect(one.report.counts).toMatchObject({ updated: 1, created: 0 });
    expect(stateWrites()).toHaveLength(1);
    expect(stateWrites()[0]!.path).toBe(`/api/v2/help_center/articles/${holder.id}/translations/en-us`);
    expect(parts()).toHaveLength(held.length);
  });

  it('knows a moved file and an article edited in Guide across parts', async () => {
    const tree = await DocsTree.create(files());
    await publish(tree);
    const before = docsArticles().length;
    // A move (no git here: known by its unchanged Markdown), and a Guide edit that strips the marker.
    await tree.rename('docs/topic-2/page-6.md', 'docs/moved/page-6.md');
    await tree.rename('docs/topic-2/page-6.fr.md', 'docs/moved/page-6.fr.md');
    const edited = docsArticles().find((a) => sim.store.sourceTranslation(a).title === 'Page 9')!;
    sim.store.editInGuide(edited.id, 'en-us', { kind: 'edit-text', from: 'Text of page 9.', to: 'Edited in Guide.' });
    sim.resetLog();
    const run = await publish(tree, { onDrift: 'skip' });
    expect(run.report.counts).toMatchObject({ created: 0, failed: 0 });
    const moved = run.report.rows.find((r) => r.key === 'moved/page-6')!;
    expect(moved.action).not.toBe('create');
    expect(run.report.rows.find((r) => r.key === 'topic-1/page-9')!.drifted).toEqual(['en-us']);
    expect(docsArticles()).toHaveLength(before);
    expect(sim.store.integrity().duplicateArticles).toBe(0);
    // The moved file's entry lives under its new key, in the part that holds that key.
    expect(holderOf('moved/page-6').stored.state!.articles['moved/page-6']).toBeDefined();
    expect(parts().some((p) => p.stored.state!.articles['topic-2/page-6'])).toBe(false);
  });

  it('a deleted or damaged part costs no duplicate: the next run writes that part again, and only it', async () => {
    const tree = await DocsTree.create(files());
    await publish(tree);
    const before = parts();
    const [gone, broken] = before;
    sim.store.archiveArticle(gone!.id);
    const t = sim.store.sourceTranslation(sim.store.article(broken!.id));
    t.body = t.body.replace(/(<pre[^>]*>)[\s\S]*?<\/pre>/, '$1not a record</pre>');
    const articles = docsArticles().length;

    sim.resetLog();
    const run = await publish(tree);
    expect(run.report.counts).toMatchObject({ created: 0, updated: 0, unchanged: N, failed: 0 });
    expect(articleWrites()).toEqual([]);
    expect(docsArticles()).toHaveLength(articles);
    expect(sim.store.integrity().duplicateArticles).toBe(0);
    // The lost part is created again for its own range, the damaged one rewritten in place.
    expect(stateWrites().map((w) => `${w.method} ${w.path}`)).toEqual([
      expect.stringMatching(/^POST \/api\/v2\/help_center\/sections\/\d+\/articles$/),
      `PUT /api/v2/help_center/articles/${broken!.id}/translations/en-us`,
    ]);
    const label = (p: Part) => `${p.stored.shard.depth}/${p.stored.shard.prefix}`;
    expect(parts().map(label).sort()).toEqual(before.map(label).sort());
    expect(parts().find((p) => p.id === broken!.id)!.stored.state!.articles).toEqual(broken!.stored.state!.articles);
    expect(parts().find((p) => label(p) === label(gone!))!.stored.state!.articles).toEqual(gone!.stored.state!.articles);

    sim.resetLog();
    expect((await publish(tree)).report.counts).toMatchObject({ unchanged: N });
    expect(sim.writes()).toEqual([]);
  });

  it('reads the previous release’s single record and splits it with the first change, keeping its article', async () => {
    const tree = await DocsTree.create(files());
    // The default budget: one part, the previous release's record exactly (no part attribute).
    await publish(tree, {}, {});
    const [single] = parts();
    expect(parts()).toHaveLength(1);
    expect(single!.body).not.toContain('data-zgp-shard');

    sim.resetLog();
    expect((await publish(tree)).report.counts).toMatchObject({ unchanged: N });
    expect(sim.writes()).toEqual([]);

    await tree.write({ 'docs/topic-0/page-0.md': page(0, ' Changed.') });
    sim.resetLog();
    const run = await publish(tree);
    expect(run.report.counts).toMatchObject({ updated: 1, created: 0 });
    const now = parts();
    expect(now.length).toBeGreaterThan(2);
    expect(now.map((p) => p.id)).toContain(single!.id);
    for (const p of now) expect(p.body.length).toBeLessThanOrEqual(SMALL);
    // New parts are created before the old record is rewritten as one of them.
    const kinds = stateWrites().map((w) => w.method);
    expect(kinds[kinds.length - 1]).toBe('PUT');
    expect(kinds.filter((k) => k === 'PUT')).toHaveLength(1);
    sim.resetLog();
    expect((await publish(tree)).report.counts).toMatchObject({ unchanged: N });
    expect(sim.writes()).toEqual([]);
  });
});
