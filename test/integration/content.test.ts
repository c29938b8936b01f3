import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import { DEFAULTS_YML, DocsTree, isStateWrite, png, publish } from '../helpers/docs-tree.js';

let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.close();
});

type Art = { id: number; title: string; body: string; archived: boolean };
const live = () =>
  (sim.dump() as { articles: { id: number }[] }).articles
    .map((r) => sim.store.getArticle(r.id) as unknown as Art)
    .filter((a) => !a.archived);
const byTitle = (title: string) => live().find((a) => a.title === title);
const articleWrites = () => sim.writes().filter((w) => !isStateWrite(w));
const git = (repo: string, ...args: string[]) =>
  execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { stdio: 'pipe' }).toString();

const CONTACT = '## Still stuck?\n\nWrite to {{ support }}. ![help](img/help.png)\n';
const files = () => ({
  'docs/_defaults.yml': DEFAULTS_YML,
  'docs/zendesk-guide.yml': 'variables:\n  product: Acme Cloud\n  support: help@acme.com\n',
  'docs/_snippets/contact.md': CONTACT,
  'docs/_snippets/footer.md': 'Thanks.\n',
  'docs/_snippets/img/help.png': png(1),
  'docs/a.md': '---\ntitle: Install {{ product }}\n---\nRun `{{ product }}`.\n\n<!-- include: _snippets/contact.md -->\n',
  'docs/b.md': '# Billing\n\n<!-- include: _snippets/contact.md -->\n\n<!-- include: _snippets/footer.md -->\n',
  'docs/c.md': '# Other\n\nNo fragment, no variable.\n',
});

