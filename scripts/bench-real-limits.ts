/**
 * `npm run bench -- --real-limits`: the largest help center Zendesk allows (40,000 articles, the
 * tool's record among them: 39,980 articles × 3 locales = 119,940 translations and the record's
 * parts, in sections of 400: Guide holds at most 5,000 in one) at
 * Zendesk's real limits: 700 requests a minute on the account, 10 a minute on the incremental
 * export, 50 ms latency. Prints one Markdown table.
 *
 * Seeding 40,000 translations through the tool would take an hour of rendering, so the help
 * center is seeded the way the tool would have published it: one article is published by the
 * tool, and its stored translations (marker included) are copied onto the others with their own
 * key, in a tree where every file has that article's content. A publish with no limits then
 * takes the help center as its own (it writes the state record), and the measured runs start.
 * Options: --articles N (39980), --section-size N (400), --slice N (2000: the first publish
 * measured at the real limit), --shared N (50: articles sharing the same two images),
 * --import-articles N (40000; 0 skips), --first-publish N (0: a first publish of N articles
 * with no limits, for requests per article and peak RSS; 0 skips),
 * --reads false (the import alone, without the no-op, dry run and cursor read), --hold (after the takeover, keep the big help center up, with no limits, until Ctrl-C: for profiling).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createConsoleLogger } from '../src/logger.js';
import { ZendeskClient } from '../src/remote/client.js';
import { startSimulator, type Simulator } from '../test/zendesk-sim/index.js';

export interface BenchTools {
  runCli: (
    sim: Simulator,
    repo: string,
    command: 'plan' | 'publish' | 'import',
    concurrency: string,
  ) => Promise<{ wallS: number; maxRssMb: number; cpuS: number; stdout: string }>;
  writeTree: (dir: string, count: number, options: { locales: string[]; images: boolean }) => Promise<void>;
  png: (seed: number) => Buffer;
  body: (i: number, variant: string, withImages: boolean) => string;
  concurrency: string;
}

const REAL = { latencyMs: 50, rateLimitPerMinute: 700, incrementalRateLimitPerMinute: 10, rateLimitWindowMs: 60_000 };
const OFF = { latencyMs: 0, rateLimitPerMinute: 0, incrementalRateLimitPerMinute: 0 };
const LOCALES = ['fr', 'de'];
const DEFAULTS = 'section: Installation\npermission_group: Agents\nuser_segment: everyone\n';

interface Row {
  scenario: string;
  translations: number;
  requests: number;
  exportPages: number;
  r429: number;
  wallS: number;
  rate: string;
  rssMb: number;
  cpuS: number;
  note: string;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
let sectionSize = 400;
const folderOf = (i: number) => `topic-${Math.floor(i / sectionSize)}`;
const sectionName = (folder: string) => `Section ${folder}`;

function counts(sim: Simulator) {
  const api = sim.requests.filter((r) => r.path.startsWith('/api/v2/'));
  const r429 = api.filter((r) => r.status === 429);
  const firstMinute = r429.length ? r429[0]!.at + 60_000 : 0;
  const writes = sim.writes();
  const first = writes[0]?.at ?? 0;
  const last = writes[writes.length - 1]?.at ?? 0;
  const during = api.filter((r) => r.at >= first && r.at <= last);
  return {
    requests: api.length,
    exportPages: api.filter((r) => r.route.includes('incremental') && r.status === 200).length,
    listPages: api.filter((r) => r.query['sort_by'] === 'updated_at').length,
    r429: r429.length,
    r429AfterFirstMinute: r429.filter((r) => r.at > firstMinute).length,
    writes: writes.length,
    applyS: (last - first) / 1000,
    applyRequests: during.length,
  };
}

/** Every file has article 0's content, so one published article stands for all (see the top). */
async function writeClones(dir: string, n: number, body: BenchTools['body']): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(path.join(dir, 'docs'), { recursive: true });
  await fs.writeFile(path.join(dir, 'docs/_defaults.yml'), DEFAULTS);
  for (let i = 0; i < n; i++) {
    const folder = path.join(dir, 'docs', folderOf(i));
    if (i % sectionSize === 0) {
      await fs.mkdir(folder, { recursive: true });
      await fs.writeFile(path.join(folder, '_defaults.yml'), `section: ${sectionName(folderOf(i))}\n`);
    }
    await fs.writeFile(path.join(folder, `article-${i}.md`), `---\ntitle: Article\nlabels: [bench]\n---\n${body(0, '', false)}\n`);
    for (const locale of LOCALES) {
      await fs.writeFile(
        path.join(folder, `article-${i}.${locale}.md`),
        `---\ntitle: Article (${locale})\n---\n${body(0, ` ${locale}`, false)}\n`,
      );
    }
  }
}

