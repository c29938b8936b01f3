import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderComment, renderSummary } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import { DEFAULTS_YML, DocsTree, contentWrites, publish } from '../helpers/docs-tree.js';

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
const writes = () => contentWrites(sim);
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

describe('several segments on a plan that allows one', () => {
  it('fails the article with a message naming the file and the plan', async () => {
    sim.setOptions({ oneSegmentPlan: true });
    const tree = await DocsTree.create({ 'docs/_defaults.yml': DEFAULTS_YML, 'docs/refunds.md': RICH });
    const run = await publish(sim, tree);
    expect(run.report.counts.failed).toBe(1);
    expect(run.report.rows[0]!.error).toMatch(/user_segments lists 2 segments, and this help center's plan allows one segment per article/);
    expect(run.log.join('\n')).toMatch(/docs\/refunds\.md: user_segments lists 2 segments/);
  });
});

type Rule = { redirect_from: string; redirect_to: string; redirect_status: string };
const rules = (): Rule[] =>
  sim.store.guide.redirectRules.map((r) => ({
    redirect_from: r.redirect_from,
    redirect_to: r.redirect_to,
    redirect_status: r.redirect_status,
  }));

describe('redirect_from', () => {
  const OLD = { 'docs/old.md': '---\ntitle: Old\n---\nOld text.\n', 'docs/old.fr.md': '---\ntitle: Ancien\n---\nTexte.\n' };
  const NEW = '---\ntitle: New\nredirect_from: [old.md]\n---\nNew text.\n';

  it('archives a removed file of this source, redirects each of its locales, and a re-run writes nothing', async () => {
    const tree = await DocsTree.create({ 'docs/_defaults.yml': DEFAULTS_YML, ...OLD });
    await publish(sim, tree);
    const old = byTitle('Old')!.id;
    await tree.remove('docs/old.md');
    await tree.remove('docs/old.fr.md');
    await tree.write({ 'docs/new.md': NEW });

    const dry = await publish(sim, tree, { mode: 'dry-run' });
    const text = renderText(dry.report);
    expect(text).toContain(`redirects from /hc/en-us/articles/${old}, /hc/fr/articles/${old}`);
    expect(text).toMatch(/archive\s+old \(#\d+\) — replaced by docs\/new\.md/);
    expect(JSON.stringify(dry.report)).toContain(`redirects from /hc/en-us/articles/${old}`);

    // archive-removed is off: the file asks for this one.
    const run = await publish(sim, tree);
    expect(run.report.counts).toMatchObject({ created: 1, archived: 1, failed: 0 });
    const id = byTitle('New')!.id;
    expect(all().find((a) => a.id === old)!.archived).toBe(true);
    // The French URL goes to the source locale: the new article has no French translation.
    expect(rules()).toEqual([
      { redirect_from: `/hc/en-us/articles/${old}`, redirect_to: `/hc/en-us/articles/${id}`, redirect_status: '301' },
      { redirect_from: `/hc/fr/articles/${old}`, redirect_to: `/hc/en-us/articles/${id}`, redirect_status: '301' },
    ]);

    sim.resetLog();
    const again = await publish(sim, tree);
    expect(again.report.counts).toMatchObject({ created: 0, updated: 0, archived: 0 });
    expect(sim.writes()).toEqual([]);

    // A translation added later: its locale's rule is updated to it, not duplicated.
    await tree.write({ 'docs/new.fr.md': '---\ntitle: Nouveau\n---\nTexte.\n' });
    await publish(sim, tree);
    expect(rules()).toHaveLength(2);
    expect(rules()[1]).toMatchObject({ redirect_from: `/hc/fr/articles/${old}`, redirect_to: `/hc/fr/articles/${id}` });

    // Removing the entry deletes no rule: redirects outlive files.
    await tree.write({ 'docs/new.md': '---\ntitle: New\n---\nNew text.\n' });
    sim.resetLog();
    await publish(sim, tree);
    expect(writes()).toEqual([]);
    expect(rules()).toHaveLength(2);
  });

  it('counts a replaced article toward max-archive even with archive-removed off', async () => {
    const tree = await DocsTree.create({ 'docs/_defaults.yml': DEFAULTS_YML, ...OLD });
    await publish(sim, tree);
    await tree.remove('docs/old.md');
    await tree.remove('docs/old.fr.md');
    await tree.write({ 'docs/new.md': NEW });
    sim.resetLog();
    const run = await publish(sim, tree, { maxArchive: '0' });
    expect(errors(run.report).map((d) => d.message)).toEqual([
      expect.stringMatching(/1 articles would be archived \(1 replaced \(redirect_from\)\), more than max-archive \(0\)/),
    ]);
    expect(sim.writes()).toEqual([]);
  });

  it('redirects an archived article not of this source by id or path, refuses a live one, and updates a rule that exists', async () => {
    const live = sim.store.createArticleDirect({ section_id: 360000200001, title: 'Hand made', body: '<p>x</p>' }) as { id: number };
    const gone = sim.store.createArticleDirect({ section_id: 360000200001, title: 'Gone', body: '<p>x</p>' }) as { id: number };
    const gone2 = sim.store.createArticleDirect({ section_id: 360000200001, title: 'Gone too', body: '<p>x</p>' }) as { id: number };
    sim.store.archiveArticle(gone.id);
    sim.store.archiveArticle(gone2.id);
    sim.store.guide.setRedirectRule({
      redirect_rule: { redirect_from: `/hc/de/articles/${gone2.id}`, redirect_to: '/elsewhere', redirect_status: 302 },
    });
    const tree = await DocsTree.create({
      'docs/_defaults.yml': DEFAULTS_YML,
      'docs/bad.md': `---\ntitle: Bad\nredirect_from: [${live.id}, missing.md]\n---\nX.\n`,
    });
    const refused = await publish(sim, tree);
    expect(errors(refused.report).map((d) => `${d.file}:${d.line} ${d.message} (${d.hint})`)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^docs/bad\\.md:3 redirect_from names article ${live.id}, which is not this source's .*archive it in Guide first, or adopt it`,
        ),
      ),
      expect.stringMatching(/^docs\/bad\.md:3 redirect_from names missing\.md, which is not a file this source published/),
    ]);
    expect(sim.writes().filter((w) => w.method !== 'GET')).toEqual([]);

    await tree.write({
      'docs/bad.md': `---\ntitle: Good\nredirect_from: [${gone.id}, /hc/de/articles/${gone2.id}-Gone-too]\n---\nX.\n`,
    });
    const run = await publish(sim, tree);
    expect(errors(run.report)).toEqual([]);
    const id = byTitle('Good')!.id;
    // A bare id: every locale of the help center; a path: its own locale, slug left out; the 302 rule updated.
    expect(rules()).toEqual(
      expect.arrayContaining([
        { redirect_from: `/hc/de/articles/${gone2.id}`, redirect_to: `/hc/en-us/articles/${id}`, redirect_status: '301' },
        ...['en-us', 'fr', 'de', 'ja'].map((l) => ({
          redirect_from: `/hc/${l}/articles/${gone.id}`,
          redirect_to: `/hc/en-us/articles/${id}`,
          redirect_status: '301',
        })),
      ]),
    );
    expect(rules()).toHaveLength(5);
    sim.resetLog();
    await publish(sim, tree);
    expect(sim.writes()).toEqual([]);
  });

  it('without Guide admin rights: an error at the file before any write', async () => {
    sim.store.users.find((u) => u.email === sim.credentials.email)!.role = 'agent';
    // Ids, not names: an agent may not list permission groups either.
    const tree = await DocsTree.create({
      'docs/_defaults.yml': 'permission_group: 360000300001\nuser_segment: everyone\nsection: 360000200001\n',
      'docs/new.md': '---\ntitle: New\nredirect_from: [/old-page]\n---\nX.\n',
    });
    const run = await publish(sim, tree);
    expect(errors(run.report).map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([
      'docs/new.md:3 the redirect rules cannot be read with these credentials (403): redirects need a Guide admin',
    ]);
    expect(sim.writes()).toEqual([]);
  });
});

describe('import round trip', () => {
  it('writes segments, content tags and the author back, and publishing the import writes nothing', async () => {
    const { main } = await import('../../src/cli/main.js');
    const made = sim.store.createArticleDirect({ section_id: 360000200001, title: 'Made in Guide', body: '<p>Hello.</p>' }) as {
      id: number;
    };
    const billing = sim.store.guide.createContentTag({ content_tag: { name: 'Billing' } });
    sim.store.updateArticleMetadata(made.id, { user_segment_ids: [SIGNED_IN, STAFF], content_tag_ids: [billing.id], author_id: AGENT });
    const tree = await DocsTree.create({});
    const quiet = { write: () => true };
    const code = await main(
      ['import', '--repo', tree.repo, '--path', 'docs'],
      { ZENDESK_URL: sim.url, ZENDESK_OAUTH_TOKEN: sim.credentials.oauthToken, NO_COLOR: '1' },
      { stdout: quiet, stderr: quiet },
    );
    expect(code).toBe(0);
    const { readdir } = await import('node:fs/promises');
    const files = (await readdir(`${tree.repo}/docs`, { recursive: true })).filter((f) => f.endsWith('made-in-guide.md'));
    const text = await tree.read(`docs/${files[0]!}`);
    expect(text).toContain('user_segments:\n  - Signed-in users\n  - Agents and managers\n');
    expect(text).toContain('content_tags:\n  - Billing\n');
    expect(text).toContain('author: agent@example.com\n');
    expect(text).not.toMatch(/^user_segment:/m);

    sim.resetLog();
    const back = await publish(sim, tree, { onDrift: 'fail' });
    expect(errors(back.report)).toEqual([]);
    expect(back.report.counts).toMatchObject({ created: 0, updated: 0, failed: 0 });
    expect(sim.writes()).toEqual([]);
  });
});

describe('preview', () => {
  it('shows the segments, tags, author and redirects on the article page', async () => {
    const { cli, simEnv } = await import('../helpers/preview.js');
    const fsp = await import('node:fs/promises');
    const gone = sim.store.createArticleDirect({ section_id: 360000200001, title: 'Gone', body: '<p>x</p>' }) as { id: number };
    sim.store.archiveArticle(gone.id);
    const tree = await DocsTree.create({
      'docs/_defaults.yml': DEFAULTS_YML,
      'docs/refunds.md': RICH.replace('author:', `redirect_from: [/hc/en-us/articles/${gone.id}]\nauthor:`),
    });
    const out = `${tree.repo}/site`;
    const run = await cli(['preview', '--repo', tree.repo, '--path', 'docs', '--out', out], simEnv(sim));
    expect(run.stderr + run.stdout).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    const page = await fsp.readFile(`${out}/hc/en-us/installation/refund-policy.html`, 'utf8').catch(async () => {
      const list = await fsp.readdir(out, { recursive: true });
      const found = list.find((f) => f.endsWith('refund-policy.html') || f.endsWith('refunds.html'));
      if (!found) throw new Error(`no page among ${list.join(', ')}`);
      return fsp.readFile(`${out}/${found}`, 'utf8');
    });
    expect(page).toContain('segments: Signed-in users, Agents and managers');
    expect(page).toContain('tags: Billing, Refunds');
    expect(page).toContain('author: agent@example.com');
    expect(page).toContain(`redirects from /hc/en-us/articles/${gone.id}`);
  });
});
