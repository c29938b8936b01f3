/**
 * A state record held twice: two first publishes at once (before the publish lease) each create
 * one. The run must find both, say which it keeps (the oldest that reads), and read the entries
 * only the other holds; a dry run only says so, and a publish writes those entries into the kept
 * copy and archives the other (developer.zendesk.com/api-reference/help_center/help-center-api/articles/#archive-article:
 * archived, not deleted, so a person can restore it). The run after writes nothing.
 */
import { afterEach, expect, it } from 'vitest';
import { parseState, parseStateShard, stateHtml, stateTitle, STATE_TITLE, type StateRecord } from '../../src/plan/state.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import { AGENTS_GROUP, SECTION, call } from '../zendesk-sim/test-helpers.js';
import { DEFAULTS_YML, DocsTree, contentWrites, publish } from '../helpers/docs-tree.js';

let sims: Simulator[] = [];
afterEach(async () => {
  await Promise.all(sims.map((s) => s.close()));
  sims = [];
});

async function newSim(): Promise<Simulator> {
  const sim = await startSimulator();
  sims.push(sim);
  return sim;
}

function files(n: number): Record<string, string> {
  const out: Record<string, string> = { 'docs/_defaults.yml': DEFAULTS_YML };
  for (let i = 0; i < n; i++) out[`docs/a${i}.md`] = `---\ntitle: Article ${i}\n---\nText ${i}.\n`;
  return out;
}

/** The live state articles: id and record. */
function records(sim: Simulator): { id: number; state: StateRecord | undefined }[] {
  return sim.store
    .liveArticles()
    .filter((a) => sim.store.sourceTranslation(a).title.startsWith(STATE_TITLE))
    .map((a) => ({ id: a.id, state: parseState(sim.store.sourceTranslation(a).body) }));
}

/** Writes a record article's body over HTTP, as a run of the tool would. */
async function putRecord(sim: Simulator, id: number, state: StateRecord): Promise<void> {
  const res = await call(sim, 'PUT', `/api/v2/help_center/articles/${id}/translations/en-us`, {
    json: { translation: { title: stateTitle(state.ns ?? state.root), body: stateHtml(state), draft: true } },
  });
  expect(res.status).toBe(200);
}

/** Creates a second record article over HTTP, as the other of two first publishes would. */
async function postRecord(sim: Simulator, state: StateRecord): Promise<number> {
  const res = await call<{ article: { id: number } }>(sim, 'POST', `/api/v2/help_center/sections/${SECTION}/articles`, {
    json: {
      article: {
        locale: 'en-us',
        title: stateTitle(state.ns ?? state.root),
        body: stateHtml(state),
        draft: true,
        permission_group_id: AGENTS_GROUP,
        user_segment_id: null,
      },
    },
  });
  expect(res.status).toBe(201);
  return res.body.article.id;
}

const warningsOf = (report: { diagnostics: { severity: string; file: string; message: string; hint?: string }[] }) =>
  report.diagnostics.filter((d) => d.severity === 'warning' && d.message.includes('state record'));

it('two records with different entries: named in a dry run (no write), merged into the oldest and the other archived by a publish', async () => {
  const sim = await newSim();
  const tree = await DocsTree.create(files(3));
  await publish(sim, tree);
  const [first] = records(sim);
  const whole = first!.state!;
  expect(Object.keys(whole.articles).sort()).toEqual(['a0', 'a1', 'a2']);
  // As two first publishes would leave them: a0 and a1 in the older record, a2 in a newer one.
  const { a2, ...older } = whole.articles;
  await putRecord(sim, first!.id, { ...whole, articles: older });
  const second = await postRecord(sim, { ...whole, articles: { a2: a2! } });

  sim.resetLog();
  const dry = await publish(sim, tree, { mode: 'dry-run' });
  expect(sim.writes()).toEqual([]);
  expect(warningsOf(dry.report)).toEqual([
    expect.objectContaining({
      file: 'docs',
      message: `the state record of ${whole.ns} is held twice: #${first!.id} and #${second}; #${first!.id} is kept (the oldest); the entry only #${second} holds is read from it`,
      hint: `a publish merges them into #${first!.id} and archives #${second}`,
    }),
  ]);
  expect(dry.report.counts).toMatchObject({ created: 0, updated: 0 });

  sim.resetLog();
  const run = await publish(sim, tree);
  expect(run.report.counts).toMatchObject({ created: 0, updated: 0, failed: 0 });
  expect(warningsOf(run.report)).toHaveLength(1);
  expect(run.log.join('\n')).toContain(
    `State record of ${whole.ns}: kept #${first!.id} for part 0/0 (the oldest) and archived the extra copy #${second}, merging in the entry only it held.`,
  );
  expect(contentWrites(sim)).toEqual(['DELETE /api/v2/help_center/articles/:id']);
  expect(sim.writes().some((w) => w.method === 'DELETE' && w.path.endsWith(`/articles/${second}`))).toBe(true);
  const left = records(sim);
  expect(left.map((r) => r.id)).toEqual([first!.id]);
  expect(left[0]!.state!.articles).toEqual(whole.articles);
  expect(sim.store.liveArticles().filter((a) => sim.store.sourceTranslation(a).title.startsWith('Article '))).toHaveLength(3);

  sim.resetLog();
  const again = await publish(sim, tree);
  expect(sim.writes()).toEqual([]);
  expect(warningsOf(again.report)).toEqual([]);
});

it('a damaged copy is not the one kept, even when older', async () => {
  const sim = await newSim();
  const tree = await DocsTree.create(files(2));
  await publish(sim, tree);
  const [first] = records(sim);
  const whole = first!.state!;
  const second = await postRecord(sim, whole);
  // The older copy's payload is damaged (edited in Guide): its tag still says whose it is.
  const damaged = stateHtml(whole).replace(/(<pre[^>]*>)[\s\S]*?(<\/pre>)/, '$1not a record$2');
  expect(parseStateShard(damaged)?.ns).toBe(whole.ns);
  const res = await call(sim, 'PUT', `/api/v2/help_center/articles/${first!.id}/translations/en-us`, {
    json: { translation: { body: damaged } },
  });
  expect(res.status).toBe(200);

  const dry = await publish(sim, tree, { mode: 'dry-run' });
  expect(warningsOf(dry.report).map((w) => w.message)).toEqual([
    `the state record of ${whole.ns} is held twice: #${second} and #${first!.id}; #${second} is kept (the others cannot be read)`,
  ]);
  await publish(sim, tree);
  expect(records(sim).map((r) => r.id)).toEqual([second]);
  expect(records(sim)[0]!.state!.articles).toEqual(whole.articles);
  sim.resetLog();
  await publish(sim, tree);
  expect(sim.writes()).toEqual([]);
});
