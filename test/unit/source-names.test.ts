/**
 * Names in front matter resolved to ids against the simulator's seed (the same help center the
 * integration tests publish to): exact names, `Category / Section`, `everyone`, aliases, and the
 * hints an unknown or ambiguous name gets.
 */
import { describe, expect, it } from 'vitest';
import { resolvePermissionGroup, resolveSection, resolveUserSegment } from '../../src/plan/resolve.js';
import type { RemoteSnapshot } from '../../src/remote/snapshot.js';
import { expandAlias } from '../../src/source/aliases.js';
import { toRef, type Ref } from '../../src/source/schema.js';
import { loadDefaultSeed } from '../zendesk-sim/index.js';

const seed = loadDefaultSeed();
const snapshot = {
  locales: seed.locales,
  defaultLocale: seed.defaultLocale,
  categories: seed.categories,
  sections: seed.sections,
  permissionGroups: seed.permissionGroups,
  userSegments: seed.userSegments,
  articles: new Map(),
  articlesVia: 'list',
} as unknown as RemoteSnapshot;

const at = { file: 'docs/a.md', line: 3, column: 1 };
const section = (v: string | number | Ref) => resolveSection(typeof v === 'object' ? v : toRef(v), snapshot, at);

describe('resolving names from the front matter', () => {
  it('finds sections by id, by unique name and by "Category / Section", spacing and case aside', () => {
    expect(section(360000200003)).toEqual({ ok: true, value: 360000200003 });
    expect(section('Installation')).toEqual({ ok: true, value: 360000200001 });
    expect(section('account & billing/faq')).toEqual({ ok: true, value: 360000200004 });
    expect(section('Getting started  /  FAQ')).toEqual({ ok: true, value: 360000200002 });
  });

  it('calls "FAQ" ambiguous and lists the qualified names', () => {
    expect(section('FAQ')).toEqual({
      ok: false,
      diagnostic: {
        severity: 'error',
        code: 'ambiguous-name',
        ...at,
        message: 'section "FAQ" is ambiguous: 2 match',
        hint: 'use one of "Getting started / FAQ", "Account & billing / FAQ" or the id',
      },
    });
  });

  it('suggests the closest names for a typo, else lists what exists', () => {
    expect(section('Invoice')).toMatchObject({
      ok: false,
      diagnostic: { message: 'unknown section "Invoice"', hint: 'did you mean "Account & billing / Invoices"?' },
    });
    expect(resolvePermissionGroup(toRef('Editors'), snapshot, at)).toMatchObject({
      ok: false,
      diagnostic: { hint: 'existing permission groups: "Agents" (360000300001), "Admins" (360000300002)' },
    });
    expect(section(360000299999)).toMatchObject({
      ok: false,
      diagnostic: { message: 'section 360000299999 does not exist in the help center' },
    });
  });

  it('says how to create an unknown "Category / Section", whatever the names in it say, and not for an ambiguous one', () => {
    const create = /to create it, set `create_sections: true`/;
    for (const name of ['Getting started / Upgrading', 'Unknown things / FAQ', 'ambiguous cases / FAQ']) {
      const result = section(name);
      expect(result).toMatchObject({ ok: false, diagnostic: { code: 'unknown-name', message: `unknown section "${name}"` } });
      expect(!result.ok && result.diagnostic.hint).toMatch(create);
    }
    expect(section('Invoice')).toMatchObject({ diagnostic: { code: 'unknown-name', hint: expect.not.stringMatching(create) } });
    // A second section of the same name in the same category makes its `Category / Section` ambiguous.
    const first = seed.sections[0]!;
    const twins: RemoteSnapshot = { ...snapshot, sections: [...seed.sections, { ...first, id: 1 }] };
    const label = `${seed.categories.find((c) => c.id === first.category_id)!.name} / ${first.name}`;
    const ambiguous = resolveSection(toRef(label), twins, at);
    expect(ambiguous).toMatchObject({ ok: false, diagnostic: { code: 'ambiguous-name' } });
    expect(!ambiguous.ok && ambiguous.diagnostic.hint).not.toMatch(create);
  });

  it('reads everyone as the null segment, and segment names case-insensitively', () => {
    expect(resolveUserSegment(toRef('Everyone'), snapshot, at)).toEqual({ ok: true, value: null });
    expect(resolveUserSegment(toRef('signed-in users'), snapshot, at)).toEqual({ ok: true, value: 360000400001 });
  });

  it('resolves an alias to its target and names the alias when the target is wrong', () => {
    const aliasAt = { file: 'docs/zendesk-guide.yml', line: 4, column: 5 };
    const aliases = {
      Billing: { target: 'Account & billing / Invoices', at: aliasAt },
      Broken: { target: 'Account & billing / Invoicez', at: aliasAt },
    };
    expect(section(expandAlias(toRef('billing'), aliases))).toEqual({ ok: true, value: 360000200003 });
    expect(section(expandAlias(toRef('Broken'), aliases))).toMatchObject({
      ok: false,
      diagnostic: { ...at, message: 'unknown section "Account & billing / Invoicez" (alias "Broken" in docs/zendesk-guide.yml:4)' },
    });
  });
});
