import { z } from 'zod';

/** A help center locale code, lowercased: `en-us`, `fr`, `pt-br`. */
export const localeSchema = z
  .string({ error: 'must be a locale code such as en-us' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, { error: 'must be a locale code such as en-us' });
