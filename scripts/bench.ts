/**
 * `npm run bench`: measures requests, rate-limit behaviour, wall time, CPU and memory of the
 * built CLI (dist/cli/index.js, run in a child process so the simulator's own memory is not
 * counted) against the bundled simulator with latency and a rate limit. Prints one Markdown
 * table. Numbers are for reading, never asserted in tests.
 *
 * Options: --articles N (default 1000), --big N (default 10000; 0 skips the memory run),
 * --latency MS (50), --limit N per minute (7000), --window S (20: the limit is scaled to this
 * window so a run spans several windows in seconds), --concurrency N (12), --import-only (only
 * the import of a hand-made help center and the publish of its result), --real-limits (the
 * largest help center at Zendesk's real limits instead: see scripts/bench-real-limits.ts, with
 * --articles (39980 there), --section-size, --slice, --shared, --import-articles and --first-publish), --lists (how rendering
 * grows with a list's length: see scripts/bench-lists.ts, with --sizes and --upstream-max), --media
 * (only files: a first publish of --articles articles × 3 locales that all embed the same 2 images,
 * then a second run: requests per article, uploads and bytes against the distinct files).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startSimulator, type Simulator } from '../test/zendesk-sim/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    big: { type: 'string', default: '10000' },
    latency: { type: 'string', default: '50' },
    limit: { type: 'string', default: '7000' },
    window: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '12' },
    'import-only': { type: 'boolean', default: false },
    'real-limits': { type: 'boolean', default: false },
    slice: { type: 'string', default: '2000' },
    shared: { type: 'string', default: '50' },
    'import-articles': { type: 'string', default: '39980' },
    'section-size': { type: 'string', default: '400' },
    'first-publish': { type: 'string', default: '0' },
    hold: { type: 'boolean', default: false },
    reads: { type: 'string', default: 'true' },
    media: { type: 'boolean', default: false },
    lists: { type: 'boolean', default: false },
    sizes: { type: 'string', default: '10000,40000,100000' },
    'upstream-max': { type: 'string', default: '40000' },
  },
});
const N = Number(values.articles ?? '1000');
const BIG = Number(values.big);
const LATENCY = Number(values.latency);
const LIMIT_PER_MIN = Number(values.limit);
const WINDOW_S = Number(values.window);
const PER_WINDOW = Math.round((LIMIT_PER_MIN * WINDOW_S) / 60);
const LOCALES = ['fr', 'de'];

interface Row {
  scenario: string;
  articles: number;
  locales: number;
  images: number;
  requests: number;
  r429: number;
  wallS: number;
  share: string;
  rssMb: number;
  cpuS: number;
  note: string;
}

function png(seed: number): Buffer {
  // A valid 1x1 PNG plus trailing bytes: distinct content (and hash) per seed.
  const base = Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f0c3a60000000049454e44ae426082',
    'hex',
  );
  return Buffer.concat([base, Buffer.from(`#${seed}`)]);
}

function body(i: number, variant: string, withImages: boolean | 'shared'): string {
  const paras = Array.from(
    { length: 8 },
    (_, p) =>
      `Paragraph ${p} of article ${i}${variant}. Configure the **option ${p}** in *Settings*, then save; see \`acme --flag-${p}\` for details.`,
  );
  return [
    ...paras.slice(0, 4),
    withImages === 'shared'
      ? '![Step one](../shared/step-1.png)\n\n![Step two](../shared/step-2.png)'
      : withImages
        ? `![Step one](img/a${i}-1.png)\n\n![Step two](img/a${i}-2.png)`
        : '',
    '| Setting | Default | Notes |\n| --- | --- | --- |\n| timeout | 30 s | per request |\n| retries | 3 | with backoff |',
    '```shell\nacme configure --timeout 30\nacme sync --all\n```',
    ...paras.slice(4),
  ].join('\n\n');
}

async function writeTree(
  dir: string,
  count: number,
  options: { locales: string[]; images: boolean | 'shared'; variant?: (i: number) => string },
) {
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(path.join(dir, 'docs/shared'), { recursive: true });
  await fs.writeFile(path.join(dir, 'docs/shared/step-1.png'), png(-1));
  await fs.writeFile(path.join(dir, 'docs/shared/step-2.png'), png(-2));
  await fs.writeFile(path.join(dir, 'docs/_defaults.yml'), 'section: Installation\npermission_group: Agents\nuser_segment: everyone\n');
  for (let i = 0; i < count; i++) {
    const folder = path.join(dir, 'docs', `topic-${Math.floor(i / 100)}`);
    await fs.mkdir(path.join(folder, 'img'), { recursive: true });
    const v = options.variant?.(i) ?? '';
    await fs.writeFile(
      path.join(folder, `article-${i}.md`),
      `---\ntitle: Article ${i}\nlabels: [bench]\n---\n${body(i, v, options.images)}\n`,
    );
    for (const locale of options.locales) {
      await fs.writeFile(
        path.join(folder, `article-${i}.${locale}.md`),
        `---\ntitle: Article ${i} (${locale})\n---\n${body(i, ` ${locale}${v}`, options.images)}\n`,
      );
    }
    if (options.images === true) {
      await fs.writeFile(path.join(folder, `img/a${i}-1.png`), png(i * 2));
      await fs.writeFile(path.join(folder, `img/a${i}-2.png`), png(i * 2 + 1));
    }
  }
}

async function runCli(sim: Simulator, repo: string, command: 'plan' | 'publish' | 'import', concurrency: string) {
  const started = process.hrtime.bigint();
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'scripts/measure-child.mjs'),
      path.join(ROOT, 'dist/cli/index.js'),
      command,
      '--repo',
      repo,
      '--path',
      'docs',
      '--concurrency',
      concurrency,
    ],
    {
      env: {
        PATH: process.env.PATH ?? '',
        ZENDESK_URL: sim.url,
        ZENDESK_OAUTH_CLIENT_ID: sim.credentials.oauthClientId,
        ZENDESK_OAUTH_CLIENT_SECRET: sim.credentials.oauthClientSecret,
      },
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? -1)));
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  const m = /BENCH (\{.*\})/.exec(stderr);
  if (code !== 0 || !m) throw new Error(`CLI exited ${code}\n${stdout}\n${stderr.slice(-3000)}`);
  const usage = JSON.parse(m[1]!) as { maxRssMb: number; cpuS: number };
  return { wallS, ...usage, stdout };
}

function apiRequests(sim: Simulator) {
  const api = sim.requests.filter((r) => r.path.startsWith('/api/v2/'));
  const writes = sim.writes();
  // Sustained throughput is measured over the publishing phase (first to last write), where
  // the rate limit is what should bind; reading and rendering before it is reported as wall time.
  const first = writes[0]?.at ?? 0;
  const last = writes[writes.length - 1]?.at ?? 0;
  const during = api.filter((r) => r.at >= first && r.at <= last);
  const r429 = api.filter((r) => r.status === 429);
  const firstMinute = r429.length ? r429[0]!.at + 60_000 : 0;
  return {
    requests: api.length,
    r429: r429.length,
    r429AfterFirstMinute: r429.filter((r) => r.at > firstMinute).length,
    writes: writes.length,
    applyS: (last - first) / 1000,
    applyRequests: during.length,
  };
}

async function scenario(
  sim: Simulator,
  name: string,
  repo: string,
  command: 'plan' | 'publish' | 'import',
  shape: { articles: number; locales: number; images: number },
  note: (r: { requests: number; writes: number; downloads: number }) => string = () => '',
): Promise<Row> {
  sim.resetLog();
  const run = await runCli(sim, repo, command, values.concurrency);
  const { requests, r429, writes, applyS, applyRequests, r429AfterFirstMinute } = apiRequests(sim);
  const downloads = sim.requests.filter((r) => r.path.startsWith('/hc/article_attachments/')).length;
  const perSecond = applyS > 1 ? applyRequests / applyS : 0;
  return {
    scenario: name,
    ...shape,
    requests,
    r429,
    wallS: run.wallS,
    share: perSecond ? `${Math.round((perSecond / (PER_WINDOW / WINDOW_S)) * 100)} % over ${applyS.toFixed(0)} s` : '–',
    rssMb: run.maxRssMb,
    cpuS: run.cpuS,
    note: [note({ requests, writes, downloads }), r429 ? `${r429AfterFirstMinute} 429s after the first minute` : '']
      .filter(Boolean)
      .join('; '),
  };
}

async function coldStart(sim: Simulator): Promise<number> {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-cold-'));
  await fs.mkdir(path.join(tmp, 'docs'));
  sim.resetLog();
  const started = Date.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/index.js')], {
    env: {
      PATH: process.env.PATH ?? '',
      GITHUB_WORKSPACE: tmp,
      RUNNER_TEMP: tmp,
      GITHUB_EVENT_NAME: 'push',
      'INPUT_ZENDESK-URL': sim.url,
      'INPUT_ZENDESK-OAUTH-TOKEN': sim.credentials.oauthToken,
      INPUT_PATH: 'docs',
    },
    stdio: 'ignore',
  });
  await new Promise((r) => child.on('close', r));
  const first = sim.requests[0];
  if (!first) throw new Error('the action made no request');
  return first.at - started;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** Bodies as Guide's editor stores them: headings, paragraphs, a table, code, two images. */