export async function realLimits(
  tools: BenchTools,
  args: {
    articles: number;
    sectionSize?: number;
    slice: number;
    shared: number;
    importArticles: number;
    firstPublish?: number;
    hold?: boolean;
    /** false skips the no-op, the dry run and the cursor read (to measure the import alone). */
    reads?: boolean;
  },
) {
  sectionSize = args.sectionSize ?? 400;
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-real-'));
  const rows: Row[] = [];
  const say = (s: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${s}\n`);
  const row = (
    scenario: string,
    translations: number,
    sim: Simulator,
    run: { wallS: number; maxRssMb: number; cpuS: number },
    note: string,
  ) => {
    const c = counts(sim);
    // Each row as it is measured too, so a run stopped before its end still gives figures.
    say(
      `${scenario}: ${c.requests} requests, ${c.exportPages} export pages, ${c.listPages} list pages, ${c.r429} 429s, wall ${fmt(run.wallS)} s, CPU ${fmt(run.cpuS)} s, peak RSS ${fmt(run.maxRssMb, 0)} MB`,
    );
    const perSecond = c.applyS > 1 ? c.applyRequests / c.applyS : 0;
    rows.push({
      scenario,
      translations,
      requests: c.requests,
      exportPages: c.exportPages,
      r429: c.r429,
      wallS: run.wallS,
      rate: perSecond ? `${Math.round((perSecond / (REAL.rateLimitPerMinute / 60)) * 100)} % over ${fmt(c.applyS, 0)} s` : '–',
      rssMb: run.maxRssMb,
      cpuS: run.cpuS,
      note: [note, c.r429 ? `${c.r429AfterFirstMinute} 429s after the first minute` : ''].filter(Boolean).join('; '),
    });
    return c;
  };

  // Shared images: every article of a small tree uses the same two images, in every locale.
  if (args.shared > 0) {
    const sim = await startSimulator(REAL);
    try {
      const repo = path.join(work, 'shared');
      await fs.mkdir(path.join(repo, 'docs/img'), { recursive: true });
      await fs.writeFile(path.join(repo, 'docs/_defaults.yml'), DEFAULTS);
      const images = [tools.png(1), tools.png(2)];
      await fs.writeFile(path.join(repo, 'docs/img/shared-1.png'), images[0]!);
      await fs.writeFile(path.join(repo, 'docs/img/shared-2.png'), images[1]!);
      for (let i = 0; i < args.shared; i++) {
        const refs = '![Step one](img/shared-1.png)\n\n![Step two](img/shared-2.png)';
        await fs.writeFile(path.join(repo, `docs/article-${i}.md`), `---\ntitle: Shared ${i}\n---\nArticle ${i}.\n\n${refs}\n`);
        for (const l of LOCALES)
          await fs.writeFile(
            path.join(repo, `docs/article-${i}.${l}.md`),
            `---\ntitle: Shared ${i} (${l})\n---\nArticle ${i} ${l}.\n\n${refs}\n`,
          );
      }
      say(`shared images: ${args.shared} articles × 3 locales, the same 2 images…`);
      const run = await tools.runCli(sim, repo, 'publish', tools.concurrency);
      const uploads = sim.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/attachments'));
      const bytes = uploads.reduce((n, r) => n + ((r.body as { size?: number } | undefined)?.size ?? 0), 0);
      const distinct = images.reduce((n, b) => n + b.length, 0);
      row(
        'shared images, first publish',
        args.shared * 3,
        sim,
        run,
        `${uploads.length} uploads, ${bytes} bytes of images sent (${distinct} distinct bytes): each article uploads its own copy of each image once, whatever its locales`,
      );
    } finally {
      await sim.close();
    }
  }

  // First publish at the real limit, over a slice: 40,000 translations take 20+ minutes at 700 a minute.
  if (args.slice > 0) {
    const sim = await startSimulator(REAL);
    try {
      const repo = path.join(work, 'slice');
      say(`first publish: ${args.slice} articles × 3 locales at the real limit…`);
      await tools.writeTree(repo, args.slice, { locales: LOCALES, images: false });
      const run = await tools.runCli(sim, repo, 'publish', tools.concurrency);
      const c = counts(sim);
      row(
        `first publish (${args.slice}-article slice)`,
        args.slice * 3,
        sim,
        run,
        `${c.writes} writes; sustained rate over the publishing phase (first to last write)`,
      );
    } finally {
      await sim.close();
    }
  }

  // A first publish of the whole help center with no limits: requests per article and peak RSS.
  if (args.firstPublish) {
    const sim = await startSimulator(OFF);
    try {
      const repo = path.join(work, 'first');
      const count = args.firstPublish;
      say(`first publish: ${count} articles × 3 locales, no limits…`);
      await tools.writeTree(repo, count, { locales: LOCALES, images: false });
      // Guide counts every live article against its 40,000: the simulator's hand-made ones go.
      for (const a of sim.store.liveArticles()) sim.store.archiveArticle(a.id);
      // writeTree's folders hold 100 articles each: sections of `sectionSize` over them.
      const category = sim.store.sections[0]!.category_id;
      for (let folder = 0; folder * 100 < count; folder++) {
        const name = `First ${Math.floor((folder * 100) / sectionSize)}`;
        if (folder % Math.max(1, sectionSize / 100) === 0) sim.store.createSection(category, { locale: 'en-us', name }, 0);
        await fs.writeFile(path.join(repo, 'docs', `topic-${folder}`, '_defaults.yml'), `section: ${name}\n`);
      }
      const run = await tools.runCli(sim, repo, 'publish', tools.concurrency);
      const c = counts(sim);
      row('first publish (no limits)', count * 3, sim, run, `${c.writes} writes, ${fmt(c.requests / count, 2)} requests an article`);
    } finally {
      await sim.close();
    }
  }

  // The largest help center, seeded as the tool would have published it (see the top).
  const n = args.articles;
  if (n <= 0) {
    await fs.rm(work, { recursive: true, force: true });
    return print(rows, tools);
  }
  let skew = -(Math.ceil(n / 3) + 3600) * 1000;
  const sim = await startSimulator({ ...OFF, now: () => Date.now() + skew });
  try {
    const repo = path.join(work, 'big');
    const one = path.join(work, 'one');
    say(`writing ${n} articles × 3 locales…`);
    await writeClones(repo, n, tools.body);
    await writeClones(one, 1, tools.body);
    // Guide counts every live article against its 40,000, the record's parts included: the
    // simulator's hand-made ones go.
    for (const a of sim.store.liveArticles()) sim.store.archiveArticle(a.id);
    // One section per folder of `sectionSize` articles (Guide holds at most 5,000 in one).
    const category = sim.store.sections[0]!.category_id;
    const sections = new Map<string, number>();
    for (let i = 0; i < n; i += sectionSize)
      sections.set(folderOf(i), sim.store.createSection(category, { locale: 'en-us', name: sectionName(folderOf(i)) }, 0).id);
    await tools.runCli(sim, one, 'publish', '4');
    const source = sim.store.articles.find((a) =>
      sim.store.translationsOf('article', a.id).some((t) => t.body.includes('data-zgp-key="topic-0/article-0"')),
    );
    if (!source) throw new Error('the seed article was not published');
    const translations = sim.store.translationsOf('article', source.id);
    const main = translations.find((t) => t.locale === source.source_locale)!;
    say(`seeding ${n - 1} copies…`);
    for (let i = 1; i < n; i++) {
      // Three articles a second, as a help center grows: the export pages by change time.
      if (i % 3 === 0) skew += 1000;
      const key = (b: string) => b.replace('data-zgp-key="topic-0/article-0"', `data-zgp-key="${folderOf(i)}/article-${i}"`);
      sim.store.createArticleDirect({
        section_id: sections.get(folderOf(i))!,
        title: main.title,
        body: key(main.body),
        permission_group_id: source.permission_group_id,
        user_segment_id: source.user_segment_id,
        label_names: source.label_names,
        translations: translations
          .filter((t) => t !== main)
          .map((t) => ({ locale: t.locale, title: t.title, body: key(t.body), draft: t.draft })),
      });
    }
    skew = 0;
    say('taking it over (a publish with no limits: the state record)…');
    const takeover = await tools.runCli(sim, repo, 'publish', tools.concurrency);
    say(`  ${fmt(takeover.wallS)} s, ${counts(sim).writes} writes`);

    if (args.hold) {
      // For profiling the tool against the big help center: it stays up until Ctrl-C.
      say(
        `holding: ZENDESK_URL=${sim.url} ZENDESK_OAUTH_CLIENT_ID=${sim.credentials.oauthClientId} ZENDESK_OAUTH_CLIENT_SECRET=${sim.credentials.oauthClientSecret} --repo ${repo} --path docs (no limits; Ctrl-C ends)`,
      );
      await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
    }
    sim.setOptions(REAL);
    if (args.reads !== false) await reads(sim);
    async function reads(sim: Simulator): Promise<void> {
      say('no-op at the real limits…');
      sim.resetLog();
      const noop = await tools.runCli(sim, repo, 'publish', tools.concurrency);
      const c = row('no-op', n * 3, sim, noop, '');
      rows[rows.length - 1]!.note = [
        `${c.writes} writes; ${c.exportPages} export pages + ${c.listPages} list pages (the last a final check) + ${c.requests - c.exportPages - c.listPages} others`,
        rows[rows.length - 1]!.note,
      ]
        .filter(Boolean)
        .join('; ');

      say('dry run (warm)…');
      sim.resetLog();
      const dry = await tools.runCli(sim, repo, 'plan', tools.concurrency);
      const d = row('dry run (warm)', n * 3, sim, dry, '');
      rows[rows.length - 1]!.note = [
        `${d.writes} writes; ${d.exportPages} export pages + ${d.listPages} list pages`,
        rows[rows.length - 1]!.note,
      ]
        .filter(Boolean)
        .join('; ');

      // The other way in, measured for comparison: the whole list by cursor pagination (no 10,000
      // cap), page after page, in this process (wall time and requests only).
      say('cursor pagination alone (a read, for comparison)…');
      sim.resetLog();
      const started = Date.now();
      const cursor = new ZendeskClient({
        baseUrl: sim.url,
        auth: { kind: 'oauth-token', token: sim.credentials.oauthToken },
        logger: createConsoleLogger({ write: () => undefined }),
        concurrency: Number(tools.concurrency),
      });
      const listed = await cursor.listArticles();
      row(
        'cursor pagination alone (read only)',
        listed.length * 3,
        sim,
        { wallS: (Date.now() - started) / 1000, maxRssMb: 0, cpuS: 0 },
        'GET /help_center/articles?page[size]=100&include=translations, each page after the one before; RSS and CPU not measured (in the bench process)',
      );
    }

    if (args.importArticles > 0) {
      // The import reads the export alone (it needs its order); fewer articles if asked.
      for (const a of sim.store.articles.slice(args.importArticles)) if (!a.archived) sim.store.archiveArticle(a.id);
      const imported = path.join(work, 'imported');
      await fs.mkdir(imported, { recursive: true });
      say(`import of ${args.importArticles} articles × 3 locales…`);
      sim.resetLog();
      const run = await tools.runCli(sim, imported, 'import', tools.concurrency);
      const i = counts(sim);
      row(
        'import',
        Math.min(n, args.importArticles) * 3,
        sim,
        run,
        `${i.exportPages} export pages, no images; every body converted to Markdown and rendered back`,
      );
    }
  } finally {
    await sim.close();
  }
  await fs.rm(work, { recursive: true, force: true });

  print(rows, tools);
}

function print(rows: Row[], tools: BenchTools): void {
  const lines = [
    `Simulator at Zendesk's real limits: ${REAL.latencyMs} ms latency, ${REAL.rateLimitPerMinute} requests a minute, ${REAL.incrementalRateLimitPerMinute} a minute on the incremental export; concurrency ${tools.concurrency}; ${os.cpus().length} cores, Node ${process.version}, load average ${os
      .loadavg()
      .map((l) => fmt(l, 2))
      .join(' ')} at the end.`,
    '',
    '| scenario | translations | requests | export pages | 429s | wall s | rate vs limit | peak RSS MB | CPU s | notes |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(
      (r) =>
        `| ${r.scenario} | ${r.translations} | ${r.requests} | ${r.exportPages} | ${r.r429} | ${fmt(r.wallS)} | ${r.rate} | ${fmt(r.rssMb, 0)} | ${fmt(r.cpuS)} | ${r.note} |`,
    ),
  ];
  process.stdout.write(lines.join('\n') + '\n');
}
