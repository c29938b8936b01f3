import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativeTo } from '../../src/shared/paths.js';

describe('relativeTo', () => {
  it('gives what path.relative gives, with forward slashes', () => {
    const cases: [string, string][] = [
      ['/repo/docs', '/repo/docs/a/b.md'],
      ['/repo/docs/', '/repo/docs/a/b.md'],
      ['/repo/docs', '/repo/docs'],
      ['/repo/docs', '/repo/docsish/a.md'],
      ['/repo/docs', '/repo/other/a.md'],
      ['/repo/docs', '/repo/docs/.hidden/../a.md'],
      ['/repo/./docs', '/repo/docs/a.md'],
      ['/repo/docs', '/repo/docs/./a.md'],
    ];
    for (const [root, abs] of cases) expect(relativeTo(root, abs), `${root} → ${abs}`).toBe(path.relative(root, abs));
  });
});
