import { createHash } from 'node:crypto';

/**
 * Bump whenever the same Markdown would render to different HTML (a new plugin, a changed
 * sanitizer list): every article is then rendered and compared again on the next run.
 */
export const RENDER_VERSION = 1;

/**
 * What a body's HTML depends on besides the files and articles it references: the renderer,
 * its options, the Markdown and whether the title comes from front matter. Recorded in the
 * marker, it lets a later run skip rendering a file that did not change.
 */
export function sourceFingerprint(markdown: string, titleFromFrontMatter: boolean, renderOptions: unknown): string {
  return fingerprintWith(fingerprintPrefix(titleFromFrontMatter, renderOptions), markdown);
}

/** The part of a fingerprint that is not the Markdown: the same for most files of a run. */
export function fingerprintPrefix(titleFromFrontMatter: boolean, renderOptions: unknown): string {
  return `${RENDER_VERSION}\0${JSON.stringify(renderOptions ?? {})}\0${titleFromFrontMatter ? 'fm' : 'h1'}\0`;
}

export function fingerprintWith(prefix: string, markdown: string): string {
  return createHash('sha256').update(prefix).update(markdown).digest('hex').slice(0, 20);
}
