import { describe, expect, it } from 'vitest';
import { newArticle } from '../../src/remote/client.js';
import type { NewArticle } from '../../src/remote/types.js';

const metadata = { permission_group_id: 1, user_segment_id: null, label_names: ['a'], section_id: 9 };
const en = { locale: 'en-us', title: 'Hello', body: '<p>Hello</p>', draft: false };
const fr = { locale: 'fr', title: 'Bonjour', body: '<p>Bonjour</p>', draft: true };

describe('the create-article request', () => {
  it('has the content at the top level for one locale', () => {
    expect(newArticle(metadata, [en])).toEqual({ ...metadata, locale: 'en-us', title: 'Hello', body: '<p>Hello</p>', draft: false });
  });

  it('lists every locale, the source first, and nothing at the top level for several', () => {
    expect(newArticle(metadata, [en, fr])).toEqual({ ...metadata, locale: 'en-us', translations: [en, fr] });
  });

  it('cannot be typed in the mixed form', () => {
    const base = { locale: 'en-us', permission_group_id: 1, user_segment_id: null };
    // @ts-expect-error the source at the top level beside a translations list
    const mixed: NewArticle = { ...base, title: 'Hello', body: '', draft: false, translations: [fr] };
    // @ts-expect-error a translations list must not be empty
    const empty: NewArticle = { ...base, translations: [] };
    // @ts-expect-error neither form: no content at all
    const none: NewArticle = { ...base };
    expect([mixed, empty, none]).toHaveLength(3);
  });
});
