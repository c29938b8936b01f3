/** `guide.fr.md` → { base: 'guide', locale: 'fr' }; two-part codes such as `pt-br` too. */
export function splitLocaleSuffix(rel: string): { base: string; locale: string | undefined } {
  const noExt = rel.replace(/\.md$/i, '');
  const m = /^(.*)\.([a-z]{2,3}(?:-[a-z0-9]{2,4})?)$/i.exec(noExt);
  if (!m) return { base: noExt, locale: undefined };
  return { base: m[1]!, locale: m[2]!.toLowerCase() };
}
