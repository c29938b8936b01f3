import { readBodyAgain, releaseBody } from '../source/body.js';
import type { SourceArticle, SourceTranslation } from '../source/types.js';
import type { RenderOptions } from './markdown.js';
import { fingerprintPrefix, fingerprintWith } from './fingerprint.js';

type Doc = SourceArticle | SourceTranslation;

/** The options a file is rendered with that the run knows before rendering (config and locale). */
export interface RenderSettings {
  render?: Pick<RenderOptions, 'alerts' | 'allowUnsafeHtml'>;
  /** Source locale of files that set none. */
  defaultLocale?: string | undefined;
}

/** How one file is rendered; the preview renders with the same options as the publish. */
export function renderOptionsFor(
  doc: { bodyLine: number },
  /** The title from front matter; undefined takes it from a leading `# Heading`. */
  title: string | undefined,
  locale: string | undefined,
  options: RenderSettings,
): RenderOptions & { locale: string | undefined } {
  return {
    takeH1AsTitle: title === undefined,
    bodyLine: doc.bodyLine,
    alerts: options.render?.alerts ?? true,
    allowUnsafeHtml: options.render?.allowUnsafeHtml ?? false,
    locale: locale ?? options.defaultLocale,
  };
}

/** What a file's fingerprint is made of besides its Markdown (the line it starts on is not part of it). */
export function fingerprintPrefixFor(
  doc: { bodyLine: number },
  title: string | undefined,
  locale: string | undefined,
  options: RenderSettings,
): string {
  return fingerprintPrefix(title !== undefined, { ...renderOptionsFor(doc, title, locale, options), bodyLine: undefined });
}

/**
 * `fingerprintPrefixFor` for many files of one run: the prefix depends only on whether the title
 * is from front matter and on the locale, so each distinct one is made once and shared.
 */
export function fingerprintPrefixes(
  options: RenderSettings,
): (doc: { bodyLine: number }, title: string | undefined, locale: string | undefined) => string {
  const made = new Map<string, string>();
  return (doc, title, locale) => {
    const key = `${title !== undefined}\0${locale ?? options.defaultLocale}`;
    let prefix = made.get(key);
    if (prefix === undefined) made.set(key, (prefix = fingerprintPrefixFor(doc, title, locale, options)));
    return prefix;
  };
}

/**
 * Computes every file's fingerprint and lets go of its Markdown, while the help center is still
 * being read: a no-op renders nothing, and a file that is rendered after all is read again
 * (`markdownOf`). The prefixes are shared strings: one per combination of options, not per file.
 */
export function releaseBodies(articles: readonly SourceArticle[], options: RenderSettings): void {
  const prefixOf = fingerprintPrefixes(options);
  const release = (doc: Doc, title: string | undefined, locale: string | undefined) => {
    if (doc.body === undefined) return;
    const prefix = prefixOf(doc, title, locale);
    releaseBody(doc, { fingerprint: fingerprintWith(prefix, doc.body), prefix });
  };
  for (const article of articles) {
    release(article, article.meta.title, article.meta.locale);
    for (const t of article.translations) release(t, t.title, t.locale);
  }
}

/** A file's fingerprint under the given prefix: the one recorded when it was let go, if it matches. */
export function fingerprintOf(doc: Doc, prefix: string): string {
  if (doc.released?.prefix === prefix) return doc.released.fingerprint;
  return fingerprintWith(prefix, markdownOf(doc));
}

/** The file was changed on disk after the run read it: what it renders would not be what it checked. */
export class ChangedDuringRunError extends Error {
  override name = 'ChangedDuringRunError';
}

/**
 * A file's Markdown: the text held, or for a file let go, the text read again and checked
 * against the fingerprint recorded when it was let go, so a run never renders what it did not read.
 */
export function markdownOf(doc: Doc): string {
  if (doc.body !== undefined) return doc.body;
  const released = doc.released;
  const text = readBodyAgain(doc);
  if (text === undefined || !released || fingerprintWith(released.prefix, text) !== released.fingerprint) {
    throw new ChangedDuringRunError(`${doc.file} changed while this run was reading it: run again`);
  }
  return text;
}
