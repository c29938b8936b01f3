/**
 * The structure step of the planner, pure: which sections and categories a tree names or
 * describes, what is created or updated (only with create_sections), and which section each
 * article then goes to.
 */
import type { ZdArticle } from '../../src/remote/types.js';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/plan/plan.js';
import type { Plan } from '../../src/plan/types.js';
import type { RemoteSnapshot } from '../../src/remote/snapshot.js';
import type { StructureFile } from '../../src/source/structure.js';
import type { SourceArticle } from '../../src/source/types.js';
import { CREATABLE, PLAN_DEFAULTS, prepared, SECTION, snapshot, source } from '../helpers/plan-fixtures.js';

const at = (file: string, line = 1) => ({ file, line, column: 1 });

function sectionFile(dir: string, fields: Partial<StructureFile> = {}): StructureFile {
  const file = `docs/${dir}/_section.yml`;
  return {
    kind: 'section',
    file,
    dir,
    name: 'Setup',
    category: { kind: 'name', name: 'Guides' },
    translations: {},
    at: { start: at(file), name: at(file, 1), category: at(file, 2) },
    ...fields,
  };
}

function categoryFile(dir: string, fields: Partial<StructureFile> = {}): StructureFile {
  const file = `docs/${dir}/_category.yml`;
  return { kind: 'category', file, dir, name: 'Guides', translations: {}, at: { start: at(file), name: at(file, 1) }, ...fields };
}

const inSection = (key: string, section: string): SourceArticle => source(key, { ...CREATABLE, section: { kind: 'name', name: section } });
const placed = (key: string): SourceArticle => {
  const { section: _none, ...rest } = CREATABLE;
  return source(key, rest);
};

function plan(
  sources: SourceArticle[],
  files: StructureFile[],
  options: { createSections?: boolean } = {},
  snap: RemoteSnapshot<ZdArticle> = snapshot(),
): Plan {
  return buildPlan({ sources, prepared: sources.map((s) => prepared(s)), structure: files }, snap, {
    ...PLAN_DEFAULTS,
    createSections: options.createSections ?? false,
  });
}

const createOf = (p: Plan, key: string) => {
  const op = p.articles.find((a) => a.key === key)?.operations.find((o) => o.kind === 'create-article');
  return op?.kind === 'create-article' ? op : undefined;
};
const summary = (p: Plan) => (p.structure ?? []).map((c) => [c.action, c.kind, c.name, c.operations.map((o) => o.kind)]);

