// Zendesk's documented limits (https://support.zendesk.com/hc/en-us/articles/4408831783962-Guide-product-limits)
// are errors at file:line before the first write, never a 422 halfway through a run.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import { DEFAULTS_YML, DocsTree, png, publish } from '../helpers/docs-tree.js';

let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.close();
});

const sibling = { 'docs/fine.md': '---\ntitle: Fine\n---\nSmall.\n' };

it('a translation over 1 MB once rendered: an error naming its file, and none of its siblings is written', async () => {
  // Under the 1 MB the Markdown may weigh; over it once every & is written &amp;.
  const big = `${'&&&&&&&&&& '.repeat(25_000)}\n`;
  const t = await DocsTree.create({
    'docs/_defaults.yml': DEFAULTS_YML,
    ...sibling,
    'docs/big.md': '---\ntitle: Big\n---\nShort in English.\n',
    'docs/big.fr.md': `---\ntitle: Grand\n---\n${big}`,
  });
  const run = await publish(sim, t);
  expect(run.report.diagnostics).toEqual([
    expect.objectContaining({
      severity: 'error',
      file: 'docs/big.fr.md',
      line: 1,
      message: expect.stringContaining('at most 1 MB per translation'),
    }),
  ]);
  expect(run.report.blocked).toBe(true);
  expect(sim.writes()).toEqual([]);
});

it('more than 500 attachments on an article (one per translation per file): an error at the reference, nothing written', async () => {
  const files: Record<string, string | Buffer> = { 'docs/_defaults.yml': DEFAULTS_YML, ...sibling };
  const lines: string[] = [];
  for (let i = 0; i < 170; i++) {
    files[`docs/img/${i}.png`] = png(500 + i);
    lines.push(`![${i}](img/${i}.png)`);
  }
  const body = `${lines.join('\n\n')}\n`;
  files['docs/many.md'] = `---\ntitle: Many\n---\n${body}`;
  files['docs/many.fr.md'] = `---\ntitle: Beaucoup\n---\n${body}`;
  files['docs/many.de.md'] = `---\ntitle: Viele\n---\n${body}`;
  const run = await publish(sim, await DocsTree.create(files));
  // 170 files x 3 translations: the 501st is the 161st image of the third translation (line 4 + 2 x 160).
  expect(run.report.diagnostics).toEqual([
    expect.objectContaining({ file: 'docs/many.fr.md', line: 324, message: expect.stringContaining('at most 500 per article') }),
  ]);
  expect(sim.writes()).toEqual([]);
  expect(sim.storage).toEqual([]);
});

it('more than 50 labels, with those of _defaults.yml: an error at the labels line', async () => {
  const labels = Array.from({ length: 48 }, (_, i) => `l${i}`).join(', ');
  const t = await DocsTree.create({
    'docs/_defaults.yml': `${DEFAULTS_YML}labels: [a, b]\n`,
    ...sibling,
    'docs/tagged.md': `---\ntitle: Tagged\nlabels: [${labels}, extra]\n---\nText.\n`,
  });
  const run = await publish(sim, t);
  expect(run.report.diagnostics).toEqual([
    expect.objectContaining({ file: 'docs/tagged.md', line: 3, message: expect.stringContaining('51 labels') }),
  ]);
  expect(sim.writes()).toEqual([]);
});

it('a section that would pass 5,000 articles: an error at the section line of the file that would pass it', async () => {
  const section = 360000200001;
  const already = [...sim.store.liveArticles()].filter((a) => a.section_id === section).length;
  for (let i = already; i < 4_999; i++)
    sim.store.createArticleDirect({
      section_id: section,
      title: `Existing ${i}`,
      body: '<p>x</p>',
      permission_group_id: 360000300001,
      user_segment_id: null,
    });
  const t = await DocsTree.create({
    'docs/one.md': '---\ntitle: One\npermission_group: Agents\nuser_segment: everyone\nsection: Installation\n---\nA.\n',
    'docs/two.md': '---\ntitle: Two\npermission_group: Agents\nuser_segment: everyone\nsection: Installation\n---\nB.\n',
  });
  const run = await publish(sim, t);
  const errors = run.report.diagnostics.filter((d) => d.severity === 'error');
  expect(errors).toEqual([expect.objectContaining({ line: 5, message: expect.stringContaining('more than 5000 articles') })]);
  expect(sim.writes()).toEqual([]);
}, 60_000);

// Guide product limits (https://support.zendesk.com/hc/en-us/articles/4408831783962-Guide-product-limits):
// "Total number of articles, excluding archived and translations: 40,000". The tool's own
// articles count too: the state record's parts, and the publish lease's claim while it writes.
it('creates that would take the help center past 40,000 live articles: an error naming the number, nothing written', async () => {
  const sections = Array.from({ length: 9 }, (_, i) => sim.store.createSection(360000100001, { locale: 'en-us', name: `Full ${i}` }, 0).id);
  const archived = sim.store.createArticleDirect({ section_id: sections[0]!, title: 'Old', body: '<p>o</p>' }) as { id: number };
  sim.store.archiveArticle(archived.id);
  const before = sim.store.liveArticles().length;
  // 39,997 live articles, each with a translation (translations do not count, nor the archived one).
  for (let i = before; i < 39_997; i++)
    sim.store.createArticleDirect({
      section_id: sections[i % 9]!,
      title: `Existing ${i}`,
      body: '<p>x</p>',
      translations: [{ locale: 'fr', title: `Existant ${i}`, body: '<p>y</p>', draft: false }],
    });
  const file = (title: string) =>
    `---\ntitle: ${title}\npermission_group: Agents\nuser_segment: everyone\nsection: Installation\n---\nA.\n`;
  // Two new articles, the state record's first part and the lease's claim: 40,001.
  const t = await DocsTree.create({ 'docs/one.md': file('One'), 'docs/two.md': file('Two') });
  const run = await publish(sim, t);
  const errors = run.report.diagnostics.filter((d) => d.severity === 'error');
  expect(errors).toEqual([
    expect.objectContaining({ file: 'docs/two.md', message: expect.stringContaining('past the 40000 Zendesk holds') }),
  ]);
  expect(errors[0]!.message).toContain('39997 live articles');
  expect(sim.writes()).toEqual([]);
  // One new article, the record's part and the claim make exactly 40,000: Guide takes them all.
  const fits = await publish(sim, await DocsTree.create({ 'docs/one.md': file('One') }));
  expect(fits.report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(fits.log.join('\n')).not.toContain('could not save the state record');
  // The claim is gone: the article and the record's part stay.
  expect(sim.store.liveArticles().length).toBe(39_999);
}, 240_000);
