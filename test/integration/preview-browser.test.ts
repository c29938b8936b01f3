import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import { cli, copyOfExamples, filesUnder, ROOT, simEnv } from '../helpers/preview.js';

/**
 * The preview of examples/docs opened in a real headless browser, from file:// as someone who
 * downloaded the artifact would: the pages load without console errors and without asking the
 * network for anything, images resolve, links between articles lead to the right pages (in the
 * same locale when it exists), and the banners and the diff say what a publish would do.
 * Chromium comes from Debian (`.ci/run` installs it); screenshots go to test/artifacts/.
 */
const CHROMIUM = process.env.ZGP_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test/artifacts');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  const message = `preview browser test: no Chromium at ${CHROMIUM} (apt-get install chromium, or set ZGP_CHROMIUM)`;
  // CI installs it, so there a missing browser is a failure rather than a silent skip.
  if (process.env.CI) throw new Error(message);
  console.warn(`${message}; skipped`);
}

let sim: Simulator;
let browser: Browser;
let site: string;

beforeAll(async () => {
  if (!haveChromium) return;
  sim = await startSimulator();
  const repo = await copyOfExamples();
  const env = simEnv(sim);
  expect((await cli(['publish', '--repo', repo, '--path', 'docs'], env)).code).toBe(0);
  // The pull request: one sentence edited in the repo, and meanwhile someone edited another article in Guide.
  const install = path.join(repo, 'docs/getting-started/install-the-app.md');
  await fs.writeFile(
    install,
    (await fs.readFile(install, 'utf8')).replace('Pick the installer for your operating system.', 'Pick the installer for your computer.'),
  );
  const stored = sim.store
    .liveArticles()
    .map((a) => sim.store.getArticle(a.id) as unknown as { id: number; title: string; body: string })
    .find((a) => a.title === 'Can I get a refund?')!;
  sim.store.editTranslationDirect(stored.id, 'en-us', {
    body: stored.body.replace('with your invoice number.', 'with your invoice number. We answer within a day.'),
  });
  site = path.join(repo, 'zendesk-preview');
  const run = await cli(['preview', '--repo', repo, '--path', 'docs', '--out', site], env);
  // Two images and the PNG of examples/docs' one diagram.
  expect(run.stderr).toContain('Preview: 8 pages, 3 files copied');
  expect(run.code).toBe(0);
  browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  await fs.mkdir(ARTIFACTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await sim?.close();
});

const url = (rel: string) => pathToFileURL(path.join(site, rel)).href;

/** A page opened as a reader opens it, with every console error and every request that is not a local file recorded. */
async function open(rel: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    if (r.url().startsWith('file:') || r.url().startsWith('data:')) void r.continue();
    else {
      problems.push(`network request: ${r.url()}`);
      void r.abort();
    }
  });
  await page.goto(url(rel), { waitUntil: 'load' });
  return { page, problems };
}

/**
 * The DOM as the callbacks see it. The project compiles without the DOM library (its types
 * clash with Node's), so the few properties read here are typed by hand.
 */
interface Shown {
  textContent: string | null;
}
interface Linked {
  href: string;
}
interface Picture {
  src: string;
  complete: boolean;
  naturalWidth: number;
}

const text = (page: Page, selector: string): Promise<string> => page.$eval(selector, (e) => (e as unknown as Shown).textContent ?? '');
const texts = (page: Page, selector: string): Promise<(string | null)[]> =>
  page.$$eval(selector, (els) => (els as unknown as Shown[]).map((e) => e.textContent));
const hrefs = (page: Page): Promise<string[]> => page.$$eval('a[href]', (els) => (els as unknown as Linked[]).map((e) => e.href));
const pictures = (page: Page): Promise<{ src: string; ok: boolean }[]> =>
  page.$$eval('img', (els) => (els as unknown as Picture[]).map((e) => ({ src: e.src, ok: e.complete && e.naturalWidth > 0 })));

