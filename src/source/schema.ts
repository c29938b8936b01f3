import { z } from 'zod';
import { localeSchema } from '../shared/locale-schema.js';

/** Where a name came from when the config file's `aliases` replaced it, for error messages. */
export interface AliasOrigin {
  /** The name as written in the front matter or `_defaults.yml`. */
  alias: string;
  /** The alias's line in the config file. */
  file: string;
  line: number;
  column: number;
}

/** A reference to a Zendesk record by id (a number, or digits) or by its name. */
export type Ref = ({ kind: 'id'; id: number } | { kind: 'name'; name: string }) & { via?: AliasOrigin };

/** Digits are an id, anything else a name: the same rule for front matter and config aliases. */
export function toRef(v: string | number): Ref {
  if (typeof v === 'number') return { kind: 'id', id: v };
  return /^\d+$/.test(v) ? { kind: 'id', id: Number(v) } : { kind: 'name', name: v };
}

const refSchema = z
  .union([z.number().int().positive(), z.string().trim().min(1)], {
    error: 'must be an id (a number) or a name (text)',
  })
  .transform(toRef);

/** A list (or a comma-separated string); a bad item is reported at its own line. */
const labelsSchema = z.unknown().transform((v, ctx): string[] => {
  if (typeof v === 'string')
    return v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (!Array.isArray(v)) {
    ctx.addIssue({ code: 'custom', message: 'must be a list of labels' });
    return z.NEVER;
  }
  const out: string[] = [];
  v.forEach((item, i) => {
    if (typeof item === 'string' || typeof item === 'number') {
      const label = String(item).trim();
      if (label) out.push(label);
    } else {
      ctx.addIssue({ code: 'custom', message: 'must be text', path: [i] });
    }
  });
  return out;
});

/** A list of ids or names (or one); a bad item is reported at its own line. */
const refListSchema = z.unknown().transform((v, ctx): Ref[] => {
  const items = Array.isArray(v) ? v : [v];
  const out: Ref[] = [];
  items.forEach((item, i) => {
    if ((typeof item === 'number' && Number.isInteger(item) && item > 0) || (typeof item === 'string' && item.trim() !== '')) {
      out.push(toRef(typeof item === 'string' ? item.trim() : item));
    } else {
      ctx.addIssue({ code: 'custom', message: 'must be an id (a number) or a name (text)', ...(Array.isArray(v) ? { path: [i] } : {}) });
    }
  });
  return out;
});

/** Content tag names: a list (or one name); names may hold commas, so a string is one name. */
const tagListSchema = z.unknown().transform((v, ctx): string[] => {
  const items = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  items.forEach((item, i) => {
    const name = typeof item === 'string' || typeof item === 'number' ? String(item).trim() : '';
    if (name) {
      if (!out.some((n) => n.toLowerCase() === name.toLowerCase())) out.push(name);
    } else ctx.addIssue({ code: 'custom', message: 'must be a content tag name (text)', ...(Array.isArray(v) ? { path: [i] } : {}) });
  });
  return out;
});

/** An agent's or admin's email, or a user id. */
const authorSchema = z
  .union([z.number().int().positive(), z.string().trim().min(1)], { error: 'must be an email address or a user id' })
  .transform((v): { kind: 'id'; id: number } | { kind: 'email'; email: string } =>
    typeof v === 'number' || /^\d+$/.test(v) ? { kind: 'id', id: Number(v) } : { kind: 'email', email: v },
  )
  .refine((v) => v.kind === 'id' || /^[^\s@]+@[^\s@]+$/.test(v.email), { error: 'must be an email address or a user id' });

/** What an article replaces: a removed file of this source, an article id, or a Help Center path. */
export type RedirectSource = { kind: 'file'; file: string } | { kind: 'id'; id: number } | { kind: 'path'; path: string };

const redirectListSchema = z.unknown().transform((v, ctx): RedirectSource[] => {
  const items = Array.isArray(v) ? v : [v];
  const out: RedirectSource[] = [];
  items.forEach((item, i) => {
    const at = Array.isArray(v) ? { path: [i] } : {};
    if (typeof item === 'number' && Number.isInteger(item) && item > 0) out.push({ kind: 'id', id: item });
    else if (typeof item === 'string' && /^\s*\d+\s*$/.test(item)) out.push({ kind: 'id', id: Number(item) });
    else if (typeof item === 'string' && item.trim().startsWith('/')) out.push({ kind: 'path', path: item.trim() });
    else if (typeof item === 'string' && /\.md$/i.test(item.trim())) out.push({ kind: 'file', file: item.trim() });
    else
      ctx.addIssue({
        code: 'custom',
        message: 'must be a Markdown file (old/name.md), an article id, or a Help Center path (/hc/en-us/articles/123)',
        ...at,
      });
  });
  return out;
});

/** Keys allowed both in front matter and in `_defaults.yml`. */
const inheritable = {
  section: refSchema.optional(),
  permission_group: refSchema.optional(),
  user_segment: refSchema.optional(),
  /** Several audiences (Enterprise plans); instead of `user_segment`. */
  user_segments: refListSchema.optional(),
  labels: labelsSchema.optional(),
  content_tags: tagListSchema.optional(),
  author: authorSchema.optional(),
  draft: z.boolean({ error: 'must be true or false' }).optional(),
  promoted: z.boolean({ error: 'must be true or false' }).optional(),
  position: z
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(0, { error: 'must be 0 or more' })
    .optional(),
  comments_disabled: z.boolean({ error: 'must be true or false' }).optional(),
  locale: localeSchema.optional(),
};

export const defaultsSchema = z.strictObject(inheritable);

export const frontMatterSchema = z.strictObject({
  ...inheritable,
  title: z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }).optional(),
  id: z
    .union([z.number().int().positive(), z.string().regex(/^\d+$/)], { error: 'must be a Zendesk article id (a number)' })
    .transform(Number)
    .optional(),
  /** What this article replaces: archived (when this source's) and redirected here. */
  redirect_from: redirectListSchema.optional(),
  /** Take over an existing article that was not published by this tool (made by hand in Guide). */
  adopt: z.boolean({ error: 'must be true or false' }).optional(),
});

/** A translation file carries its own title and body and may set draft; metadata is the source file's. */
export const translationFrontMatterSchema = z.strictObject({
  title: z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }).optional(),
  draft: z.boolean({ error: 'must be true or false' }).optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type AuthorRef = NonNullable<FrontMatter['author']>;
export type Defaults = z.infer<typeof defaultsSchema>;
export type TranslationFrontMatter = z.infer<typeof translationFrontMatterSchema>;
export const FRONT_MATTER_KEYS = Object.keys(frontMatterSchema.shape);
