/**
 * The CLI as a person sees it: run in a pseudo-terminal (util-linux `script`), its output read
 * back as a screen (xterm.js, headless). A publish held up by Zendesk's rate limit shows a bar and
 * a countdown that are redrawn in place and gone at the end; outcomes are coloured. With NO_COLOR
 * or CI=true, the same run prints plain lines, without one escape sequence.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULTS_YML, DocsTree } from '../helpers/docs-tree.js';
import { hasScript, PtyRun } from '../helpers/pty.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTICLES = 14;

let sim: Simulator;
let tree: DocsTree;
beforeAll(async () => {
  if (!hasScript()) throw new Error('these tests need `script` from util-linux (apt-get install util-linux)');
  tree = await DocsTree.create({
    'docs/_defaults.yml': DEFAULTS_YML,
    ...Object.fromEntries(
      Array.from({ length: ARTICLES }, (_, i) => [`docs/article-${i}.md`, `---\ntitle: Article ${i}\n---\nBody ${i}.\n`]),
    ),
  });
});
beforeEach(async () => {
  await sim?.close();
  // Six requests per three-second window: more articles than that cannot be written without a
  // 429, whenever the window turns, so every publish waits (on Retry-After, or on the announced
  // ratelimit-reset once the budget is spent) at least once.
  sim = await startSimulator({ rateLimitPerMinute: 6, rateLimitWindowMs: 3000 });
});
afterAll(async () => {
  await sim?.close();
});

/** The CLI from source, in a terminal, with the simulator's credentials; `extra` on top of a clean environment. */
function cli(args: string[], extra: Record<string, string> = {}, pty: { sizeless?: boolean; cols?: number } = {}): PtyRun {
  const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm-256color' };
  // The host's CI (this suite runs in CI) or NO_COLOR must not decide what these tests see.
  delete env.CI;
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  Object.assign(env, {
    ZENDESK_URL: sim.url,
    ZENDESK_OAUTH_CLIENT_ID: sim.credentials.oauthClientId,
    ZENDESK_OAUTH_CLIENT_SECRET: sim.credentials.oauthClientSecret,
    ...extra,
  });
  return new PtyRun([process.execPath, '--import', 'tsx', 'src/cli.ts', ...args, '--repo', tree.repo], { env, cwd: ROOT, ...pty });
}

const BAR = new RegExp(`^[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] Publishing [━─]+ \\d+/${ARTICLES} articles$`);
const WAIT = /^ {2}waiting \d+ s: Zendesk rate limit, (Retry-After|ratelimit-reset)$/;
const ESC = '\u001b';

describe('in a terminal', () => {
  it('a publish shows a progress bar and the rate-limit countdown in place, then only the coloured report', async () => {
    const run = cli(['publish']);
    const waiting = await run.waitFor((screen) => screen.some((l, i) => BAR.test(l) && WAIT.test(screen[i + 1] ?? '')));
    // One live area: a single bar and a single countdown, under the log lines.
    expect(waiting.filter((l) => BAR.test(l))).toHaveLength(1);
    expect(waiting.filter((l) => WAIT.test(l))).toHaveLength(1);
    expect(waiting).toContain('── Publishing');

    // The countdown counts down: the same line, redrawn with fewer seconds.
    const seconds = (screen: string[]) => Number(/waiting (\d+) s/.exec(screen.find((l) => WAIT.test(l)) ?? '')?.[1]);
    const first = seconds(waiting);
    if (first > 1) await run.waitFor((screen) => seconds(screen) < first || !screen.some((l) => WAIT.test(l)));

    expect(await run.exited).toBe(0);
    const screen = run.screen();
    expect(screen).toContain(`🚀 Published: ${ARTICLES} created, 0 updated, 0 unchanged.`);
    // The live area is gone: no bar, no countdown, no spinner left behind.
    expect(screen.filter((l) => BAR.test(l) || WAIT.test(l) || /^[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] /.test(l))).toEqual([]);
    expect(screen.filter((l) => /^ {2}created {5}docs\/article-\d+\.md \(#\d+\) — new file$/.test(l))).toHaveLength(ARTICLES);
    // Zero once the pacer waits for the announced reset instead of meeting the 429.
    expect(screen.at(-1)).toMatch(/^ {2}\d+ Zendesk requests, \d+ rate-limited$/);
    // Colour: what happened in green, the verdict in green, the detail dimmed.
    expect(run.colorOf('created     docs/')).toBe(2);
    expect(run.colorOf('🚀 Published')).toBe(2);
    // The cursor, hidden while the display was live, is shown again.
    expect(run.raw.lastIndexOf(`${ESC}[?25h`)).toBeGreaterThan(run.raw.lastIndexOf(`${ESC}[?25l`));
  });

  it('a terminal that reports no size (0 columns, 0 rows) still shows the live progress, drawn at 80 columns', async () => {
    // Without the fallback size, log-update draws nothing here but its hide-cursor code.
    const run = cli(['publish'], {}, { sizeless: true, cols: 120 });
    const live = await run.waitFor((screen) => screen.some((l) => BAR.test(l)));
    expect(live.filter((l) => BAR.test(l))).toHaveLength(1);
    expect(await run.exited).toBe(0);
    const screen = run.screen();
    expect(screen).toContain(`🚀 Published: ${ARTICLES} created, 0 updated, 0 unchanged.`);
    expect(screen.filter((l) => BAR.test(l))).toEqual([]);
  });

  it('errors and warnings are coloured and stay on screen above the live area', async () => {
    await tree.write({ 'docs/broken.md': '---\ntitle: Broken\nsection: Nowhere\n---\n![missing](nope.png)\n' });
    try {
      const run = cli(['plan']);
      expect(await run.exited).toBe(1);
      const screen = run.screen();
      expect(screen).toContain('error: docs/broken.md:5:1: file "nope.png" does not exist');
      expect(run.colorOf('error:')).toBe(1);
    } finally {
      await tree.remove('docs/broken.md');
    }
  });

  it.each([
    ['NO_COLOR=1', { NO_COLOR: '1' }],
    ['CI=true', { CI: 'true' }],
  ])('with %s: plain lines, one per event, and not one escape sequence', async (_name, env) => {
    const run = cli(['publish'], env);
    expect(await run.exited).toBe(0);
    expect(run.raw).not.toContain(ESC);
    const screen = run.screen();
    expect(screen.filter((l) => /^waiting \d+ s: Zendesk rate limit, (Retry-After|ratelimit-reset)$/.test(l)).length).toBeGreaterThan(0);
    expect(screen).toContain(`publishing ${ARTICLES} articles`);
    // Progress as a few lines (about one per tenth of the work), the last one for the last article.
    const done = screen.filter((l) => /^\d+\/\d+ docs\/article-\d+\.md$/.test(l));
    expect(done.length).toBeGreaterThan(1);
    expect(done.length).toBeLessThanOrEqual(ARTICLES);
    expect(done.at(-1)).toMatch(new RegExp(`^${ARTICLES}/${ARTICLES} `));
    expect(screen).toContain(`🚀 Published: ${ARTICLES} created, 0 updated, 0 unchanged.`);
  });
});
