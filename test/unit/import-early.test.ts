import { describe, expect, it } from 'vitest';
import type { ConvertJob, EarlyConverted } from '../../src/import/convert-job.js';
import type { ConvertPool } from '../../src/import/convert-pool.js';
import { EarlyConversions } from '../../src/import/early.js';
import type { Structure } from '../../src/import/layout.js';
import type { StoredArticle } from '../../src/remote/types.js';

const structure = {
  categories: [{ id: 1, name: 'Guides' }],
  sections: [{ id: 10, category_id: 1, name: 'Start' }],
  permissionGroups: [],
  userSegments: [],
} as unknown as Structure;

const article = (id: number): StoredArticle =>
  ({
    id,
    section_id: 10,
    source_locale: 'en-us',
    title: `Article ${id}`,
    translations: [{ id: id * 10, source_id: id, locale: 'en-us', title: `Article ${id}`, draft: false, updated_at: '' }],
  }) as unknown as StoredArticle;

/** A pool that converts at once, each body into `size` characters of Markdown. */
function fakePool(size: number) {
  const jobs: ConvertJob[] = [];
  const pool = {
    threads: 0,
    convertEarly: (job: ConvertJob): Promise<EarlyConverted> => {
      jobs.push(job);
      return Promise.resolve({ converted: { markdown: 'x'.repeat(size), rawBlocks: 0, lossy: false }, asked: { urls: [], anchors: [] } });
    },
  } as unknown as ConvertPool;
  return { pool, jobs };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('EarlyConversions', () => {
  it('converts nothing more once the Markdown it holds for later reaches its budget', async () => {
    const { pool, jobs } = fakePool(1000);
    const early = new EarlyConversions(
      {
        pool: () => pool,
        body: () => '<p>x</p>',
        render: { alerts: true, allowUnsafeHtml: false },
        previous: new Map(),
        wanted: () => true,
        linkedAnchor: () => false,
      },
      2500,
    );
    early.onStructure(structure);
    for (let id = 1; id <= 30; id++) early.onArticle(article(id));
    early.onPageEnd();
    for (let i = 0; i < 5; i++) await settle();
    // Four at a time (one thread's worth, in this thread); past 2,500 characters held, no more.
    expect(jobs).toHaveLength(4);
    expect(jobs[0]).toMatchObject({ dir: 'guides/start', locale: 'en-us', html: '<p>x</p>' });
    // Written: what it held is let go, and the conversion is used as it was.
    const job = { ...jobs[0]!, localFiles: new Map() };
    const taken = await early.take(1, job, { keyOfArticle: new Map(), linkedAnchors: new Set() });
    expect(taken?.markdown).toHaveLength(1000);
    expect(await early.take(1, job, { keyOfArticle: new Map(), linkedAnchors: new Set() })).toBeUndefined();
    expect(early.stats).toEqual({ used: 1, redone: 0 });
  });

  it('forgets the conversion of an earlier copy of an article the export gives again', async () => {
    const { pool, jobs } = fakePool(10);
    const early = new EarlyConversions({
      pool: () => pool,
      body: () => '<p>x</p>',
      render: { alerts: true, allowUnsafeHtml: false },
      previous: new Map(),
      wanted: () => true,
      linkedAnchor: () => false,
    });
    early.onStructure(structure);
    early.onArticle(article(1));
    early.onPageEnd();
    await settle();
    expect(jobs).toHaveLength(1);
    early.onArticle(article(1));
    const shared = { keyOfArticle: new Map(), linkedAnchors: new Set<string>() };
    expect(await early.take(1, { ...jobs[0]!, localFiles: new Map() }, shared)).toBeUndefined();
  });
});
