import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderComment, renderSummary } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import { DEFAULTS_YML, DocsTree, isStateWrite, publish } from '../helpers/docs-tree.js';

const SIGNED_IN = 360000400001;
const STAFF = 360000400002;
const ADMIN = 370000000001;
const AGENT = 370000000002;

let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => sim.close());

type Art = {
  id: number;
  title: string;
  archived: boolean;
  user_segment_ids: number[];
  user_segment_id: number | null;
  content_tag_ids: string[];
  author_id: number;
};
const all = () => (sim.dump() as { articles: { id: number }[] }).articles.map((r) => sim.store.getArticle(r.id) as unknown as Art);
const byTitle = (title: string) => all().find((a) => a.title === title && !a.archived);
const writes = () =>
  sim
    .writes()
    .filter((w) => !isStateWrite(w))
    .map((w) => `${w.method} ${w.route}`);
const tagNames = (ids: string[]) => ids.map((id) => sim.store.guide.contentTags.find((t) => t.id === id)?.name).sort();
const errors = (report: { diagnostics: { severity: string; file: string; line?: number; message: string; hint?: string }[] }) =>
  report.diagnostics.filter((d) => d.severity === 'error');

const RICH = [
  '---',
  'title: Refund policy',
  'user_segments: [Signed-in users, Agents and managers]',
  'content_tags: [Billing, Refunds]',
  'author: agent@example.com',
  '---',
  'How refunds work.',
  '',
].join('\n');

describe('segments, content tags and the author', () => {
  it('publishes them, creates a missing tag once, shows them in every plan, and a re-run writes nothing', async () => {
    sim.store.guide.createContentTag({ content_tag: { name: 'Billing' } });
    const tree = await DocsTree.create({
      'docs/_defaults.yml': DEFAULTS_YML,
      'docs/refunds.md': RICH,
      'docs/other.md': '---\ntitle: Other\ncontent_tags: [billing, Refunds]\n---\nMore.\n',
    });
    const dry = await publish(sim, tree, { mode: 'dry-run' });
    expect(errors(dry.report)).toEqual([]);
    const text = renderText(dry.report);
    expect(text).toContain('create content tag Refunds');
    expect(text).toContain('segments: Signed-in users, Agents and managers');
    expect(text).toContain('tags: Billing, Refunds');
    expect(text).toContain('author: agent@example.com');
    for (const markdown of [renderComment(dry.report, { marker: '<!-- m -->' }), renderSummary(dry.report)]) {
      expect(markdown).toContain('create content tag Refunds');
      expect(markdown).toContain('segments: Signed-in users, Agents and managers');
      // An @ is escaped so GitHub does not mention anyone.
      expect(markdown).toContain('author: agent@&#8203;example.com');
    }
    expect(JSON.stringify(dry.report)).toContain('"contentTags":[{"name":"Refunds"}]');
    expect(sim.writes()).toEqual([]);

    const first = await publish(sim, tree);
    expect(first.report.counts).toMatchObject({ created: 2, failed: 0 });
    expect(renderText(first.report)).toContain('created content tag Refunds');
    expect(sim.store.guide.contentTags.map((t) => t.name).sort()).toEqual(['Billing', 'Refunds']);
    const a = byTitle('Refund policy')!;
    expect(a.user_segment_ids).toEqual([SIGNED_IN, STAFF]);
    expect(tagNames(a.content_tag_ids)).toEqual(['Billing', 'Refunds']);
    expect(a.author_id).toBe(AGENT);
    expect(tagNames(byTitle('Other')!.content_tag_ids)).toEqual(['Billing', 'Refunds']);

    sim.resetLog();
    const second = await publish(sim, tree);
    expect(second.report.counts).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(sim.writes()).toEqual([]);
  });

  it('a value changed in Guide is an update back to the file', async () => {
    const tree = await DocsTree.create({ 'docs/_defaults.yml': DEFAULTS_YML, 'docs/refunds.md': RICH });
    await publish(sim, tree);
    const a = byTitle('Refund policy')!;
    sim.store.updateArticleMetadata(a.id, { user_segment_ids: [STAFF], content_tag_ids: [], author_id: ADMIN });
    sim.resetLog();
    const back = await publish(sim, tree);
    expect(back.report.rows[0]!.reasons.join('; ')).toMatch(/segments, tags, author changed/);
    expect(writes()).toEqual(['PUT /api/v2/help_center/articles/:id']);
    expect(byTitle('Refund policy')).toMatchObject({ user_segment_ids: [SIGNED_IN, STAFF], author_id: AGENT });
    expect(tagNames(byTitle('Refund policy')!.content_tag_ids)).toEqual(['Billing', 'Refunds']);
  });

  it('leaving the author out leaves an existing article its author; default_author sets it for all files', async () => {
    const tree = await DocsTree.create({ 'docs/_defaults.yml': DEFAULTS_YML, 'docs/a.md': '---\ntitle: A\n---\nA.\n' });
    await publish(sim, tree);
    const id = byTitle('A')!.id;
    sim.store.updateArticleMetadata(id, { author_id: AGENT });
    sim.resetLog();
    expect((await publish(sim, tree)).report.counts.unchanged).toBe(1);
    expect(byTitle('A')!.author_id).toBe(AGENT);
    await tree.write({ 'docs/zendesk-guide.yml': 'default_author: admin@example.com\n' });
    await publish(sim, tree);
    expect(byTitle('A')!.author_id).toBe(ADMIN);
  });

  it('refuses bad values at file:line before any write', async () => {
    const tags = Array.from({ length: 26 }, (_, i) => `t${i}`).join(', ');
    const tree = await DocsTree.create({
      'docs/_defaults.yml': DEFAULTS_YML,
      'docs/both.md': '---\ntitle: Both\nuser_segment: everyone\nuser_segments: [Signed-in users]\n---\nX.\n',
      'docs/many.md': `---\ntitle: Many\ncontent_tags: [${tags}]\n---\nX.\n`,
      'docs/reader.md': '---\ntitle: Reader\nauthor: reader@example.com\n---\nX.\n',
      'docs/typo.md': '---\ntitle: Typo\nauthor: agnet@example.com\n---\nX.\n',
      'docs/limit.md': '---\ntitle: Limit\ncontent_tags: [One, Two]\n---\nX.\n',
    });
    // 199 tags exist: the first new one is the 200th, the second would be the 201st.
    for (let i = 0; i < 199; i++) sim.store.guide.createContentTag({ content_tag: { name: `existing ${i}` } });
    const run = await publish(sim, tree);
    const found = errors(run.report).map((d) => `${d.file}:${d.line} ${d.message}${d.hint ? ` (${d.hint})` : ''}`);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^docs\/both\.md:4 user_segment and user_segments are both set/),
        expect.stringMatching(/^docs\/many\.md:3 26 content tags, more than the 25/),
        expect.stringMatching(/^docs\/reader\.md:3 author reader@example\.com is an end user.*did you mean .*"agent@example\.com"/),
        expect.stringMatching(/^docs\/typo\.md:3 author agnet@example\.com is not a user.*did you mean "agent@example\.com"/),
        expect.stringMatching(/^docs\/limit\.md:3 content tag "Two" would be the account's 201st/),
      ]),
    );
    expect(sim.writes()).toEqual([]);
  });
});
