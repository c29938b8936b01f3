/**
 * What fragments, variables and diagrams cost: the packed CLI's cold start (`--version`, and
 * `validate` of a small tree without diagrams), the first diagram's render, and the size of the
 * bundles. Run after `npm run build`: `npm run bench:content [-- --runs 15]`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const runs = Number(values.runs);
const cli = path.join(ROOT, 'dist/cli/index.js');

function tree(diagram: boolean): string {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'zgp-bench-content-'));
  fs.mkdirSync(path.join(repo, 'docs'));
  for (let i = 0; i < 20; i++) {
    const fence = diagram && i === 0 ? '\n```mermaid\nflowchart LR\n  A[Start] --> B[Done]\n```\n' : '';
    fs.writeFileSync(path.join(repo, `docs/a${i}.md`), `---\ntitle: Article ${i}\nsection: 1\n---\nText ${i}.\n${fence}`);
  }
  return repo;
}

function median(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [cli, ...args], { stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function size(dir: string): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? size(p) : fs.statSync(p).size;
  }
  return total;
}

const plain = tree(false);
const withDiagram = tree(true);
const mb = (n: number) => (n / 1024 / 1024).toFixed(2);
const lines = [
  `Node ${process.version}, ${os.cpus().length} cores, median of ${runs} runs.`,
  `CLI --version: ${median(['--version']).toFixed(0)} ms`,
  `CLI validate, 20 articles, no diagram: ${median(['validate', '--repo', plain, '--quiet']).toFixed(0)} ms`,
];
if (fs.existsSync(path.join(ROOT, 'dist/cli/diagram'))) {
  lines.push(`CLI validate, 20 articles, one diagram: ${median(['validate', '--repo', withDiagram, '--quiet']).toFixed(0)} ms`);
}
lines.push(
  `dist/ ${mb(size(path.join(ROOT, 'dist')))} MB (action: ${mb(size(path.join(ROOT, 'dist')) - size(path.join(ROOT, 'dist/cli')))} MB, dist/cli ${mb(size(path.join(ROOT, 'dist/cli')))} MB); dist/index.js ${(fs.statSync(path.join(ROOT, 'dist/index.js')).size / 1024).toFixed(0)} KB, dist/cli/index.js ${(fs.statSync(cli).size / 1024).toFixed(0)} KB`,
);
process.stdout.write(lines.join('\n') + '\n');
fs.rmSync(plain, { recursive: true, force: true });
fs.rmSync(withDiagram, { recursive: true, force: true });