describe('sections named in front matter', () => {
  it('with create_sections, a missing "Category / Section" in an existing category is created once, and its articles go into it', () => {
    const p = plan([inSection('a', 'Guides / Upgrading'), inSection('b', 'guides /  upgrading')], [], { createSections: true });
    expect(p.diagnostics).toEqual([]);
    expect(summary(p)).toEqual([['create', 'section', 'Upgrading', ['create-section']]]);
    const op = p.structure![0]!.operations[0]!;
    expect(op).toMatchObject({ kind: 'create-section', categoryId: 1, section: { name: 'Upgrading', locale: 'en-us' } });
    const key = p.structure![0]!.key;
    expect(createOf(p, 'a')?.sectionId).toEqual({ newSection: key });
    expect(createOf(p, 'b')?.sectionId).toEqual({ newSection: key });
  });

  it('a missing "Category / Section" is created whatever its name says (a name with "ambiguous" in it is not an ambiguous name)', () => {
    const p = plan([inSection('a', 'ambiguous cases / Refunds')], [], { createSections: true });
    expect(p.diagnostics).toEqual([]);
    expect(summary(p)).toEqual([
      ['create', 'category', 'ambiguous cases', ['create-category']],
      ['create', 'section', 'Refunds', ['create-section']],
    ]);
  });

  it('an ambiguous "Category / Section" is never created: it is an error naming the matches', () => {
    const twins = snapshot([], {
      sections: [
        { id: 11, name: 'FAQ', category_id: 1 },
        { id: 12, name: 'FAQ', category_id: 1 },
      ],
    });
    const p = plan([inSection('a', 'Guides / FAQ')], [], { createSections: true }, twins);
    expect(p.structure ?? []).toEqual([]);
    expect(p.diagnostics).toEqual([
      expect.objectContaining({ code: 'ambiguous-name', file: 'docs/a.md', message: 'section "Guides / FAQ" is ambiguous: 2 match' }),
    ]);
  });

  it('a missing category is created first, and the section in it refers to it', () => {
    const p = plan([inSection('a', 'Billing & plans / Refunds')], [], { createSections: true });
    expect(p.diagnostics).toEqual([]);
    expect(summary(p)).toEqual([
      ['create', 'category', 'Billing & plans', ['create-category']],
      ['create', 'section', 'Refunds', ['create-section']],
    ]);
    expect(p.structure![1]!.operations[0]).toMatchObject({ categoryId: { newCategory: p.structure![0]!.key } });
    expect(p.structure![1]!.category).toBe('Billing & plans');
  });

  it('an existing section is used as it is; nothing is planned', () => {
    const p = plan([inSection('a', 'Guides / Setup')], [], { createSections: true });
    expect(p.diagnostics).toEqual([]);
    expect(p.structure).toBeUndefined();
    expect(createOf(p, 'a')?.sectionId).toBe(SECTION);
  });

  it('a single unknown name is never created: it does not say where', () => {
    const p = plan([inSection('a', 'Upgrading')], [], { createSections: true });
    expect(p.structure).toBeUndefined();
    expect(p.diagnostics).toHaveLength(1);
    expect(p.diagnostics[0]).toMatchObject({ severity: 'error', file: 'docs/a.md' });
  });

  it('without the option, an unknown "Category / Section" is an error with the closest names and the hint; nothing is planned', () => {
    const p = plan([inSection('a', 'Guides / Setpu')], []);
    expect(p.structure).toBeUndefined();
    expect(p.diagnostics).toHaveLength(1);
    const d = p.diagnostics[0]!;
    expect(d).toMatchObject({ severity: 'error', file: 'docs/a.md', line: 2 });
    expect(d.message).toContain('Setpu');
    expect(d.hint).toContain('Guides / Setup');
    expect(d.hint).toContain('create_sections: true');
    expect(createOf(p, 'a')).toBeUndefined();
  });
});

