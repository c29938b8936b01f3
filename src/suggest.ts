import { distance } from 'fastest-levenshtein';

/** The candidates closest to `input`, for "did you mean" hints; case-insensitive. */
export function closest(input: string, candidates: readonly string[], max = 3): string[] {
  const needle = input.toLowerCase();
  return candidates
    .map((c) => {
      const hay = c.toLowerCase();
      // A substring match is as good as a one-letter typo: "Billing" should find "Account & billing".
      const d = hay.includes(needle) || needle.includes(hay) ? 1 : distance(needle, hay);
      return { c, d };
    })
    .filter(({ c, d }) => d <= Math.max(2, Math.ceil(c.length / 2)))
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map(({ c }) => c);
}

export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  const near = closest(input, candidates);
  return near.length ? `did you mean ${near.map((n) => `"${n}"`).join(', ')}?` : undefined;
}
