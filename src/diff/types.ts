/** One line of a compact diff: `-` live in Guide, `+` what the publish writes, ` ` context. */
export interface DiffLine {
  op: '-' | '+' | ' ';
  text: string;
}

/**
 * What the two sides of a translation's diff are. The `-` side is always the live text in Guide
 * and the `+` side this file, so every diff reads the same way: what a publish replaces, and
 * with what.
 */
export type DiffBasis =
  /** Not edited in Guide since the last publish: live is what was last published. */
  | 'update'
  /** Edited in Guide, and the file changed since the last publish too: the diff holds both. */
  | 'drift'
  /** Edited in Guide, the file unchanged since the last publish: the diff is exactly Guide's edit. */
  | 'guide-edit';

/** The text that changes in one translation, rendered text against rendered text. */
export interface TranslationDiff {
  locale: string;
  basis: DiffBasis;
  /** Present when the title changes. */
  title?: { from: string; to: string };
  lines: DiffLine[];
  /** Changed lines left out by the per-article cap. */
  omitted: number;
}

/** How much of the text that changes a report holds. */
export interface DiffCaps {
  /** Changed lines per article, all its translations together. */
  linesPerArticle: number;
  /** A longer line is shortened. */
  lineChars: number;
  /** Changed lines in the whole report; articles past it are counted, not shown. */
  totalLines: number;
}

/**
 * The report's caps: the job summary may hold 1 MB, and 1,500 lines of at most 300 characters
 * stay well inside it beside the tables. The PR comment shows less (see report/diff.ts).
 */
export const REPORT_DIFF_CAPS: DiffCaps = { linesPerArticle: 40, lineChars: 300, totalLines: 1500 };

/** Per article: its translations' diffs, or how many were left out by the report's total cap. */
export interface ArticleDiffs {
  translations: TranslationDiff[];
  /** Translations whose diff did not fit in the report's total. */
  leftOut: number;
}
