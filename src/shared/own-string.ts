/**
 * A copy of `s` that holds nothing of the string it was cut from. V8 keeps a substring of 13 or
 * more characters as a view into its parent ("sliced string"), so a 40-character key cut from a
 * stored body keeps the whole body alive for as long as the key lives: across a help center of
 * 40,000 translations, that was every body, 70 MB of them. Copy what outlives its source.
 */
export function ownString(s: string): string {
  // Shorter substrings are copied by V8 already.
  return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}

/** `attrs` with every value its own copy (see ownString). */
export function ownStrings(attrs: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs)) out[k] = ownString(v);
  return out;
}