function guideBody(i: number, locale: string, images: [string, string]): string {
  const paras = Array.from(
    { length: 8 },
    (_, p) =>
      `<p>Paragraph ${p} of article ${i} (${locale}). Configure the <strong>option ${p}</strong> in <em>Settings</em>, then save; see <code>acme --flag-${p}</code>.</p>`,
  );
  return [
    '<h2>Before you start</h2>',
    ...paras.slice(0, 4),
    `<p><img src="${images[0]}" alt="Step one"></p><p><img src="${images[1]}" alt="Step two"></p>`,
    '<table><thead><tr><th>Setting</th><th>Default</th></tr></thead><tbody><tr><td>timeout</td><td>30 s</td></tr></tbody></table>',
    '<pre><code class="language-shell">acme configure --timeout 30\nacme sync --all\n</code></pre>',
    '<h2>Next steps</h2>',
    ...paras.slice(4),
  ].join('');
}

function seedGuide(sim: Simulator, count: number): void {
  const { store } = sim;
  for (let i = 0; i < count; i++) {
    const a = store.createArticleDirect({
      section_id: 360000200001 + (i % 5),
      title: `Hand-made article ${i}`,
      body: '<p>draft</p>',
      permission_group_id: 360000300001,
      user_segment_id: null,
      label_names: ['bench'],
      translations: LOCALES.map((locale) => ({ locale, title: `Hand-made article ${i} (${locale})`, body: '<p>draft</p>', draft: false })),
    }) as { id: number };
    const urls = [1, 2].map((n) => {
      const att = store.createAttachment(
        { file: { fileName: `step-${n}.png`, contentType: 'image/png', data: png(i * 2 + n) }, inline: true },
        a.id,
      );
      return `${sim.url}/hc/article_attachments/${att.id}/${att.file_name}`;
    }) as [string, string];
    for (const locale of ['en-us', ...LOCALES]) store.editTranslationDirect(a.id, locale, { body: guideBody(i, locale, urls) });
  }
}

