import { describe, expect, it } from 'vitest';
import { METADATA_FIELDS } from '../../src/plan/fields.js';
import { resolveAuthor, resolveContentTags, resolveUserSegments } from '../../src/plan/resolve.js';
import type { ZdArticle } from '../../src/remote/types.js';
import { frontMatterSchema } from '../../src/source/schema.js';
import { remote, SIGNED_IN, snapshot } from '../helpers/plan-fixtures.js';

const at = { file: 'docs/a.md', line: 3, column: 1 };
const STAFF = 302;
const snap = snapshot([], {
  userSegments: [
    { id: SIGNED_IN, name: 'Signed-in users' },
    { id: STAFF, name: 'Agents and managers' },
  ],
  extras: {
    contentTags: [{ id: '01HBILLING', name: 'Billing' }],
    users: [
      { id: 1, name: 'Agent', email: 'agent@example.com', role: 'agent' },
      { id: 2, name: 'Reader', email: 'reader@example.com', role: 'end-user' },
    ],
    staff: [{ id: 1, name: 'Agent', email: 'agent@example.com', role: 'agent' }],
  },
});
const field = (api: string) => METADATA_FIELDS.find((f) => f.api === api)!;

describe('front matter: the new keys', () => {
  it('reads lists, single values, and what each redirect_from entry is', () => {
    const v = frontMatterSchema.parse({
      user_segments: ['Signed-in users', 302],
      content_tags: 'Billing, with a comma',
      author: 'jane@example.com',
      redirect_from: ['old/name.md', 360001234567, '360001234568', '/hc/en-us/articles/1-Title'],
    });
    expect(v.user_segments).toEqual([
      { kind: 'name', name: 'Signed-in users' },
      { kind: 'id', id: 302 },
    ]);
    expect(v.content_tags).toEqual(['Billing, with a comma']);
    expect(v.author).toEqual({ kind: 'email', email: 'jane@example.com' });
    expect(v.redirect_from).toEqual([
      { kind: 'file', file: 'old/name.md' },
      { kind: 'id', id: 360001234567 },
      { kind: 'id', id: 360001234568 },
      { kind: 'path', path: '/hc/en-us/articles/1-Title' },
    ]);
    expect(frontMatterSchema.parse({ author: 42 }).author).toEqual({ kind: 'id', id: 42 });
  });

  it('refuses what is none of these', () => {
    expect(frontMatterSchema.safeParse({ author: 'Jane' }).success).toBe(false);
    expect(frontMatterSchema.safeParse({ redirect_from: ['old/name'] }).success).toBe(false);
    expect(frontMatterSchema.safeParse({ content_tags: [{}] }).success).toBe(false);
    expect(frontMatterSchema.safeParse({ user_segments: [''] }).success).toBe(false);
  });
});

describe('resolving', () => {
  it('segments by name or id; everyone alone is the empty list', () => {
    expect(
      resolveUserSegments(
        [
          { kind: 'name', name: 'agents and managers' },
          { kind: 'id', id: SIGNED_IN },
        ],
        snap,
        at,
      ),
    ).toEqual({
      ok: true,
      value: [STAFF, SIGNED_IN],
    });
    expect(resolveUserSegments([{ kind: 'name', name: 'everyone' }], snap, at)).toEqual({ ok: true, value: [] });
    const bad = resolveUserSegments(
      [
        { kind: 'name', name: 'everyone' },
        { kind: 'id', id: STAFF },
      ],
      snap,
      at,
    );
    expect(bad.ok).toBe(false);
  });

  it('content tags by name, a missing one to create, 25 at most', () => {
    expect(resolveContentTags(['billing', 'Refunds'], snap, at)).toEqual({ ok: true, value: ['01HBILLING', 'new:Refunds'] });
    const many = resolveContentTags(
      Array.from({ length: 26 }, (_, i) => `t${i}`),
      snap,
      at,
    );
    expect(many.ok ? undefined : many.diagnostic).toMatchObject({
      file: 'docs/a.md',
      line: 3,
      message: expect.stringMatching(/26 content tags/),
    });
  });

  it('an author must be an agent or admin, else the closest one is named', () => {
    expect(resolveAuthor({ kind: 'email', email: 'Agent@Example.com' }, snap, at)).toEqual({ ok: true, value: 1 });
    expect(resolveAuthor({ kind: 'id', id: 1 }, snap, at)).toEqual({ ok: true, value: 1 });
    const reader = resolveAuthor({ kind: 'email', email: 'reader@example.com' }, snap, at);
    expect(reader.ok ? undefined : reader.diagnostic).toMatchObject({
      message: expect.stringMatching(/end user/),
      hint: 'did you mean "agent@example.com"?',
    });
    const typo = resolveAuthor({ kind: 'email', email: 'agnet@example.com' }, snap, at);
    expect(typo.ok ? undefined : typo.diagnostic.message).toMatch(/not a user/);
  });
});

describe('comparing with what the article holds', () => {
  const article = (o: Partial<ZdArticle>): ZdArticle => ({ ...remote(), ...o });

  it('an article with two segments is not "the same" as a file that names one of them', () => {
    const two = article({ user_segment_id: SIGNED_IN, user_segment_ids: [SIGNED_IN, STAFF] });
    expect(field('user_segment_id').same(SIGNED_IN, two)).toBe(false);
    expect(field('user_segment_ids').same([STAFF, SIGNED_IN], two)).toBe(true);
    expect(field('user_segment_id').same(null, article({ user_segment_id: null, user_segment_ids: [] }))).toBe(true);
    // An answer without user_segment_ids still compares, through user_segment_id.
    expect(field('user_segment_ids').same([SIGNED_IN], article({ user_segment_id: SIGNED_IN }))).toBe(true);
  });

  it('content tags as a set, the author by id', () => {
    expect(field('content_tag_ids').same(['b', 'a'], article({ content_tag_ids: ['a', 'b'] }))).toBe(true);
    expect(field('content_tag_ids').same(['new:x'], article({ content_tag_ids: [] }))).toBe(false);
    expect(field('author_id').same(1, article({ author_id: 2 }))).toBe(false);
  });
});
