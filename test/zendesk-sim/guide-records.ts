// Content tags and redirect rules, the Guide records under /api/v2/guide. Their ids are strings
// (ULIDs in the reference's examples), their lists cursor-paginated only:
// developer.zendesk.com/api-reference/help_center/help-center-api/content_tags/ and
// developer.zendesk.com/api-reference/help_center/help-center-api/redirect_rules/.
import { HttpError, Validation } from './errors.js';
import { isRecord } from './util.js';

/** Guide product limits (support.zendesk.com/hc/en-us/articles/4408831783962). */
export const MAX_CONTENT_TAGS = 200;
export const MAX_TAGS_PER_ARTICLE = 25;
/** "There is a limit of 50,000 redirect rules per brand." */
export const MAX_REDIRECT_RULES = 50_000;
export const REDIRECT_STATUSES = ['301', '302', '303', '307', '308'];

export interface ContentTagRecord {
  id: string;
  name: string;
  created_at: number;
  updated_at: number;
}

export interface RedirectRuleRecord {
  id: string;
  brand_id: string;
  redirect_from: string;
  redirect_to: string;
  /** A string in answers ("301"), a number in the reference's request examples. */
  redirect_status: string;
  created_at: number;
  updated_at: number;
}

/** An article URL with its slug (`/hc/en-us/articles/123-Title`): the reference says to omit it. */
const SLUGGED = /^\/hc\/[^/]+\/(articles|community\/posts|community\/topics)\/\d+-/;

export class GuideRecords {
  readonly contentTags: ContentTagRecord[] = [];
  readonly redirectRules: RedirectRuleRecord[] = [];
  /** Lowered for tests of the limits, which the reference states but nobody wants to seed 50,000 of. */
  limits = { contentTags: MAX_CONTENT_TAGS, redirectRules: MAX_REDIRECT_RULES };
  private next = 1;

  constructor(private readonly now: () => number) {}

  /** A ULID-looking id: 26 characters of Crockford base32, distinct per record. */
  private id(): string {
    return `01H${String(this.next++).padStart(23, '0')}`;
  }

  createContentTag(input: unknown): ContentTagRecord {
    const v = new Validation();
    const raw = isRecord(input) && isRecord(input['content_tag']) ? input['content_tag']['name'] : undefined;
    const name = typeof raw === 'string' ? raw.trim() : '';
    if (!name) v.blank('name');
    else if (this.contentTags.some((t) => t.name.toLowerCase() === name.toLowerCase()))
      v.add('name', 'DuplicateValue', 'has already been taken');
    else if (this.contentTags.length >= this.limits.contentTags)
      v.invalid('name', `an account may have at most ${this.limits.contentTags} content tags`);
    v.throwIfAny(422);
    const t = this.now();
    const tag = { id: this.id(), name, created_at: t, updated_at: t };
    this.contentTags.push(tag);
    return tag;
  }

  /** Ids an article names must be tags of the account, 25 at most. */
  checkArticleTags(ids: unknown, v: Validation): string[] | undefined {
    if (ids === undefined) return undefined;
    if (!Array.isArray(ids) || !ids.every((x) => typeof x === 'string')) {
      v.invalid('content_tag_ids', 'must be an array of content tag ids (strings)');
      return undefined;
    }
    if (ids.length > MAX_TAGS_PER_ARTICLE) v.invalid('content_tag_ids', `an article may have at most ${MAX_TAGS_PER_ARTICLE} content tags`);
    const unknown = ids.filter((x) => !this.contentTags.some((t) => t.id === x));
    if (unknown.length) v.invalid('content_tag_ids', `${unknown.join(', ')} is not a content tag`);
    return [...new Set(ids)];
  }

  /** "Creates or updates a redirect rule for the URL specified in redirect_from." */
  setRedirectRule(input: unknown): RedirectRuleRecord {
    const rule = isRecord(input) && isRecord(input['redirect_rule']) ? input['redirect_rule'] : {};
    const from = rule['redirect_from'];
    const to = rule['redirect_to'];
    const raw = rule['redirect_status'];
    const status = typeof raw === 'number' || typeof raw === 'string' ? String(raw) : '';
    const v = new Validation();
    if (typeof from !== 'string' || !from.startsWith('/')) v.invalid('redirect_from', "must begin with '/'");
    else if (SLUGGED.test(from)) v.invalid('redirect_from', 'omit the slug from the path');
    if (typeof to !== 'string' || !/^(https?:\/\/|\/)/.test(to)) v.invalid('redirect_to', "must begin with 'https://', 'http://', or '/'");
    if (!REDIRECT_STATUSES.includes(status)) v.invalid('redirect_status', `must be one of ${REDIRECT_STATUSES.join(', ')}`);
    v.throwIfAny(400);
    const t = this.now();
    const existing = this.redirectRules.find((r) => r.redirect_from === from);
    if (existing) {
      Object.assign(existing, { redirect_to: to as string, redirect_status: status, updated_at: t });
      return existing;
    }
    if (this.redirectRules.length >= this.limits.redirectRules) {
      throw new HttpError(422, {
        errors: [{ code: 'LimitExceeded', status: '422', title: `a brand may have at most ${this.limits.redirectRules} redirect rules` }],
      });
    }
    const created = {
      id: this.id(),
      brand_id: '1',
      redirect_from: from as string,
      redirect_to: to as string,
      redirect_status: status,
      created_at: t,
      updated_at: t,
    };
    this.redirectRules.push(created);
    return created;
  }

  deleteRedirectRule(id: string): boolean {
    const i = this.redirectRules.findIndex((r) => r.id === id);
    if (i < 0) return false;
    this.redirectRules.splice(i, 1);
    return true;
  }
}
