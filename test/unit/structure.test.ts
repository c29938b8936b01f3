import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { buildPlan } from '../../src/plan/plan.js';
import { planStructure, sectionTargetOf } from '../../src/plan/structure.js';
import { structureLine } from '../../src/report/model.js';
import type { StructureFile } from '../../src/source/structure.js';
import { PLAN_DEFAULTS, prepared, publishedAs, snapshot, source } from '../helpers/plan-fixtures.js';

const at = (file: string, line = 1) => ({ file, line, column: 1 });
const sectionFile = (o: Partial<StructureFile> & { name: string }): StructureFile => ({
  kind: 'section',
  file: 'docs/x/_section.yml',
  dir: 'x',
  translations: {},
  at: { start: at('docs/x/_section.yml'), name: at('docs/x/_section.yml', 1) },
  category: { kind: 'name', name: 'Guides' },
  ...o,
});
const OPTIONS = { createSections: true, baseLocale: 'en-us', enabledLocales: new Set(['en-us', 'fr', 'de']) };

describe('planStructure (pure)', () => {
  it('a Category / Section that does not exist: its category and section are created, categories first', () => {
    const diagnostics: Diagnostic[] = [];
    const a = source('a', { section: { kind: 'name', name: 'New cat / New sec' } });
    const s = planStructure([], [a], snapshot(), OPTIONS, diagnostics);
    expect(diagnostics).toEqual([]);
    expect(s.changes.map((c) => [c.kind, c.action, c.name, c.category])).toEqual([
      ['category', 'create', 'New cat', undefined],
      ['section', 'create', 'New sec', 'New cat'],
    ]);
    expect(s.changes[1]?.operations).toEqual([
      { kind: 'create-section', categoryId: { newCategory: 'category:new cat' }, section: { name: 'New sec', locale: 'en-us' } },
    ]);
    expect(sectionTargetOf(a, s)).toEqual({ newSection: 'section:new cat / new sec' });
  });

  it('an existing section is never created; an existing category is reused by id', () => {
    const diagnostics: Diagnostic[] = [];
    const existing = source('a', { section: { kind: 'name', name: 'Guides / Setup' } });
    const fresh = source('b', { section: { kind: 'name', name: 'Guides / Fresh' } });
    const s = planStructure([], [existing, fresh], snapshot(), OPTIONS, diagnostics);
    expect(s.changes.map((c) => c.operations[0])).toEqual([
      { kind: 'create-section', categoryId: 1, section: { name: 'Fresh', locale: 'en-us' } },
    ]);
    expect(sectionTargetOf(existing, s)).toBeUndefined();
  });

  it('a _section.yml that matches Guide plans nothing; each difference is one request, named', () => {
    const remote = snapshot([], {
      sections: [
        {
          id: 101,
          name: 'Setup',
          category_id: 1,
          position: 1,
          translations: [
            { id: 1, source_id: 101, locale: 'en-us', title: 'Setup', body: 'How to', draft: false, updated_at: '' },
            { id: 2, source_id: 101, locale: 'fr', title: 'Installation', body: '', draft: false, updated_at: '' },
          ],
        },
      ],
    });
    const same = sectionFile({
      name: 'Setup',
      description: 'How to',
      position: 1,
      translations: { fr: { name: 'Installation', at: at('f') } },
    });
    expect(planStructure([same], [], remote, OPTIONS, []).changes).toEqual([]);
    const changed = sectionFile({
      name: 'Setup',
      description: 'How to set up',
      position: 3,
      translations: { fr: { name: 'Mise en place', at: at('f') }, de: { name: 'Einrichtung', at: at('f') } },
    });
    const s = planStructure([changed], [], remote, OPTIONS, []);
    expect(s.changes).toHaveLength(1);
    expect(s.changes[0]).toMatchObject({
      action: 'update',
      id: 101,
      reasons: ['position', 'description', 'name (fr)', 'translation added (de)'],
    });
    expect(s.changes[0]?.operations.map((o) => o.kind)).toEqual([
      'update-container',
      'update-container-translation',
      'update-container-translation',
      'create-container-translation',
    ]);
    expect(structureLine({ kind: 'section', action: 'update', name: 'Setup', reasons: s.changes[0]!.reasons })).toBe(
      'update section Setup: position, description, name (fr), translation added (de)',
    );
    expect(sectionTargetOf({ ...source('x/a'), sectionFile: 'docs/x/_section.yml' }, s)).toBe(101);
  });

  it('without create_sections: nothing is planned, and a missing section of a _section.yml is an error with the hint', () => {
    const diagnostics: Diagnostic[] = [];
    const s = planStructure([sectionFile({ name: 'Missing' })], [], snapshot(), { ...OPTIONS, createSections: false }, diagnostics);
    expect(s.changes).toEqual([]);
    expect(diagnostics).toMatchObject([{ file: 'docs/x/_section.yml', message: 'section "Missing" does not exist in category "Guides"' }]);
    expect(diagnostics[0]?.hint).toContain('create_sections: true');
    expect(sectionTargetOf({ ...source('x/a'), sectionFile: 'docs/x/_section.yml' }, s)).toBe('failed');
  });

  it('a locale the help center lacks, or the default locale under translations, is an error at its line', () => {
    const diagnostics: Diagnostic[] = [];
    const f = sectionFile({
      name: 'New',
      translations: { ko: { name: 'K', at: at('docs/x/_section.yml', 4) }, 'en-us': { name: 'E', at: at('docs/x/_section.yml', 6) } },
    });
    planStructure([f], [], snapshot(), OPTIONS, diagnostics);
    expect(diagnostics.map((d) => `${d.line} ${d.message}`)).toEqual([
      '4 locale "ko" is not enabled in the help center',
      '6 translations.en-us is the default locale',
    ]);
  });
});

