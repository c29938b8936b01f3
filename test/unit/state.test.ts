import { describe, expect, it } from 'vitest';
import { emptyState, nextState, parseState, sameState, stateHtml, type StateRecord } from '../../src/plan/state.js';
import type { ArticlePlan } from '../../src/plan/types.js';
import { reformatHtml } from '../zendesk-sim/html.js';

const record = (): StateRecord => ({
  v: 1,
  root: 'docs',
  commit: 'abc1234',
  articles: { guide: { id: 1, t: { 'en-us': 'h1', fr: 'h2' }, s: 'fp1' }, other: { id: 2, t: { 'en-us': 'h3' } } },
});

const row = (o: Partial<ArticlePlan>): ArticlePlan => ({
  key: 'guide',
  file: 'docs/guide.md',
  title: 'T',
  articleId: 1,
  htmlUrl: undefined,
  sourceLocale: 'en-us',
  action: 'unchanged',
  reasons: [],
  drifted: [],
  operations: [],
  knownAssets: {},
  waitsFor: [],
  ...o,
});

describe('the state record', () => {
  it('reads back what it wrote, also after Zendesk reformats the stored HTML', () => {
    const state = record();
    expect(parseState(stateHtml(state))).toEqual(state);
    expect(parseState(reformatHtml(stateHtml(state)))).toEqual(state);
  });

  it('reads a damaged or foreign body as no record', () => {
    expect(parseState('<p>hello</p>')).toBeUndefined();
    expect(parseState('<pre class="zgp-state">not base64 deflate!</pre>')).toBeUndefined();
    expect(parseState(null)).toBeUndefined();
  });

  it('compares without the commit, so a no-op publish writes nothing', () => {
    expect(sameState(record(), { ...record(), commit: 'other' })).toBe(true);
    const changed = record();
    changed.articles['guide']!.t['fr'] = 'new';
    expect(sameState(record(), changed)).toBe(false);
    expect(sameState(undefined, emptyState('docs'))).toBe(true);
  });

  it('takes what apply wrote, else what the plan found unchanged, else what was published before', () => {
    const plan = {
      articles: [
        row({ action: 'update', record: { fingerprint: undefined, hashes: { fr: 'h2' } }, sourceFingerprint: 'fp9' }),
        row({ key: 'new', file: 'docs/new.md', articleId: undefined, action: 'create', sourceFingerprint: 'fpn' }),
      ],
    };
    const outcomes = new Map([
      ['guide', { articleId: 1, status: 'updated', published: { 'en-us': 'written' } }],
      ['new', { articleId: 7, status: 'created', published: { 'en-us': 'n1' } }],
    ]);
    const next = nextState(record(), 'docs', plan, outcomes);
    expect(next.articles).toEqual({
      guide: { id: 1, t: { 'en-us': 'written', fr: 'h2' }, s: 'fp9' },
      other: { id: 2, t: { 'en-us': 'h3' } },
      new: { id: 7, t: { 'en-us': 'n1' }, s: 'fpn' },
    });
  });

  it('keeps the hash last published for a locale a skipped Guide edit changed', () => {
    const plan = {
      articles: [row({ action: 'skip', drifted: ['fr'], record: { fingerprint: 'fp1', hashes: { 'en-us': 'h1', fr: 'h2' } } })],
    };
    const next = nextState(record(), 'docs', plan, new Map([['guide', { articleId: 1, status: 'skipped' }]]));
    expect(next.articles['guide']).toEqual({ id: 1, t: { 'en-us': 'h1', fr: 'h2' }, s: 'fp1' });
  });

  it('moves an entry with its file, and drops the entry of an archived article', () => {
    const plan = {
      articles: [
        row({
          key: 'moved/guide',
          file: 'docs/moved/guide.md',
          movedFrom: 'guide',
          action: 'update',
          record: { fingerprint: 'fp1', hashes: { 'en-us': 'h1', fr: 'h2' } },
        }),
        row({ key: 'other', file: undefined, articleId: 2, action: 'archive', operations: [{ kind: 'archive' }] }),
      ],
    };
    const outcomes = new Map([
      ['moved/guide', { articleId: 1, status: 'updated', published: { 'en-us': 'h1b' } }],
      ['other', { articleId: 2, status: 'archived' }],
    ]);
    expect(nextState(record(), 'docs', plan, outcomes).articles).toEqual({
      'moved/guide': { id: 1, t: { 'en-us': 'h1b', fr: 'h2' }, s: undefined },
    });
  });
});
