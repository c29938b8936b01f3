import { describe, expect, it } from 'vitest';
import { attribute, mergeRepeated, type Diagnostic } from '../../src/diagnostics.js';
import { mergeMissing, missingRequired, requiredMessage } from '../../src/plan/metadata.js';

const at = {
  severity: 'error' as const,
  file: 'docs/_defaults.yml',
  line: 1,
  column: 1,
  message: 'section "FAQ" is ambiguous',
  hint: 'use the id',
};

describe('one mistake, one diagnostic', () => {
  it('the same diagnostic met by several articles becomes one naming them, at its first place', () => {
    const other: Diagnostic = { severity: 'error', file: 'docs/x.md', line: 2, message: 'unknown label' };
    const merged = mergeRepeated([
      { ...at, articles: ['docs/b.md'] },
      other,
      { ...at, articles: ['docs/a.md'] },
      { ...at, articles: ['docs/b.md'] },
    ]);
    expect(merged).toEqual([
      {
        ...at,
        message: 'section "FAQ" is ambiguous; it holds back 2 articles: docs/a.md, docs/b.md',
        articles: ['docs/a.md', 'docs/b.md'],
      },
      other,
    ]);
  });

  it('names the first three and counts the rest; a warning says "for", not "holds back"', () => {
    const files = ['docs/a.md', 'docs/b.md', 'docs/c.md', 'docs/d.md', 'docs/e.md'];
    const [error] = mergeRepeated(files.map((f) => ({ ...at, articles: [f] })));
    expect(error!.message).toBe('section "FAQ" is ambiguous; it holds back 5 articles: docs/a.md, docs/b.md, docs/c.md and 2 more');
    const [warning] = mergeRepeated([{ ...at, severity: 'warning', articles: ['docs/a.md'] }]);
    expect(warning!.message).toBe('section "FAQ" is ambiguous; for 1 article: docs/a.md');
  });

  it('diagnostics differing in anything are kept apart; one without articles is left as it was', () => {
    const list: Diagnostic[] = [at, { ...at, line: 2 }, { ...at, hint: 'other' }];
    expect(mergeRepeated(list)).toEqual(list);
  });

  it("attribute marks only what is in a file other than the article's own", () => {
    const list: Diagnostic[] = [{ ...at, file: 'docs/earlier.md' }, at, { ...at, file: 'docs/a.md' }, { ...at, file: 'docs/a.fr.md' }];
    attribute(list, 1, { file: 'docs/a.md', own: new Set(['docs/a.md', 'docs/a.fr.md']) });
    expect(list.map((d) => d.articles)).toEqual([undefined, ['docs/a.md'], undefined, undefined]);
  });
});

describe('a key missing from every new article', () => {
  it('is one diagnostic at the first file, naming the others; each key its own line', () => {
    const missing = (file: string, key: string): Diagnostic => missingRequired({ file, line: 1, column: 1 }, key);
    const other: Diagnostic = { severity: 'error', file: 'docs/b.md', line: 4, message: 'unknown label' };
    const merged = mergeMissing([
      missing('docs/a.md', 'section'),
      missing('docs/a.md', 'user_segment'),
      other,
      missing('docs/b.md', 'section'),
    ]);
    expect(merged.map((d) => `${d.file}: ${d.message}`)).toEqual([
      'docs/a.md: section is required to create an article; it holds back 2 articles: docs/a.md, docs/b.md',
      'docs/a.md: user_segment is required to create an article',
      'docs/b.md: unknown label',
    ]);
  });

  it('merges by the code, not the wording: the same words from elsewhere stay apart', () => {
    const lookalike = (file: string): Diagnostic => ({ severity: 'error', file, line: 2, message: requiredMessage('section') });
    const merged = mergeMissing([lookalike('docs/a.md'), lookalike('docs/b.md')]);
    expect(merged.map((d) => `${d.file}: ${d.message}`)).toEqual([
      'docs/a.md: section is required to create an article',
      'docs/b.md: section is required to create an article',
    ]);
    expect(missingRequired({ file: 'docs/a.md', line: 1, column: 1 }, 'section')).toMatchObject({ code: 'missing-required' });
  });
});
