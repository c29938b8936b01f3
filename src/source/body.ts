import { readFileSync } from 'node:fs';
import { splitFrontMatter } from './frontmatter.js';
import type { SourceArticle, SourceTranslation } from './types.js';

type Doc = SourceArticle | SourceTranslation;

/**
 * Lets go of a file's Markdown once what the run needs of it is known (its fingerprint, see
 * render/release.ts). The largest help centers have 40,000 files: held while the help center
 * is read, their text was a fifth of the dry run's live heap at its peak.
 */
export function releaseBody(doc: Doc, released: NonNullable<Doc['released']>): void {
  doc.released = released;
  doc.body = undefined;
}

/**
 * The Markdown of a file as it is on disk now, read and split as the loader did; undefined when
 * it can no longer be read or split the same way. The caller checks it is the text it let go.
 */
export function readBodyAgain(doc: Doc): string | undefined {
  let text: string;
  try {
    text = readFileSync(doc.absPath, 'utf8');
  } catch {
    return undefined;
  }
  const split = splitFrontMatter(text);
  if (split.unclosed || split.bodyLine !== doc.bodyLine) return undefined;
  return doc.expand ? doc.expand(split.body) : split.body;
}
