import { describe, expect, it } from 'vitest';
import { placeholderStarter, starterFrom, starterNamespace } from '../../src/cli/init-starter.js';
import { isPlaceholder } from '../../src/shared/placeholders.js';
import { RemoteIndexBuilder } from '../../src/plan/remote-index.js';
import { isRecordArticle } from '../../src/plan/state.js';
import type { ZdArticle } from '../../src/remote/types.js';

const categories = [
  { id: 2, name: 'Billing', position: 1 },
  { id: 1, name: 'Start', position: 0 },
];

describe("init's starter", () => {
  it('the first section by category then position; a repeated name as `Category / Section`; "Agents"; the staff segment', () => {
    const starter = starterFrom({
      categories,
      sections: [
        { id: 20, name: 'FAQ', category_id: 2, position: 0 },
        { id: 11, name: 'FAQ', category_id: 1, position: 1 },
        { id: 10, name: 'Setup', category_id: 1, position: 2 },
      ],
      permissionGroups: [
        { id: 5, name: 'Admins' },
        { id: 6, name: 'Agents' },
      ],
      userSegments: [
        { id: 7, name: 'Signed-in users', user_type: 'signed_in_users' },
        { id: 8, name: 'Agents and managers', user_type: 'staff' },
      ],
    });
    expect(starter).toMatchObject({
      section: 'Start / FAQ',
      permissionGroup: 'Agents',
      userSegment: 'Agents and managers',
      createSections: false,
    });
  });

  it('an id where even `Category / Section` repeats; a made section where there is none; everyone without a staff segment', () => {
    const twins = starterFrom({
      categories,
      sections: [
        { id: 11, name: 'FAQ', category_id: 1, position: 0 },
        { id: 12, name: 'FAQ', category_id: 1, position: 1 },
      ],
      permissionGroups: [
        { id: 9, name: 'Writers' },
        { id: 3, name: 'Editors' },
      ],
      userSegments: [],
    });
    expect(twins).toMatchObject({ section: '11', permissionGroup: 'Editors', userSegment: 'everyone' });
    const none = starterFrom({ categories: [], sections: [], permissionGroups: undefined, userSegments: undefined });
    expect(none).toMatchObject({ section: 'Documentation / Getting started', createSections: true });
    // Lists these credentials may not read stay placeholders, which plan explains.
    expect(isPlaceholder(none.permissionGroup)).toBe(true);
    expect(isPlaceholder(placeholderStarter().section)).toBe(true);
  });

  it("the namespace: the repository's where known, else the folder's name stands in for it", () => {
    expect(starterNamespace('acme/help', '/x/help', 'docs')).toBe('acme/help:docs');
    expect(starterNamespace(undefined, '/tmp/My Help!', 'handbook')).toBe('my-help-:handbook');
    expect(starterNamespace(undefined, '/', 'docs')).toBe('docs');
  });
});

describe("the tool's record is no article of the user's", () => {
  const article = (id: number, title: string, body: string): ZdArticle =>
    ({ id, title, body, source_locale: 'en-us', locale: 'en-us', translations: [] }) as unknown as ZdArticle;

  it('known by its class in any part, however many parts it takes, or by its title', () => {
    const builder = new RemoteIndexBuilder();
    builder.add(article(1, 'Install', '<p>hi</p>'));
    builder.add(article(2, 'zendesk-guide-publisher state (docs): do not edit or delete', '<pre class="zgp-state">x</pre>'));
    builder.add(article(3, 'part 2', '<p>x</p><pre class="zgp-state" data-zgp-part="2">y</pre>'));
    builder.add(article(4, 'zendesk-guide-publisher state (docs) 3', '<p>emptied in Guide</p>'));
    expect(builder.recordArticles()).toBe(3);
    expect(isRecordArticle(article(5, 'About zgp-state', '<p>the class "zgp-state" in prose</p>'))).toBe(false);
  });

  it("nor is a publish lease's claim (a live draft while another publish writes): not counted, not imported", async () => {
    const { claimHtml, leaseTitle } = await import('../../src/apply/lease.js');
    const info = { ns: 'acme/help:docs', run: 'r1', host: 'h', pid: 1, who: 'ci', since: '2026-12-06T00:00:00Z' };
    const builder = new RemoteIndexBuilder();
    builder.add(article(1, 'Install', '<p>hi</p>'));
    builder.add(article(2, leaseTitle(info.ns), claimHtml(info)));
    expect(builder.recordArticles()).toBe(1);
    expect(isRecordArticle(article(3, 'Our lease (zgp-lease) policy', '<p>a lease</p>'))).toBe(false);
  });
});
