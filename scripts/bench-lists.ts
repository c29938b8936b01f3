/**
 * `npm run bench -- --lists`: how rendering grows with a list's length. For each size, one article
 * holding a tight list of that many items is validated by the built CLI (dist/cli/index.js, in a
 * child process: wall and CPU time), and the same Markdown is turned into HTML in this process
 * with the project's `listItem` handler and with mdast-util-to-hast's own (CPU time), up to
 * `--upstream-max` items for the latter, which is quadratic. Prints one Markdown table.
 *
 * Options: --sizes 10000,40000,100000, --upstream-max 40000.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { hastHandlers } from '../src/render/markdown.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

// Short items: a 100,000-item list stays under the 1 MB a Markdown file may weigh.
export const tightList = (n: number) => Array.from({ length: n }, (_, i) => `- ${i}`).join('\n') + '\n';

/** CPU seconds to parse the Markdown and turn it into hast, with or without the project's handler. */
function toHastSeconds(markdown: string, own: boolean): number {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const start = cpuSeconds();
  unified()
    .use(remarkRehype, own ? { handlers: hastHandlers() } : {})
    .runSync(tree);
  return cpuSeconds() - start;
}

/** `validate` of a one-article tree by the built CLI: wall and CPU seconds. */
async function validateSeconds(n: number): Promise<{ wallS: number; cpuS: number; code: number }> {
  const repo = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-lists-'));
  await fs.mkdir(path.join(repo, 'docs'));
  await fs.writeFile(
    path.join(repo, 'docs/long.md'),
    `---\ntitle: Long\nsection: Installation\npermission_group: Agents\nuser_segment: everyone\n---\n\n${tightList(n)}`,
  );
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'scripts/measure-child.mjs'), path.join(ROOT, 'dist/cli/index.js'), 'validate', '--repo', repo],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  const wallS = (performance.now() - started) / 1000;
  await fs.rm(repo, { recursive: true, force: true });
  const bench = /BENCH (\{.*\})/.exec(stderr);
  return { wallS, cpuS: bench ? (JSON.parse(bench[1]!) as { cpuS: number }).cpuS : NaN, code };
}

export async function benchLists(options: { sizes: number[]; upstreamMax: number }): Promise<void> {
  await fs.access(path.join(ROOT, 'dist/cli/index.js')).catch(() => {
    throw new Error('dist/ is missing: run npm run build first');
  });
  toHastSeconds(tightList(100), true);
  const lines = [
    '| items | validate wall s | validate CPU s | to HTML, project handler CPU s | to HTML, upstream handler CPU s |',
    '|---:|---:|---:|---:|---:|',
  ];
  for (const n of options.sizes) {
    const markdown = tightList(n);
    const validate = await validateSeconds(n);
    const own = toHastSeconds(markdown, true);
    const upstream = n <= options.upstreamMax ? toHastSeconds(markdown, false).toFixed(2) : 'not run';
    lines.push(
      `| ${n} | ${validate.wallS.toFixed(2)}${validate.code === 0 ? '' : ` (exit ${validate.code})`} | ${validate.cpuS.toFixed(2)} | ${own.toFixed(2)} | ${upstream} |`,
    );
  }
  process.stdout.write(lines.join('\n') + '\n');
}
