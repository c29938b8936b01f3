import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * What the index keeps of a stored body must not keep the body. In V8 a substring of 13 or
 * more characters is a view into its parent, so a marker's key cut from a 2 KB body kept the
 * whole body alive: every body of a 40,000-translation help center, for the whole run. Measured
 * in a child with `--expose-gc`, so the heap can be collected before it is read.
 */
const SCRIPT = `
import { analyzeBody } from './src/plan/marker.ts';
const N = 300, SIZE = 100_000;
globalThis.gc(); const before = process.memoryUsage().heapUsed;
// Flat strings, as a page's JSON gives them (a concatenation would be a rope until read).
const flat = (s) => Buffer.from(s, 'utf8').toString('utf8');
let bodies = Array.from({ length: N }, (_, i) => flat(
  '<p>' + String(i).repeat(SIZE / String(i).length) + '</p>' +
  '<div class="zgp-source" data-zgp-key="topic-' + i + '/article-' + i + '" data-zgp-ns="acme/docs-site:docs"' +
  ' data-zgp-hash="0123456789abcdef' + i + '" data-zgp-src="fedcba9876543210' + i + '"' +
  ' data-zgp-assets="abcdef0123456789abcdef=https://acme.zendesk.com/hc/article_attachments/' + i + '"></div>'));
const kept = bodies.map((b) => analyzeBody(b));
bodies = undefined;
globalThis.gc(); globalThis.gc();
const after = process.memoryUsage().heapUsed;
if (kept[7].marker.key !== 'topic-7/article-7' || kept[7].marker.assets['abcdef0123456789abcdef'] === undefined) throw new Error('wrong marker');
process.stdout.write(JSON.stringify({ bodiesMb: (N * SIZE) / 1e6, keptMb: (after - before) / 1e6 }));
`;

describe('memory the index keeps', () => {
  it('keeps a marker and a digest per body, not the body', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', SCRIPT],
      {
        cwd: ROOT,
      },
    );
    const { bodiesMb, keptMb } = JSON.parse(stdout) as { bodiesMb: number; keptMb: number };
    expect(bodiesMb).toBe(30);
    // What survives the bodies: 300 small markers and digests, well under a megabyte; with the
    // bodies held, it was all 30 MB.
    expect(keptMb).toBeLessThan(3);
  }, 60_000);
});
