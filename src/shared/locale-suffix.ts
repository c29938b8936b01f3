/** `guide.fr.md` → { base: 'guide', locale: 'fr' }; two-part codes such as `pt-br` too. */
export function splitLocaleSuffix(rel: string): { base: string; locale: string | undefined } {
  const noExt = rel.replace(/\.md$/i, '');
  const m = /^(.*)\.([a-z]{2,3}(?:-[a-z0-9]{2,4})?)$/i.exec(noExt);
  if (!m) return { base: noExt, locale: undefined };
  return { base: m[1]!, locale: m[2]!.toLowerCase() };
}

/** `docs/guide.fr.md` → `docs/guide.md`: the file whose report row a translation's problems belong to. */
export function sourceFileOf(file: string): string {
  if (!/\.md$/i.test(file)) return file;
  const { base, locale } = splitLocaleSuffix(file);
  return locale === undefined ? file : `${base}.md`;
}
