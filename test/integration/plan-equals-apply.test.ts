import { afterEach, beforeEach, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/apply.js';
import { createConsoleLogger } from '../../src/logger.js';
import { buildPlan } from '../../src/plan/plan.js';
import type { Operation } from '../../src/plan/types.js';
import { prepareArticles } from '../../src/render/prepare.js';
import { ZendeskClient } from '../../src/remote/client.js';
import { RemoteIndexBuilder } from '../../src/plan/remote-index.js';
import { fetchSnapshot } from '../../src/remote/snapshot.js';
import { loadSource } from '../../src/source/load.js';
import { createdTitle, DEFAULTS_YML, DocsTree, png, publish } from '../helpers/docs-tree.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import path from 'node:path';

let sim: Simulator;
// The attachments path (a plan without the media library) has the most kinds of operations;
// the media library path is checked request by request in media.test.ts.
beforeEach(async () => {
  sim = await startSimulator({ mediaLibrary: 'forbidden' });
});
afterEach(async () => {
  await sim.close();
});

/** The reads an operation makes besides its writes: what an existing article holds, before files go onto it. */
function expectedReads(op: Operation): string[] {
  return op.kind === 'attach-files' && op.reconcile ? ['GET /api/v2/help_center/articles/:id/attachments'] : [];
}

/**
 * The writes each operation must cause, as the simulator's route names it, when nothing fails
 * and no run died before (so nothing is there to reuse or to clean up).
 */
function expectedRequests(op: Operation): string[] {
  switch (op.kind) {
    case 'attach-files':
      return [
        ...op.files.map(() => 'POST /api/v2/help_center/articles/attachments'),
        ...Array.from({ length: Math.ceil(op.files.length / 20) }, () => 'POST /api/v2/help_center/articles/:id/bulk_attachments'),
      ];
    case 'create-article':
      return ['POST /api/v2/help_center/sections/:id/articles'];
    case 'update-metadata':
      return ['PUT /api/v2/help_center/articles/:id'];
    case 'create-translation':
      return ['POST /api/v2/help_center/articles/:id/translations'];
    case 'update-translation':
      return ['PUT /api/v2/help_center/articles/:id/translations/:locale'];
    case 'mark-outdated':
      return ['PUT /api/v2/help_center/articles/:id/translations/:locale'];
    case 'set-source-locale':
      return ['PUT /api/v2/help_center/articles/:id/source_locale'];
    case 'delete-attachment':
      return ['DELETE /api/v2/help_center/articles/attachments/:id'];
    case 'archive':
      return ['DELETE /api/v2/help_center/articles/:id'];
    case 'set-redirect':
      return ['POST /api/v2/guide/redirect_rules'];
  }
}

it('apply sends exactly the requests the plan lists, operation by operation, and nothing else', async () => {
  const tree = await DocsTree.create({
    'docs/_defaults.yml': DEFAULTS_YML,
    'docs/keep.md': '---\ntitle: Keep\n---\nSame.\n',
    'docs/meta.md': '---\ntitle: Meta\nlabels: [a]\n---\nBody.\n',
    'docs/text.md': '---\ntitle: Text\n---\nOld text.\n',
    'docs/text.fr.md': '---\ntitle: Texte\n---\nAncien texte.\n',
    'docs/pic.md': '---\ntitle: Pic\n---\n![p](img/p.png)\n',
    'docs/img/p.png': png(1),
    'docs/gone.md': '---\ntitle: Gone\n---\nBye.\n',
  });
  await publish(sim, tree);

  await tree.remove('docs/gone.md');
  await tree.write({
    'docs/meta.md': '---\ntitle: Meta\nlabels: [a, b]\nposition: 2\n---\nBody.\n',
    'docs/text.md': '---\ntitle: Text\n---\nNew text.\n',
    'docs/text.de.md': '---\ntitle: Text de\n---\nNeu.\n',
    'docs/img/p.png': png(2),
    'docs/new.md': '---\ntitle: New\n---\n![n](img/n.png) [manual](files/m.pdf) [pic](pic.md)\n',
    'docs/new.fr.md': '---\ntitle: Nouveau\n---\n![n](img/n.png)\n',
    'docs/img/n.png': png(3),
    'docs/files/m.pdf': '%PDF-1.4\n',
    'docs/ping.md': '---\ntitle: Ping\n---\n[pong](pong.md)\n',
    'docs/pong.md': '---\ntitle: Pong\n---\n[ping](ping.md)\n',
  });

  const logger = createConsoleLogger({ write: () => undefined });
  const docsRoot = path.join(tree.repo, 'docs');
  const source = await loadSource(docsRoot, tree.repo);
  const { prepared, diagnostics } = await prepareArticles(source.articles, { docsRoot, repoRoot: tree.repo });
  expect(diagnostics).toEqual([]);
  const client = new ZendeskClient({
    baseUrl: sim.url,
    auth: { kind: 'oauth-token', token: sim.credentials.oauthToken },
    logger,
  });
  const builder = new RemoteIndexBuilder();
  const snapshot = await fetchSnapshot(client, logger, undefined, (a) => builder.add(a));
  const plan = buildPlan(
    { sources: source.articles, prepared },
    snapshot,
    {
      onDrift: 'overwrite',
      archiveRemoved: true,
      maxArchive: 10,
      defaultLocale: undefined,
      // Whose articles these are: the docs root's namespace, as the pipeline passes it.
      root: 'docs',
      media: { mode: 'attachments', urls: new Map() },
    },
    builder.build(),
  );
  expect(plan.diagnostics).toEqual([]);
  const kinds = new Set(plan.articles.flatMap((a) => a.operations.map((o) => o.kind)));
  expect([...kinds].sort()).toEqual(
    [
      'archive',
      'attach-files',
      'create-article',
      'create-translation',
      'delete-attachment',
      // text.md changed, text.fr.md did not.
      'mark-outdated',
      'update-metadata',
      'update-translation',
    ].sort(),
  );

  sim.resetLog();
  const outcomes = await applyPlan(plan, client, logger);
  expect([...outcomes.values()].filter((o) => o.status === 'failed')).toEqual([]);

  const expected = plan.articles.flatMap((a) => a.operations.flatMap(expectedRequests));
  const actual = sim.writes().map((w) => `${w.method} ${w.route}`);
  expect([...actual].sort()).toEqual([...expected].sort());
  // And no read beyond those the operations need: a run with files to attach lists only those articles.
  const reads = sim.requests.filter((r) => r.method === 'GET').map((r) => `${r.method} ${r.route}`);
  expect(reads.sort()).toEqual(plan.articles.flatMap((a) => a.operations.flatMap(expectedReads)).sort());

  // Per article, in the plan's order: each article's requests are counted in its outcome.
  for (const a of plan.articles) {
    expect(outcomes.get(a.key)!.requests, a.key).toBe(a.operations.flatMap(expectedRequests).length);
  }
  // And the order within one article: the draft, its files associated with it, then the bodies that use them.
  const created = outcomes.get('new')!.articleId!;
  const ofNew = sim.writes().filter((w) => createdTitle(w.body) === 'New' || w.path.includes(`/articles/${created}/`));
  expect(ofNew.map((w) => `${w.method} ${w.route}`)).toEqual([
    'POST /api/v2/help_center/sections/:id/articles',
    'POST /api/v2/help_center/articles/:id/bulk_attachments',
    'PUT /api/v2/help_center/articles/:id/translations/:locale',
    'PUT /api/v2/help_center/articles/:id/translations/:locale',
  ]);
});