describe.runIf(haveChromium)('the preview of examples/docs in a browser', () => {
  it('loads every page without console errors or network requests; every image resolves and every internal link leads to a page and anchor that exist', async () => {
    const pages = (await filesUnder(site)).filter((f) => f.endsWith('.html'));
    expect(pages).toHaveLength(9);
    for (const rel of pages) {
      const { page, problems } = await open(rel);
      const images = await pictures(page);
      for (const image of images) expect(image, `${rel}: ${image.src}`).toMatchObject({ ok: true });
      const links = await hrefs(page);
      for (const link of links.filter((l) => l.startsWith('file:'))) {
        const target = new URL(link);
        const file = fileURLToPath(target);
        expect(existsSync(file), `${rel} links to ${link}`).toBe(true);
        if (target.hash && file.endsWith('.html')) {
          expect(await fs.readFile(file, 'utf8'), `${rel} links to ${link}`).toContain(`id="${decodeURIComponent(target.hash.slice(1))}"`);
        }
      }
      expect(problems, rel).toEqual([]);
      await page.close();
    }
  });

  it('reads like a help center: an index by category and section, and article pages that link to each other', async () => {
    const { page } = await open('index.html');
    const categories = await texts(page, '.category h2');
    expect(categories).toEqual(['Getting started', 'Account & billing', 'Troubleshooting']);
    const sections = await texts(page, '.section-card h3');
    expect(sections).toEqual(['Installation', 'Invoices', 'FAQ', 'Known issues']);
    await page.screenshot({ path: path.join(ARTIFACTS, 'preview-index.png'), fullPage: true });

    // From the index to an article, then from its body to another article, as a reader clicks.
    await Promise.all([page.waitForNavigation(), page.click('a.title::-p-text(Install the desktop app)')]);
    expect(await text(page, 'h1')).toBe('Install the desktop app');
    await page.screenshot({ path: path.join(ARTIFACTS, 'preview-article.png'), fullPage: true });
    await Promise.all([page.waitForNavigation(), page.click('.article-body a::-p-text(system requirements)')]);
    expect(await text(page, 'h1')).toBe('System requirements');
    expect(await text(page, '.breadcrumbs')).toContain('Getting started');
    await page.close();
  });

  it('switches locales, and a link in a translation opens the same locale when it exists, else the source', async () => {
    const { page } = await open('hc/en-us/getting-started/install-the-app.html');
    await Promise.all([page.waitForNavigation(), page.click('.locales a::-p-text(French)')]);
    expect(await text(page, 'h1')).toBe("Installer l'application de bureau");
    expect(page.url()).toContain('/hc/fr/');
    // There is no French "system requirements": the link opens the English one, as Guide would.
    await Promise.all([page.waitForNavigation(), page.click('.article-body a::-p-text(configuration requise)')]);
    expect(page.url()).toContain('/hc/en-us/getting-started/system-requirements.html');
    await page.close();
  });

  it('says on each page what a publish would do, with the text that changes', async () => {
    const install = await open('hc/en-us/getting-started/install-the-app.html');
    expect(await text(install.page, '.banner')).toContain('Publish would update this translation');
    expect(await texts(install.page, '.diff-lines .del')).toEqual(['- - Pick the installer for your operating system.']);
    expect(await texts(install.page, '.diff-lines .ins')).toEqual(['+ - Pick the installer for your computer.']);
    await install.page.close();

    const refunds = await open('hc/en-us/billing/refunds.html');
    expect(await text(refunds.page, '.banner')).toContain('Edited in Guide since the last publish');
    expect(await text(refunds.page, '.diff-caption')).toContain("exactly Guide's edit");
    expect(await texts(refunds.page, '.diff-lines .del')).toEqual(['- … We answer within a day.']);
    await refunds.page.screenshot({ path: path.join(ARTIFACTS, 'preview-drifted.png'), fullPage: true });
    await refunds.page.close();

    const unchanged = await open('hc/en-us/billing/change-billing-email.html');
    expect(await text(unchanged.page, '.banner')).toContain('Unchanged: publish would not touch it');
    await unchanged.page.close();
  });

  it('highlights code offline', async () => {
    const { page } = await open('hc/en-us/getting-started/first-steps.html');
    expect(await texts(page, 'pre code.hljs .hljs-comment')).toEqual(['# Or from the command line:']);
    await page.close();
  });
});
