import { withArticles, type Diagnostic } from '../diagnostics.js';
import type { ArticleMetadata, StoredArticle } from '../remote/types.js';
import { wasInvalid, type Located, type SourceArticle } from '../source/types.js';
import { reportError, type PlanContext } from './context.js';
import { METADATA_FIELDS, type LabelsMode } from './fields.js';
import { sectionTargetOf } from './structure.js';

/** The source locale of a file, and of each translation beside it; errors for locales the help center lacks. */
export function checkLocales(source: SourceArticle, ctx: PlanContext): boolean {
  let ok = true;
  const sourceLocale = source.meta.locale ?? ctx.defaultLocale;
  const all = [
    { locale: sourceLocale, at: source.locations.locale ?? source.start },
    ...source.translations.map((t) => ({ locale: t.locale, at: t.start })),
  ];
  const enabled = [...ctx.enabledLocales].join(', ');
  const seen = new Set<string>();
  for (const { locale, at } of all) {
    if (!ctx.enabledLocales.has(locale)) {
      reportError(ctx, at, `locale "${locale}" is not enabled in the help center`, `enabled: ${enabled}`);
      ok = false;
    }
    if (seen.has(locale)) {
      reportError(ctx, at, `locale "${locale}" appears twice for ${source.file}`);
      ok = false;
    }
    seen.add(locale);
  }
  return ok;
}

/** A key a new article needs and no file or _defaults.yml gives: the same for every such article. */
export const requiredMessage = (key: string) => `${key} is required to create an article`;

/** The error for a key a new article needs and does not get (`missing-required`, which mergeMissing merges). */
export function missingRequired(at: Located, key: string): Diagnostic {
  return {
    severity: 'error',
    code: 'missing-required',
    ...at,
    message: requiredMessage(key),
    hint: `set \`${key}:\` in the front matter or in a _defaults.yml`,
  };
}

/**
 * The same key missing from several new articles is one mistake (a `_defaults.yml` that does not
 * set it): one diagnostic, at the first file, naming the others.
 */
export function mergeMissing(list: readonly Diagnostic[]): Diagnostic[] {
  const first = new Map<string, { at: number; files: string[] }>();
  const out: Diagnostic[] = [];
  for (const d of list) {
    const missing = d.severity === 'error' && d.code === 'missing-required';
    const group = missing ? first.get(d.message) : undefined;
    if (group) {
      group.files.push(d.file);
      continue;
    }
    if (missing) first.set(d.message, { at: out.length, files: [d.file] });
    out.push(d);
  }
  for (const { at, files } of first.values()) if (files.length > 1) out[at] = withArticles(out[at]!, files);
  return out;
}

/**
 * Front matter to API metadata: names to ids, through the field table. A new article also
 * needs the fields the create request requires (not asked of a file whose identity is in
 * error: it is not known to be new). Undefined when any of it failed (reported).
 */
export function resolveMetadata(source: SourceArticle, intent: { creating: boolean }, ctx: PlanContext): ArticleMetadata | undefined {
  const metadata: Record<string, unknown> = {};
  let ok = true;
  // A folder's _section.yml, or a section this run creates, decides the section instead.
  const target = sectionTargetOf(source, ctx.structure);
  for (const field of METADATA_FIELDS) {
    if (field.key === 'section' && target !== undefined) {
      if (target === 'failed') ok = false;
      else if (typeof target === 'number') metadata[field.api] = target;
      continue;
    }
    const result = field.resolve(source.meta, ctx.snapshot, source.locations[field.key] ?? source.start);
    if (result === undefined) {
      // A key that was set but invalid is already an error; "required" would only repeat it.
      const covered = field.orKey !== undefined && (source.meta[field.orKey] !== undefined || wasInvalid(source, field.orKey));
      if (intent.creating && field.requiredToCreate && !covered && !wasInvalid(source, field.key)) {
        ctx.diagnostics.push(missingRequired(source.start, field.key));
        ok = false;
      }
      continue;
    }
    if (!result.ok) {
      ctx.diagnostics.push(result.diagnostic);
      ok = false;
      continue;
    }
    metadata[field.api] = result.value;
  }
  return ok ? metadata : undefined;
}

/** The fields whose wanted value the article does not hold yet, with the values to write. */
export function diffMetadata(
  metadata: ArticleMetadata,
  article: StoredArticle,
  labelsMode: LabelsMode,
): { changes: ArticleMetadata; labels: string[] } {
  const changes: Record<string, unknown> = {};
  const labels: string[] = [];
  for (const field of METADATA_FIELDS) {
    if (!(field.api in metadata)) continue;
    const wanted = field.desired(metadata[field.api], article, labelsMode);
    if (field.same(wanted, article)) continue;
    changes[field.api] = wanted;
    labels.push(field.label);
  }
  return { changes: changes, labels };
}
