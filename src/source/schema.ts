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

/** Keys allowed both in front matter and in `_defaults.yml`. */
const inheritable = {
  section: refSchema.optional(),
  permission_group: refSchema.optional(),
  user_segment: refSchema.optional(),
  labels: labelsSchema.optional(),
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
  /** Take over an existing article that was not published by this tool (made by hand in Guide). */
  adopt: z.boolean({ error: 'must be true or false' }).optional(),
});

/** A translation file carries its own title and body and may set draft; metadata is the source file's. */
export const translationFrontMatterSchema = z.strictObject({
  title: z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }).optional(),
  draft: z.boolean({ error: 'must be true or false' }).optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type Defaults = z.infer<typeof defaultsSchema>;
export type TranslationFrontMatter = z.infer<typeof translationFrontMatterSchema>;
export const FRONT_MATTER_KEYS = Object.keys(frontMatterSchema.shape);