describe('_section.yml and _category.yml', () => {
  it('articles without a section of their own go into the section their folder describes', () => {
    const a = placed('setup/a');
    a.sectionFile = 'docs/setup/_section.yml';
    const p = plan([a], [sectionFile('setup')]);
    expect(p.diagnostics).toEqual([]);
    expect(p.structure).toBeUndefined();
    expect(createOf(p, 'setup/a')?.sectionId).toBe(SECTION);
  });

  it('without the option, a described section that does not exist is an error at the file, with the hint', () => {
    const a = placed('new/a');
    a.sectionFile = 'docs/new/_section.yml';
    const p = plan([a], [sectionFile('new', { name: 'Upgrading' })]);
    expect(p.structure).toBeUndefined();
    expect(p.diagnostics).toEqual([
      expect.objectContaining({
        file: 'docs/new/_section.yml',
        line: 1,
        message: 'section "Upgrading" does not exist in category "Guides"',
      }),
    ]);
    expect(p.diagnostics[0]!.hint).toContain('create_sections: true');
    expect(createOf(p, 'new/a')).toBeUndefined();
  });

  it('with the option, a new category and section are created with description, position and translated names', () => {
    const a = placed('billing/refunds/a');
    a.sectionFile = 'docs/billing/refunds/_section.yml';
    const files = [
      categoryFile('billing', { name: 'Billing', description: 'Money', position: 4 }),
      sectionFile('billing/refunds', {
        name: 'Refunds',
        description: 'Getting money back',
        position: 2,
        category: { kind: 'name', name: 'Billing' },
        categoryFile: 'docs/billing/_category.yml',
        translations: { fr: { name: 'Remboursements', at: at('docs/billing/refunds/_section.yml', 6) } },
      }),
    ];
    const p = plan([a], files, { createSections: true });
    expect(p.diagnostics).toEqual([]);
    expect(summary(p)).toEqual([
      ['create', 'category', 'Billing', ['create-category']],
      ['create', 'section', 'Refunds', ['create-section', 'create-container-translation']],
    ]);
    expect(p.structure![0]!.operations[0]).toEqual({
      kind: 'create-category',
      category: { name: 'Billing', description: 'Money', position: 4, locale: 'en-us' },
    });
    expect(p.structure![1]!.operations).toEqual([
      {
        kind: 'create-section',
        categoryId: { newCategory: p.structure![0]!.key },
        section: { name: 'Refunds', description: 'Getting money back', position: 2, locale: 'en-us' },
      },
      { kind: 'create-container-translation', translation: { locale: 'fr', title: 'Remboursements' } },
    ]);
    expect(createOf(p, 'billing/refunds/a')?.sectionId).toEqual({ newSection: p.structure![1]!.key });
  });

  it('an existing section is updated only where the file differs from it, and not at all when it matches', () => {
    const remoteSection = {
      id: SECTION,
      name: 'Setup',
      category_id: 1,
      description: 'Old words',
      position: 1,
      translations: [
        { id: 1, source_id: SECTION, locale: 'en-us', title: 'Setup', body: 'Old words', draft: false, updated_at: '', html_url: '' },
        { id: 2, source_id: SECTION, locale: 'fr', title: 'Installation', body: '', draft: false, updated_at: '', html_url: '' },
      ],
    };
    const snap = snapshot([], { sections: [remoteSection] });
    const described = (fields: Partial<StructureFile>) =>
      sectionFile('setup', {
        translations: {
          fr: { name: 'Installation', at: at('docs/setup/_section.yml', 5) },
          de: { name: 'Einrichtung', at: at('docs/setup/_section.yml', 7) },
        },
        ...fields,
      });
    const changed = plan([], [described({ description: 'New words', position: 3 })], { createSections: true }, snap);
    expect(changed.diagnostics).toEqual([]);
    expect(changed.structure).toHaveLength(1);
    expect(changed.structure![0]).toMatchObject({
      action: 'update',
      id: SECTION,
      reasons: ['position', 'description', 'translation added (de)'],
    });
    expect(changed.structure![0]!.operations).toEqual([
      { kind: 'update-container', position: 3 },
      { kind: 'update-container-translation', locale: 'en-us', changes: { title: 'Setup', body: 'New words' } },
      { kind: 'create-container-translation', translation: { locale: 'de', title: 'Einrichtung' } },
    ]);

    const synced = snapshot([], {
      sections: [
        {
          ...remoteSection,
          translations: [
            ...remoteSection.translations,
            { id: 3, source_id: SECTION, locale: 'de', title: 'Einrichtung', body: '', draft: false, updated_at: '', html_url: '' },
          ],
        },
      ],
    });
    // What the file leaves out (here the description and position) is left as it is in Guide.
    expect(plan([], [described({})], { createSections: true }, synced).structure).toBeUndefined();
    // Without the option nothing is synced, whatever differs.
    expect(plan([], [described({ description: 'New words' })], {}, snap).structure).toBeUndefined();
  });

  it('a locale the help center has not enabled, or the default locale, is an error at its line', () => {
    const file = sectionFile('setup', {
      translations: {
        ja: { name: 'セットアップ', at: at('docs/setup/_section.yml', 5) },
        'en-us': { name: 'Setup', at: at('docs/setup/_section.yml', 7) },
      },
    });
    const p = plan([], [file], { createSections: true });
    expect(p.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [5, 'locale "ja" is not enabled in the help center'],
      [7, 'translations.en-us is the default locale'],
    ]);
  });

  it('two files describing one section are an error on the second', () => {
    const p = plan([], [sectionFile('one'), sectionFile('two')], { createSections: true });
    expect(p.diagnostics).toEqual([
      expect.objectContaining({
        file: 'docs/two/_section.yml',
        message: 'this folder describes the same section as docs/one/_section.yml',
      }),
    ]);
  });

  it('a category named by a _category.yml that does not exist is an error without the option', () => {
    const p = plan([], [categoryFile('billing', { name: 'Billing' })]);
    expect(p.diagnostics).toEqual([
      expect.objectContaining({ file: 'docs/billing/_category.yml', message: 'category "Billing" does not exist in the help center' }),
    ]);
  });
});
