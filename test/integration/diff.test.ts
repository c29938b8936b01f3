import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderComment, renderSummary } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import { DEFAULTS_YML, DocsTree, publish } from '../helpers/docs-tree.js';

let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.close();
});

const MARKER = '<!-- zendesk-guide-publisher:docs -->';

const INSTALL = [
  '---',
  'title: Install the app',
  '---',
  'The app runs on Windows, macOS and Linux. Check the requirements before you start. It takes five minutes.',
  '',
  '## Download',
  '',
  '1. Sign in.',
  '2. Pick the installer for your operating system.',
  '',
].join('\n');

const tree = () => ({
  'docs/_defaults.yml': DEFAULTS_YML,
  'docs/install.md': INSTALL,
  'docs/install.fr.md': '---\ntitle: Installer\n---\nBonjour.\n',
  'docs/other.md': '---\ntitle: Other\n---\nNothing changes here.\n',
});

type Stored = { id: number; title: string; body: string };
const stored = (title: string) =>
  (sim.dump() as { articles: { id: number }[] }).articles
    .map((r) => sim.store.getArticle(r.id) as unknown as Stored)
    .find((a) => a.title === title)!;

describe('the text that changes, against what is live in Guide', () => {
  it('a branch that edits a sentence shows that sentence, old and new, in the comment, the summary and the log', async () => {
    const docs = await DocsTree.create(tree());
    await publish(sim, docs);
    await docs.write({ 'docs/install.md': INSTALL.replace('before you start', 'before you begin') });
    sim.resetLog();
    const { report } = await publish(sim, docs, { mode: 'dry-run' });

    const row = report.rows.find((r) => r.file === 'docs/install.md')!;
    expect(row.diffs).toEqual([
      {
        locale: 'en-us',
        basis: 'update',
        omitted: 0,
        lines: [
          { op: '-', text: '… Check the requirements before you start. …' },
          { op: '+', text: '… Check the requirements before you begin. …' },
        ],
      },
    ]);
    // Unchanged articles and untouched translations carry no diff; no request was added for it.
    expect(report.rows.find((r) => r.file === 'docs/other.md')!.diffs).toBeUndefined();
    expect(sim.writes()).toEqual([]);
    expect(sim.requests.filter((r) => r.path.includes('/translations'))).toEqual([]);

    for (const md of [renderComment(report, { marker: MARKER }), renderSummary(report)]) {
      expect(md).toContain('```diff\n- … Check the requirements before you start. …\n+ … Check the requirements before you begin. …\n```');
      expect(md).toContain('en-us (− live in Guide, + this file)');
    }
    expect(renderText(report)).toContain('        + … Check the requirements before you begin. …');
  });

  it('shows a new title as old → new, and a list item changed as a whole line', async () => {
    const docs = await DocsTree.create(tree());
    await publish(sim, docs);
    await docs.write({
      'docs/install.md': INSTALL.replace('title: Install the app', 'title: Install the desktop app').replace(
        'Pick the installer for your operating system.',
        'Choose your installer.',
      ),
    });
    const { report } = await publish(sim, docs, { mode: 'dry-run' });
    const diff = report.rows.find((r) => r.file === 'docs/install.md')!.diffs![0]!;
    expect(diff.title).toEqual({ from: 'Install the app', to: 'Install the desktop app' });
    expect(diff.lines).toEqual([
      { op: ' ', text: '- Sign in.' },
      { op: '-', text: '- Pick the installer for your operating system.' },
      { op: '+', text: '- Choose your installer.' },
    ]);
    expect(renderComment(report, { marker: MARKER })).toContain('Title: “Install the app” → “Install the desktop app”');
  });

  it('for an article edited in Guide, shows what overwrite would discard, and says when that is exactly the Guide edit', async () => {
    const docs = await DocsTree.create(tree());
    await publish(sim, docs);
    const live = stored('Install the app');
    sim.store.editTranslationDirect(live.id, 'en-us', {
      body: live.body.replace('It takes five minutes.', 'It takes five minutes. Call us on 555-0100 if it fails.'),
    });

    // The file did not change since the last publish: live vs file is the Guide edit itself.
    const untouched = await publish(sim, docs, { mode: 'dry-run' });
    const row = untouched.report.rows.find((r) => r.file === 'docs/install.md')!;
    expect(row.drifted).toEqual(['en-us']);
    expect(row.diffs).toEqual([
      {
        locale: 'en-us',
        basis: 'guide-edit',
        omitted: 0,
        lines: [{ op: '-', text: '… Call us on 555-0100 if it fails.' }],
      },
    ]);
    const comment = renderComment(untouched.report, { marker: MARKER });
    expect(comment).toContain("so this is exactly Guide's edit");
    expect(comment).toContain('the − lines would be lost');

    // The file changed too: the diff holds both, and says so; under skip, nothing is lost.
    await docs.write({ 'docs/install.md': INSTALL.replace('five minutes', 'ten minutes') });
    const both = await publish(sim, docs, { mode: 'dry-run', onDrift: 'skip' });
    const skipped = both.report.rows.find((r) => r.file === 'docs/install.md')!;
    expect(skipped.action).toBe('skip');
    expect(skipped.diffs![0]).toMatchObject({ basis: 'drift' });
    expect(skipped.diffs![0]!.lines.map((l) => l.op + l.text)).toEqual([
      '-… It takes five minutes. Call us on 555-0100 if it fails.',
      '+… It takes ten minutes.',
    ]);
    expect(renderComment(both.report, { marker: MARKER })).toContain('Left as it is in Guide (on-drift: skip).');
  });

  it('does not count reformatting by Zendesk as a change', async () => {
    const docs = await DocsTree.create(tree());
    await publish(sim, docs);
    const live = stored('Install the app');
    // Entities, attribute quoting and whitespace only: the same text.
    sim.store.editTranslationDirect(live.id, 'en-us', {
      body: live.body
        .replace('five minutes', 'five&#32;minutes')
        .replace('<h2 id="download">', "<h2  id='download'>")
        .replace(/\n/g, '\n\n'),
    });
    await docs.write({ 'docs/install.md': INSTALL + '\nOne more line.\n' });
    const { report } = await publish(sim, docs, { mode: 'dry-run' });
    const diff = report.rows.find((r) => r.file === 'docs/install.md')!.diffs![0]!;
    expect(diff.lines.filter((l) => l.op !== ' ')).toEqual([{ op: '+', text: 'One more line.' }]);
  });

  it('caps the lines per article and says how many were left out', async () => {
    const many = Array.from({ length: 60 }, (_, i) => `Paragraph ${i}.`).join('\n\n');
    const docs = await DocsTree.create({ ...tree(), 'docs/long.md': `---\ntitle: Long\n---\n${many}\n` });
    await publish(sim, docs);
    await docs.write({ 'docs/long.md': `---\ntitle: Long\n---\n${many.replace(/Paragraph/g, 'Section')}\n` });
    const { report } = await publish(sim, docs, { mode: 'dry-run' });
    const diff = report.rows.find((r) => r.file === 'docs/long.md')!.diffs![0]!;
    expect(diff.lines.filter((l) => l.op !== ' ')).toHaveLength(40);
    expect(diff.omitted).toBe(80);
    expect(renderSummary(report)).toContain('80 more changed lines not shown: `zendesk-guide-publisher preview` shows them all');
  });

  it('publishes without diffs, and leaves no spooled bodies behind', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zgp-spool-'));
    const before = process.env.RUNNER_TEMP;
    process.env.RUNNER_TEMP = tmp;
    try {
      const docs = await DocsTree.create(tree());
      await publish(sim, docs);
      await docs.write({ 'docs/install.md': INSTALL.replace('before you start', 'before you begin') });
      const dry = await publish(sim, docs, { mode: 'dry-run' });
      expect(dry.report.rows.some((r) => r.diffs)).toBe(true);
      const run = await publish(sim, docs);
      expect(run.report.rows.find((r) => r.file === 'docs/install.md')).toMatchObject({ status: 'updated' });
      expect(run.report.rows.some((r) => r.diffs)).toBe(false);
      expect(fs.readdirSync(tmp)).toEqual([]);
    } finally {
      if (before === undefined) delete process.env.RUNNER_TEMP;
      else process.env.RUNNER_TEMP = before;
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