/**
 * `--media`: how files reach Zendesk. Every article and translation embeds the same two images:
 * each distinct file is uploaded once (upload URL, PUT to the storage, media) and every article
 * is then created whole in one request; the second run writes and uploads nothing.
 */
async function mediaBench(work: string): Promise<void> {
  const sim = await startSimulator({ latencyMs: LATENCY, rateLimitPerMinute: PER_WINDOW, rateLimitWindowMs: WINDOW_S * 1000 });
  try {
    const repo = path.join(work, 'media');
    process.stderr.write(`generating ${N} articles × ${LOCALES.length + 1} locales sharing 2 images…\n`);
    await writeTree(repo, N, { locales: LOCALES, images: 'shared' });
    const lines = [
      '| run | requests | per article | writes | uploads (PUT) | bytes PUT | distinct files | media in library | wall s |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ];
    const distinctBytes = png(-1).length + png(-2).length;
    for (const name of ['first publish', 'second run']) {
      sim.resetLog();
      sim.storage.length = 0;
      const run = await runCli(sim, repo, 'publish', values.concurrency);
      const { requests, writes } = apiRequests(sim);
      const puts = sim.storage.filter((r) => r.status === 200);
      const bytes = puts.reduce((n, r) => n + r.bytes, 0);
      lines.push(
        `| ${name} | ${requests} | ${fmt(requests / N, 2)} | ${writes} | ${puts.length} | ${bytes} | 2 (${distinctBytes} bytes) | ${sim.store.media().medias.length} | ${fmt(run.wallS, 1)} |`,
      );
    }
    console.log(lines.join('\n'));
  } finally {
    await sim.close();
  }
}

/** `--articles 0`: only the large dry run and the cold start. */
class SkipMain extends Error {}

async function main() {
  await fs.access(path.join(ROOT, 'dist/cli/index.js')).catch(() => {
    throw new Error('dist/ is missing: run npm run build first');
  });
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-bench-'));
  if (values.media) return mediaBench(work);
  const rows: Row[] = [];
  const sim = await startSimulator({ latencyMs: LATENCY, rateLimitPerMinute: PER_WINDOW, rateLimitWindowMs: WINDOW_S * 1000 });
  try {
    if (N === 0 || values['import-only']) throw new SkipMain();
    const repo = path.join(work, 'main');
    process.stderr.write(`generating ${N} articles × ${LOCALES.length + 1} locales × 2 images…\n`);
    await writeTree(repo, N, { locales: LOCALES, images: true });
    const shape = { articles: N, locales: LOCALES.length + 1, images: 2 };
    process.stderr.write('first publish…\n');
    rows.push(
      await scenario(sim, 'first publish', repo, 'publish', shape, ({ requests }) => {
        // One create (a draft, its images stubbed), each image uploaded onto it, each locale's body written with them.
        const budget = N * (1 + 2 + LOCALES.length + 1);
        return `budget ${budget} + snapshot; ${fmt((requests - 6) / N, 2)} per article`;
      }),
    );
    process.stderr.write('no-op…\n');
    rows.push(await scenario(sim, 'no-op sync', repo, 'publish', shape, ({ writes }) => `${writes} writes`));
    process.stderr.write('10 % changed…\n');
    await writeTree(repo, N, { locales: LOCALES, images: true, variant: (i) => (i % 10 === 0 ? ' (revised)' : '') });
    rows.push(await scenario(sim, '10 % changed', repo, 'publish', shape, ({ writes }) => `${writes} writes`));
    process.stderr.write('dry run…\n');
    rows.push(await scenario(sim, 'dry run (warm)', repo, 'plan', shape, ({ writes }) => `${writes} writes`));
  } catch (error) {
    if (!(error instanceof SkipMain)) throw error;
  } finally {
    await sim.close();
  }

  if (BIG > 0 && !values['import-only']) {
    // Seeding 10,000 articles is setup, not the measurement: no latency, no limit.
    const big = await startSimulator({ latencyMs: 0, rateLimitPerMinute: 0 });
    try {
      const repo = path.join(work, 'big');
      process.stderr.write(`generating and seeding ${BIG} articles…\n`);
      await writeTree(repo, BIG, { locales: [], images: false });
      await runCli(big, repo, 'publish', '16');
      big.setOptions({ latencyMs: LATENCY });
      process.stderr.write('dry run at scale…\n');
      rows.push(
        await scenario(
          big,
          `dry run (warm), ${BIG}`,
          repo,
          'plan',
          { articles: BIG, locales: 1, images: 0 },
          ({ writes }) => `${writes} writes`,
        ),
      );
      // A pull request that edits a tenth of them: the dry run diffs 1,000 translations against
      // their stored bodies, read back from the spool.
      await writeTree(repo, BIG, { locales: [], images: false, variant: (i) => (i % 10 === 0 ? ' (revised)' : '') });
      process.stderr.write('dry run at scale, 10 % changed…\n');
      rows.push(
        await scenario(
          big,
          `dry run, 10 % changed, ${BIG}`,
          repo,
          'plan',
          { articles: BIG, locales: 1, images: 0 },
          ({ writes }) => `${writes} writes; ${BIG / 10} translations diffed`,
        ),
      );
    } finally {
      await big.close();
    }
  }

  if (N > 0) {
    // A help center made by hand in Guide (no markers), seeded in process: setup, not measured.
    const guide = await startSimulator({ latencyMs: 0, rateLimitPerMinute: 0 });
    try {
      process.stderr.write(`seeding ${N} hand-made articles × 3 locales × 2 images…\n`);
      seedGuide(guide, N);
      guide.setOptions({ latencyMs: LATENCY, rateLimitPerMinute: PER_WINDOW, rateLimitWindowMs: WINDOW_S * 1000 });
      const repo = path.join(work, 'imported');
      await fs.mkdir(repo, { recursive: true });
      const shape = { articles: N, locales: 3, images: 2 };
      process.stderr.write('import…\n');
      rows.push(
        await scenario(
          guide,
          'import',
          repo,
          'import',
          shape,
          ({ requests, downloads }) => `${requests} API requests + ${downloads} downloads`,
        ),
      );
      process.stderr.write('publish of the import…\n');
      rows.push(await scenario(guide, 'publish of the import (no-op)', repo, 'publish', shape, ({ writes }) => `${writes} writes`));
    } finally {
      await guide.close();
    }
  }

  const coldSim = await startSimulator();
  let coldMs: number;
  try {
    coldMs = await coldStart(coldSim);
  } finally {
    await coldSim.close();
  }
  const bundleKb = (await fs.stat(path.join(ROOT, 'dist/index.js'))).size / 1024;
  await fs.rm(work, { recursive: true, force: true });

  const lines = [
    `Simulator: ${LATENCY} ms latency, rate limit ${LIMIT_PER_MIN}/min (scaled: ${PER_WINDOW} per ${WINDOW_S} s window), concurrency ${values.concurrency}; ${os.cpus().length} cores, Node ${process.version}.`,
    '',
    '| scenario | articles | locales | images | requests | 429s | wall s | publishing req/s vs limit | peak RSS MB | CPU s | notes |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(
      (r) =>
        `| ${r.scenario} | ${r.articles} | ${r.locales} | ${r.images} | ${r.requests} | ${r.r429} | ${fmt(r.wallS)} | ${r.share} | ${fmt(r.rssMb, 0)} | ${fmt(r.cpuS)} | ${r.note} |`,
    ),
    '',
    `Cold start of dist/index.js to its first request: ${coldMs} ms. Bundle: dist/index.js ${fmt(bundleKb, 0)} KB.`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

if (values.lists) {
  const { benchLists } = await import('./bench-lists.js');
  await benchLists({ sizes: values.sizes.split(',').map(Number), upstreamMax: Number(values['upstream-max']) });
} else if (values['real-limits']) {
  await fs.access(path.join(ROOT, 'dist/cli/index.js')).catch(() => {
    throw new Error('dist/ is missing: run npm run build first');
  });
  const { realLimits } = await import('./bench-real-limits.js');
  await realLimits(
    { runCli, writeTree, png, body, concurrency: values.concurrency },
    {
      articles: Number(values.articles ?? '39980'),
      sectionSize: Number(values['section-size']),
      firstPublish: Number(values['first-publish']),
      slice: Number(values.slice),
      shared: Number(values.shared),
      importArticles: Number(values['import-articles']),
      hold: values.hold,
      reads: values.reads !== 'false',
    },
  );
} else {
  await main();
}