describe('buildPlan: a new section and the source locale', () => {
  it('an article waits for the section this run creates: its create names the new section', () => {
    const a = source('a', { ...source('a').meta, section: { kind: 'name', name: 'Guides / Fresh' } });
    const plan = buildPlan({ sources: [a], prepared: [prepared(a)] }, snapshot(), { ...PLAN_DEFAULTS, createSections: true });
    expect(plan.diagnostics).toEqual([]);
    expect(plan.structure?.map((c) => c.key)).toEqual(['section:guides / fresh']);
    expect(plan.articles[0]?.operations[0]).toMatchObject({ kind: 'create-article', sectionId: { newSection: 'section:guides / fresh' } });
  });

  it('without create_sections the same file is an error naming the option, and no structure is planned', () => {
    const a = source('a', { ...source('a').meta, section: { kind: 'name', name: 'Guides / Fresh' } });
    const plan = buildPlan({ sources: [a], prepared: [prepared(a)] }, snapshot(), PLAN_DEFAULTS);
    expect(plan.structure).toBeUndefined();
    expect(plan.diagnostics).toMatchObject([{ message: 'unknown section "Guides / Fresh"' }]);
    expect(plan.diagnostics[0]?.hint).toContain('create_sections: true');
  });

  it('a file whose locale: is another existing translation plans set-source-locale after the translation writes', () => {
    const a = source('a', source('a').meta, ['fr']);
    const p = prepared(a);
    const article = publishedAs(p);
    const moved = { ...a, meta: { ...a.meta, locale: 'fr' }, translations: [{ ...a.translations[0]!, locale: 'en-us' }] };
    const plan = buildPlan(
      {
        sources: [moved],
        prepared: [{ ...prepared(moved), bodies: p.bodies.map((b, i) => ({ ...b, locale: i === 0 ? 'fr' : 'en-us' })) }],
      },
      snapshot([article]),
      PLAN_DEFAULTS,
    );
    const ops = plan.articles[0]?.operations ?? [];
    expect(ops.at(-1)).toEqual({ kind: 'set-source-locale', locale: 'fr', from: 'en-us' });
    expect(plan.articles[0]?.reasons).toContain('source locale en-us → fr');
  });
});
