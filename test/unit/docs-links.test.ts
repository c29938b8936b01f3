import fs from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Heading, Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DOCS = [
  'README.md',
  ...fs
    .readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const parser = unified().use(remarkParse).use(remarkGfm);

function parse(file: string): Root {
  return parser.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
}

/** Heading anchors as GitHub makes them: github-slugger, duplicates suffixed -1, -2, ... */
function anchorsOf(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  visit(tree, 'heading', (h: Heading) => void anchors.add(slugger.slug(toString(h))));
  return anchors;
}

/** Every link that is not to another site: relative paths and #anchors (code spans and fences are not links). */
function localLinks(tree: Root): string[] {
  const urls: string[] = [];
  visit(tree, 'link', (l: Link) => {
    if (!/^[a-z][a-z+.-]*:/i.test(l.url)) urls.push(l.url);
  });
  visit(tree, 'image', (i) => {
    if (!/^[a-z][a-z+.-]*:/i.test(i.url)) urls.push(i.url);
  });
  return urls;
}

const trees = new Map(DOCS.map((f) => [f, parse(f)]));
const anchors = new Map([...trees].map(([f, t]) => [f, anchorsOf(t)]));

describe('README.md and docs/', () => {
  it('keep the README short: the reference lives in docs/', () => {
    const lines = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n').length;
    expect(lines).toBeLessThanOrEqual(600);
  });

  it.each(DOCS)('%s: every relative link and #anchor resolves', (file) => {
    const broken: string[] = [];
    for (const url of localLinks(trees.get(file)!)) {
      const [target = '', anchor] = url.split('#');
      const resolved = target === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURIComponent(target)));
      if (!fs.existsSync(path.join(ROOT, resolved))) {
        broken.push(`${url}: no file ${resolved}`);
        continue;
      }
      if (anchor === undefined) continue;
      const known = anchors.get(resolved) ?? (resolved.endsWith('.md') ? anchorsOf(parse(resolved)) : undefined);
      if (!known?.has(anchor)) broken.push(`${url}: no heading #${anchor} in ${resolved}`);
    }
    expect(broken).toEqual([]);
  });

  it('finds a broken anchor (the check itself works)', () => {
    const tree = parser.parse('# A title\n\n[ok](#a-title) [bad](#nowhere) `[code](#ignored)`\n');
    expect(localLinks(tree)).toEqual(['#a-title', '#nowhere']);
    expect(anchorsOf(tree)).toEqual(new Set(['a-title']));
  });
});