describe('fragments and variables against the help center', () => {
  it('a fragment used by two articles, changed once, updates exactly those two and the plan says via', async () => {
    const tree = await DocsTree.create(files());
    git(tree.repo, 'init', '-q');
    git(tree.repo, 'add', '-A');
    git(tree.repo, 'commit', '-qm', 'docs');
    const first = await publish(sim, tree);
    expect(first.report.counts).toMatchObject({ created: 3, failed: 0 });
    const a = byTitle('Install Acme Cloud')!;
    expect(a.body).toContain('<code>{{ product }}</code>');
    expect(a.body).toContain('Write to <a href="mailto:help@acme.com">help@acme.com</a>.');
    // The fragment's image resolved relative to the fragment, uploaded onto the article.
    expect(a.body).toMatch(/<img alt="help" src="[^"]+"/);
    expect(byTitle('Billing')!.body).toContain('Thanks.');

    sim.resetLog();
    expect((await publish(sim, tree)).report.counts).toMatchObject({ unchanged: 3 });
    expect(sim.writes()).toEqual([]);

    await tree.write({ 'docs/_snippets/contact.md': CONTACT.replace('Write to', 'Mail') });
    const plan = await publish(sim, tree, { mode: 'dry-run' });
    expect(plan.report.counts).toMatchObject({ updated: 2, unchanged: 1 });
    const reasons = Object.fromEntries(plan.report.rows.map((r) => [r.key, r.reasons]));
    // git says only contact.md changed since the last publish: footer.md is not named.
    expect(reasons).toEqual({
      a: ['body changed (en-us) via _snippets/contact.md'],
      b: ['body changed (en-us) via _snippets/contact.md'],
      c: [],
    });
    sim.resetLog();
    const applied = await publish(sim, tree);
    expect(applied.report.counts).toMatchObject({ updated: 2, unchanged: 1 });
    expect(byTitle('Billing')!.body).toContain('Mail <a href="mailto:help@acme.com">');
    expect(articleWrites().every((w) => !w.route.includes(String(byTitle('Other')!.id)))).toBe(true);
  });

  it('a changed variable updates the articles that use it, in titles and text, never in code', async () => {
    const tree = await DocsTree.create(files());
    await publish(sim, tree);
    sim.resetLog();
    const again = await publish(sim, tree, { variables: 'product=Acme Pro' });
    // a uses product (title); b and c do not.
    expect(again.report.counts).toMatchObject({ updated: 1, unchanged: 2 });
    const a = byTitle('Install Acme Pro')!;
    expect(a.body).toContain('<code>{{ product }}</code>');
    const support = await publish(sim, tree, { variables: 'product=Acme Pro\nsupport=pro@acme.com' });
    expect(support.report.counts).toMatchObject({ updated: 2, unchanged: 1 });
    expect(byTitle('Billing')!.body).toContain('pro@acme.com');
  });

  it('a missing fragment, a cycle and an unknown variable stop the run before any write', async () => {
    const tree = await DocsTree.create({
      ...files(),
      'docs/_snippets/loop.md': '<!-- include: loop.md -->\n',
      'docs/d.md': '# D\n\n<!-- include: _snippets/gone.md -->\n<!-- include: _snippets/loop.md -->\n\n{{ prodcut }}\n',
    });
    const run = await publish(sim, tree);
    expect(sim.writes()).toEqual([]);
    expect(run.report.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`)).toEqual([
      'docs/_snippets/loop.md:1: include cycle: docs/d.md → docs/_snippets/loop.md → docs/_snippets/loop.md',
      'docs/d.md:3: cannot include: fragment "docs/_snippets/gone.md" does not exist',
      'docs/d.md:6: unknown variable "prodcut"',
    ]);
  });
});

describe('mermaid diagrams against the help center', () => {
  const FLOW = '```mermaid\nflowchart LR\n  accTitle: Sign-in flow\n  A[Start] --> B[Signed in]\n```\n';
  const diagramFiles = () => ({
    'docs/_defaults.yml': DEFAULTS_YML,
    'docs/flow.md': `# Flow\n\nHow it works:\n\n${FLOW}`,
    'docs/flow.fr.md': `# Flux\n\n${FLOW.replace('Sign-in flow', 'Connexion').replace('Signed in', 'Connecté')}`,
  });
  const pngs = () => sim.store.attachments.map((a) => a as unknown as { data: Buffer; file_name: string });

  it('publishes each fence as a PNG whose bytes are stable: a re-run uploads nothing; a change says "diagram changed"', async () => {
    const tree = await DocsTree.create(diagramFiles());
    const first = await publish(sim, tree);
    expect(first.report.counts).toMatchObject({ created: 1, failed: 0 });
    const uploaded = pngs();
    // One image per translation: each renders its own fence.
    expect(uploaded).toHaveLength(2);
    for (const a of uploaded) {
      expect(a.file_name).toMatch(/diagram-[0-9a-f]{16}\.png$/);
      expect(a.data.subarray(1, 4).toString()).toBe('PNG');
    }
    const article = byTitle('Flow')!;
    expect(article.body).toMatch(/<img alt="Sign-in flow" src="[^"]+">/);
    expect(article.body).not.toContain('mermaid');

    // A fresh process would render the same bytes: the next run finds nothing to change or upload.
    sim.resetLog();
    expect((await publish(sim, tree)).report.counts).toMatchObject({ unchanged: 1 });
    expect(sim.writes()).toEqual([]);

    await tree.write({ 'docs/flow.md': `# Flow\n\nHow it works:\n\n${FLOW.replace('Signed in', 'Dashboard')}` });
    const plan = await publish(sim, tree, { mode: 'dry-run' });
    const row = plan.report.rows.find((r) => r.key === 'flow')!;
    expect(row.reasons).toEqual(['body changed (en-us)', 'fr marked outdated']);
    // A Guide Media URL carries no file name: the stored body's marker tells which image is the diagram.
    expect(row.diffs![0]!.lines.filter((l) => l.op !== ' ')).toEqual([{ op: '+', text: '[diagram changed: Sign-in flow]' }]);
    const before = /<img alt="Sign-in flow" src="([^"]+)"/.exec(article.body)![1]!;
    await publish(sim, tree);
    const after = /<img alt="Sign-in flow" src="([^"]+)"/.exec(byTitle('Flow')!.body)![1]!;
    expect(after).not.toBe(before);
  }, 120_000);

  it('an invalid diagram is an error at its fence, with the renderer message, and nothing is written', async () => {
    const tree = await DocsTree.create({ ...diagramFiles(), 'docs/bad.md': '# Bad\n\n```mermaid\nnot a diagram\n```\n' });
    const run = await publish(sim, tree);
    expect(sim.writes()).toEqual([]);
    expect(run.report.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`)).toEqual([
      expect.stringMatching(/^docs\/bad\.md:3: invalid mermaid diagram: Invalid mermaid header: "not a diagram"/),
    ]);
  }, 120_000);
});
