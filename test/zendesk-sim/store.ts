// The simulator's state and every rule that guards it (validation, archiving, translations,
// attachments). HTTP-free on purpose: tests can seed and inspect it directly, and the
// handlers stay thin.
import { applyGuideEdit, type GuideEdit } from './editor.js';
import { badRequest, HttpError, notFound, recordInvalid, Validation } from './errors.js';
import { GuideRecords } from './guide-records.js';
import { reformatHtml } from './html.js';
import type {
  ArticleRecord,
  AttachmentRecord,
  Integrity,
  CategoryRecord,
  PermissionGroupRecord,
  SectionRecord,
  SeedCredentials,
  SeedData,
  SeedArticle,
  SourceType,
  TranslationRecord,
  UserRecord,
  UserSegmentRecord,
} from './types.js';
import { isPositiveInt, isRecord, type Json } from './util.js';
import { articleView, attachmentView, translationView } from './views.js';
import { attachmentsAfter, checkAttachmentCount, checkBodySize, embedInBody, type AttachmentHost } from './inline.js';
import { embeddedMediaKeys, MediaLibrary } from './media.js';

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/**
 * Guide's product limits (https://support.zendesk.com/hc/en-us/articles/4408831783962): 40,000
 * articles in the account, archived ones and translations not counted, and 5,000 in a section.
 * What Zendesk answers past them is not documented; the simulator refuses with a 422.
 */
export const MAX_ARTICLES = 40_000;
export const MAX_SECTION_ARTICLES = 5_000;
export const MAX_BULK_ATTACHMENTS = 20;

export interface StoreContext {
  /** clock in ms */
  now: () => number;
  baseUrl: () => string;
  reformat: () => boolean;
  /** Whether a translation's change bumps its article's updated_at (the reference does not say; see SimOptions). */
  translationTouchesArticle?: () => boolean;
  /** The account's media library (Guide Media); one of its own when not given. */
  media?: MediaLibrary;
  /** A plan below Enterprise: one user segment per article (see SimOptions.oneSegmentPlan). */
  oneSegmentPlan?: () => boolean;
}

/** An article made "by hand in Guide": the same shape as a seeded one. */
export type DirectArticleInput = SeedArticle;

interface TranslationInput {
  locale: string;
  title: string;
  body: string;
  draft: boolean;
}

export class Store implements AttachmentHost {
  locales: string[];
  defaultLocale: string;
  readonly credentials: SeedCredentials;
  readonly users: UserRecord[];
  readonly categories: CategoryRecord[] = [];
  readonly sections: SectionRecord[] = [];
  readonly permissionGroups: PermissionGroupRecord[];
  readonly userSegments: UserSegmentRecord[];
  readonly articles: ArticleRecord[] = [];
  readonly translations: TranslationRecord[] = [];
  /**
   * The translations of each source, by `type:id`, in id order. Looked up for every article of
   * every page served: a scan of 40,000 translations per article made the largest help center's
   * export page take 2 s of the simulator's CPU, which the benchmarks then counted as the tool's wait.
   */
  private readonly translationsBySource = new Map<string, TranslationRecord[]>();
  /**
   * The articles by id, and the live ones in the orders the routes serve them, as a database's
   * indexes would: the largest help center's 400 list pages each scanned and sorted all 40,000
   * articles. The orders are made again only after an article changed (`version`).
   */
  private readonly byId = new Map<number, ArticleRecord>();
  private version = 0;
  private readonly orders = new Map<string, { version: number; list: ArticleRecord[] }>();
  readonly attachments: AttachmentRecord[] = [];
  /** Content tags and redirect rules (see guide-records.ts). */
  readonly guide: GuideRecords;

  private nextArticleId = 360_000_000_001;
  private nextTranslationId = 360_000_500_001;
  private nextAttachmentId = 360_000_600_001;
  private nextContainerId = 360_000_700_001;
  private readonly library: MediaLibrary;

  constructor(
    seed: SeedData,
    private ctx: StoreContext,
  ) {
    this.library =
      ctx.media ??
      new MediaLibrary({ now: ctx.now, storageUrl: () => 'http://storage.invalid', searchDelayMs: () => 0, headersAs: () => 'string' });
    const t = this.nowSec();
    this.guide = new GuideRecords(() => this.nowSec());
    this.locales = [...seed.locales];
    this.defaultLocale = seed.defaultLocale;
    this.credentials = { ...seed.credentials };
    this.users = seed.users.map((u) => ({ ...u, created_at: t, updated_at: t }));
    this.permissionGroups = seed.permissionGroups.map((g) => ({
      id: g.id,
      name: g.name,
      built_in: g.built_in ?? false,
      created_at: t,
      updated_at: t,
    }));
    this.userSegments = seed.userSegments.map((s) => ({
      id: s.id,
      name: s.name,
      user_type: s.user_type,
      built_in: s.built_in ?? false,
      created_at: t,
      updated_at: t,
    }));
    const admin = this.adminId();
    for (const c of seed.categories) {
      const locale = c.locale ?? this.defaultLocale;
      this.categories.push({ id: c.id, position: c.position ?? 0, source_locale: locale, created_at: t, updated_at: t });
      this.addTranslation('category', c.id, { locale, title: c.name, body: c.description ?? '', draft: false }, admin);
    }
    for (const s of seed.sections) {
      const locale = s.locale ?? this.defaultLocale;
      this.sections.push({
        id: s.id,
        category_id: s.category_id,
        parent_section_id: null,
        position: s.position ?? 0,
        source_locale: locale,
        created_at: t,
        updated_at: t,
      });
      this.addTranslation('section', s.id, { locale, title: s.name, body: s.description ?? '', draft: false }, admin);
    }
    for (const a of seed.articles) this.createArticleDirect(a);
  }

  // ---------- basics ----------

  media(): MediaLibrary {
    return this.library;
  }

  nowSec(): number {
    return Math.floor(this.ctx.now() / 1000);
  }

  baseUrl(): string {
    return this.ctx.baseUrl();
  }

  adminId(): number {
    const admin = this.users.find((u) => u.email === this.credentials.email) ?? this.users.find((u) => u.role === 'admin');
    return admin?.id ?? 0;
  }

  isEnabledLocale(locale: string): boolean {
    return this.locales.includes(locale);
  }

  private storeBody(html: string): string {
    return this.ctx.reformat() ? reformatHtml(html) : html;
  }

  private nextContainer(): number {
    const taken = new Set([...this.categories, ...this.sections].map((c) => c.id));
    while (taken.has(this.nextContainerId)) this.nextContainerId += 1;
    return this.nextContainerId++;
  }

  // ---------- lookups ----------

  /** Non-archived article or 404. */
  article(id: number): ArticleRecord {
    const a = this.byId.get(id);
    if (!a || a.archived) throw notFound();
    return a;
  }

  /** Says that an article changed in a way that moves it in an order (its updated_at, section, archiving, creation). */
  private changed(): void {
    this.version++;
  }

  /** The live articles `scope` names, in an order, kept until an article changes. */
  ordered(scope: string, make: () => ArticleRecord[]): ArticleRecord[] {
    const known = this.orders.get(scope);
    if (known?.version === this.version) return known.list;
    const list = make();
    this.orders.set(scope, { version: this.version, list });
    return list;
  }

  /** Live articles of one section (or every live article), from the index. */
  liveIn(sectionId?: number): ArticleRecord[] {
    if (sectionId === undefined) return this.live();
    return this.ordered(`section:${sectionId}`, () => this.live().filter((a) => a.section_id === sectionId));
  }

  /** Live articles per section, kept as they are created, moved and archived (a count per create would scan them all). */
  private readonly perSection = new Map<number, number>();
  private liveCount = 0;

  private count(sectionId: number, by: number): void {
    this.perSection.set(sectionId, (this.perSection.get(sectionId) ?? 0) + by);
    this.liveCount += by;
  }

  /** How many live articles a section holds. */
  private sectionCount(sectionId: number): number {
    return this.perSection.get(sectionId) ?? 0;
  }

  /** Refuses an article more than Guide's limits allow (see MAX_ARTICLES). */
  private checkRoom(sectionId: number, adding: boolean): void {
    const v = new Validation();
    if (adding && this.liveCount >= MAX_ARTICLES)
      v.invalid('base', `the help center already holds ${MAX_ARTICLES} articles, the most Guide allows`);
    if (this.sectionCount(sectionId) >= MAX_SECTION_ARTICLES)
      v.invalid('section_id', `the section already holds ${MAX_SECTION_ARTICLES} articles, the most Guide allows in one section`);
    v.throwIfAny(422);
  }

  section(id: number): SectionRecord {
    const s = this.sections.find((x) => x.id === id);
    if (!s) throw notFound();
    return s;
  }

  category(id: number): CategoryRecord {
    const c = this.categories.find((x) => x.id === id);
    if (!c) throw notFound();
    return c;
  }

  /** Every live article (a copy: the index's own list stays as it is). */
  liveArticles(): ArticleRecord[] {
    return [...this.live()];
  }

  private live(): ArticleRecord[] {
    return this.ordered('live', () => this.articles.filter((a) => !a.archived));
  }

  translationsOf(type: SourceType, id: number): TranslationRecord[] {
    return [...(this.translationsBySource.get(`${type}:${id}`) ?? [])];
  }

  translationOf(type: SourceType, id: number, locale: string): TranslationRecord | undefined {
    return this.translationsBySource.get(`${type}:${id}`)?.find((t) => t.locale === locale);
  }

  sourceTranslation(a: ArticleRecord): TranslationRecord {
    const t = this.translationOf('article', a.id, a.source_locale);
    if (!t) throw new Error(`article ${a.id} lost its source translation`);
    return t;
  }

  // ---------- articles ----------

  /**
   * POST /sections/{id}/articles. `input` is the request's "article" object, in one of the two
   * forms of the reference's Create Article
   * (developer.zendesk.com/api-reference/help_center/help-center-api/articles/#create-article):
   * plain (title, body, draft at the top level) or "With translations", where `translations`
   * holds every locale, the article's own included ("Translations represent the content in all
   * supported languages ... The default language is also included in the translations",
   * .../help-center-api/translations/).
   */
  createArticle(sectionId: number, input: Json, actorId: number, urlLocale?: string): ArticleRecord {
    this.section(sectionId);
    const locale = typeof input['locale'] === 'string' && input['locale'] !== '' ? input['locale'] : urlLocale;
    this.checkCreateForm(input, locale);
    const v = new Validation();

    if (locale === undefined) v.blank('locale');
    else if (!this.isEnabledLocale(locale)) v.invalid('locale', `'${locale}' is not an enabled locale of this Help Center`);

    const extra: TranslationInput[] = [];
    let source: TranslationInput | undefined;
    if (Array.isArray(input['translations'])) {
      const seen = new Set<string>();
      for (const raw of input['translations'] as unknown[]) {
        const t = this.parseTranslation(raw, v, seen);
        if (!t) continue;
        if (t.locale === locale) source = t;
        else extra.push(t);
      }
    } else {
      const title = input['title'];
      if (typeof title !== 'string' || title.trim() === '') v.blank('title');
      if (input['body'] !== undefined && input['body'] !== null && typeof input['body'] !== 'string') v.invalid('body', 'must be a string');
      if (input['draft'] !== undefined && typeof input['draft'] !== 'boolean') v.invalid('draft', 'must be a boolean');
      source = {
        locale: locale ?? '',
        title: typeof title === 'string' ? title : '',
        body: typeof input['body'] === 'string' ? input['body'] : '',
        draft: input['draft'] === true,
      };
    }

    const pg = input['permission_group_id'];
    if (pg === undefined || pg === null) v.blank('permission_group_id');
    else if (!this.permissionGroups.some((g) => g.id === pg)) v.invalid('permission_group_id', 'does not exist');

    // "Either user_segment_id or user_segment_ids must be specified" (Articles, JSON format).
    if (!('user_segment_id' in input) && !('user_segment_ids' in input)) {
      v.add('user_segment_id', 'BlankValue', 'must be provided; set it to null to make the article visible to everyone');
    }
    const segments = this.checkSegments(input, v);
    const tags = this.guide.checkArticleTags(input['content_tag_ids'], v);
    this.validateCommonMetadata(input, v);
    v.throwIfAny();
    if (!source) throw new Error('internal: a valid create request without its source translation');
    for (const t of [source, ...extra]) checkBodySize(t.body, t.locale);
    checkAttachmentCount([source, ...extra].reduce((n, t) => n + attachmentsAfter(this, null, t.locale, t.body), 0));
    this.checkRoom(sectionId, true);

    const now = this.nowSec();
    const article: ArticleRecord = {
      id: this.nextArticleId++,
      section_id: sectionId,
      author_id: isPositiveInt(input['author_id']) ? input['author_id'] : actorId,
      comments_disabled: input['comments_disabled'] === true,
      promoted: input['promoted'] === true,
      position: typeof input['position'] === 'number' ? input['position'] : 0,
      permission_group_id: pg as number,
      user_segment_id: segments?.[0] ?? null,
      user_segment_ids: segments ?? [],
      content_tag_ids: tags ?? [],
      label_names: Array.isArray(input['label_names']) ? [...(input['label_names'] as string[])] : [],
      source_locale: locale as string,
      vote_sum: 0,
      vote_count: 0,
      created_at: now,
      updated_at: now,
      edited_at: now,
      archived: false,
    };
    this.articles.push(article);
    this.byId.set(article.id, article);
    this.count(sectionId, 1);
    this.changed();
    this.addTranslation('article', article.id, source, actorId);
    for (const t of extra) this.addTranslation('article', article.id, t, actorId);
    return article;
  }

  /**
   * Refuses, with 422, a request that is neither documented form: a `translations` array without
   * the article's own locale (the reference includes the default language in translations), or
   * title/body/draft at the top level beside a `translations` array. Whether Zendesk itself
   * takes the top-level content or the list's in that mix is not documented; a server that
   * follows the reference may refuse it, so the simulator does, to be at least as strict.
   * Checked before the fields: in a malformed request it is unclear which title is meant.
   */
  private checkCreateForm(input: Json, locale: string | undefined): void {
    const list = input['translations'];
    if (list === undefined) return;
    const v = new Validation();
    if (!Array.isArray(list)) {
      v.invalid('translations', 'must be an array');
    } else {
      const mixed = (['title', 'body', 'draft'] as const).filter((k) => input[k] !== undefined);
      if (mixed.length) {
        v.invalid(
          'translations',
          `cannot be combined with ${mixed.join(', ')} at the top level of the article; every locale's content goes in translations`,
        );
      }
      if (locale !== undefined && !list.some((t) => isRecord(t) && t['locale'] === locale)) {
        v.invalid('translations', `must include the article's own locale '${locale}'`);
      }
    }
    v.throwIfAny(422);
  }

  private parseTranslation(raw: unknown, v: Validation, seen: Set<string>): TranslationInput | undefined {
    if (!isRecord(raw)) {
      v.invalid('translations', 'every entry must be an object');
      return undefined;
    }
    const locale = raw['locale'];
    if (typeof locale !== 'string' || locale === '') {
      v.blank('locale');
      return undefined;
    }
    if (!this.isEnabledLocale(locale)) {
      v.invalid('locale', `'${locale}' is not an enabled locale of this Help Center`);
      return undefined;
    }
    if (seen.has(locale)) {
      v.add('locale', 'DuplicateValue', `'${locale}' has already been taken`);
      return undefined;
    }
    seen.add(locale);
    const title = raw['title'];
    if (typeof title !== 'string' || title.trim() === '') {
      v.add('title', 'BlankValue', `cannot be blank (${locale})`);
      return undefined;
    }
    return {
      locale,
      title,
      body: typeof raw['body'] === 'string' ? raw['body'] : '',
      draft: raw['draft'] === true,
    };
  }

  /**
   * The segments a request sets, from `user_segment_ids` (a list; empty is everyone) or
   * `user_segment_id` (null is everyone); undefined when it sets neither. "For Enterprise plans
   * only this may contain more than one user_segment_id": other plans refuse more than one.
   */
  private checkSegments(input: Json, v: Validation): number[] | undefined {
    const exists = (id: unknown) => this.userSegments.some((s) => s.id === id);
    if ('user_segment_ids' in input) {
      const ids = input['user_segment_ids'];
      if (!Array.isArray(ids) || !ids.every((x) => Number.isInteger(x))) {
        v.invalid('user_segment_ids', 'must be an array of user segment ids');
        return undefined;
      }
      if (ids.some((x) => !exists(x))) v.invalid('user_segment_ids', 'does not exist');
      if (ids.length > 1 && this.ctx.oneSegmentPlan?.())
        v.invalid('user_segment_ids', 'only Enterprise plans may set more than one user segment');
      return [...new Set(ids as number[])];
    }
    if (!('user_segment_id' in input)) return undefined;
    const us = input['user_segment_id'];
    if (us !== null && !exists(us)) v.invalid('user_segment_id', 'does not exist');
    return us === null || us === undefined ? [] : [us as number];
  }

  private validateCommonMetadata(input: Json, v: Validation): void {
    for (const key of ['promoted', 'comments_disabled'] as const) {
      if (input[key] !== undefined && typeof input[key] !== 'boolean') v.invalid(key, 'must be a boolean');
    }
    const position = input['position'];
    if (position !== undefined && !(typeof position === 'number' && Number.isInteger(position))) {
      v.invalid('position', 'must be an integer');
    }
    const labels = input['label_names'];
    if (labels !== undefined && !(Array.isArray(labels) && labels.every((l) => typeof l === 'string'))) {
      v.invalid('label_names', 'must be an array of strings');
    }
    const author = input['author_id'];
    if (author !== undefined && !this.users.some((u) => u.id === author && u.role !== 'end-user')) {
      v.invalid('author_id', 'must be an agent');
    }
  }

  /**
   * PUT /articles/{id}: metadata only. title, body, draft and locale are ignored without an
   * error, exactly like Zendesk: they belong to translations.
   */
  updateArticleMetadata(id: number, input: Json): ArticleRecord {
    const a = this.article(id);
    const v = new Validation();
    this.validateCommonMetadata(input, v);
    if ('section_id' in input && !this.sections.some((s) => s.id === input['section_id'])) {
      v.invalid('section_id', 'does not exist');
    }
    if ('permission_group_id' in input && !this.permissionGroups.some((g) => g.id === input['permission_group_id'])) {
      v.invalid('permission_group_id', 'does not exist');
    }
    const segments = this.checkSegments(input, v);
    const tags = this.guide.checkArticleTags(input['content_tag_ids'], v);
    v.throwIfAny();
    if (typeof input['section_id'] === 'number' && input['section_id'] !== a.section_id) this.checkRoom(input['section_id'], false);

    const before = JSON.stringify(a);
    if (typeof input['promoted'] === 'boolean') a.promoted = input['promoted'];
    if (typeof input['comments_disabled'] === 'boolean') a.comments_disabled = input['comments_disabled'];
    if (typeof input['position'] === 'number') a.position = input['position'];
    if (Array.isArray(input['label_names'])) a.label_names = [...(input['label_names'] as string[])];
    if (typeof input['section_id'] === 'number' && input['section_id'] !== a.section_id) {
      this.count(a.section_id, -1);
      a.section_id = input['section_id'];
      this.count(a.section_id, 1);
    }
    if (typeof input['permission_group_id'] === 'number') a.permission_group_id = input['permission_group_id'];
    if (segments) {
      a.user_segment_ids = segments;
      a.user_segment_id = segments[0] ?? null;
    }
    if (tags) a.content_tag_ids = tags;
    if (typeof input['author_id'] === 'number') a.author_id = input['author_id'];
    if (JSON.stringify(a) !== before) {
      a.updated_at = this.nowSec();
      this.changed();
    }
    return a;
  }

  /** DELETE /articles/{id}: archived, not deleted (restorable in Guide). */
  archiveArticle(id: number): void {
    const a = this.article(id);
    a.archived = true;
    a.updated_at = this.nowSec();
    this.count(a.section_id, -1);
    this.changed();
  }

  setSourceLocale(id: number, locale: unknown): ArticleRecord {
    const a = this.article(id);
    if (typeof locale !== 'string' || !this.translationOf('article', id, locale)) {
      const v = new Validation();
      v.invalid('article_locale', 'must be the locale of one of the article translations');
      v.throwIfAny();
    }
    if (a.source_locale !== locale) {
      a.source_locale = locale as string;
      a.updated_at = this.nowSec();
      this.changed();
    }
    return a;
  }

  // ---------- translations ----------

  private addTranslation(type: SourceType, id: number, t: TranslationInput, actorId: number): TranslationRecord {
    const now = this.nowSec();
    const record: TranslationRecord = {
      id: this.nextTranslationId++,
      source_id: id,
      source_type: type,
      locale: t.locale,
      title: t.title,
      body: type === 'article' ? this.storeBody(t.body) : t.body,
      draft: t.draft,
      outdated: false,
      created_at: now,
      updated_at: now,
      created_by_id: actorId,
      updated_by_id: actorId,
    };
    if (type === 'article') record.body = embedInBody(this, id, t.locale, record.body);
    this.translations.push(record);
    const key = `${type}:${id}`;
    const list = this.translationsBySource.get(key);
    if (list) list.push(record);
    else this.translationsBySource.set(key, [record]);
    return record;
  }

  private touchSource(type: SourceType, id: number, now: number): void {
    if (type === 'article') {
      // A title sorts the lists too, whether or not the article's updated_at moves.
      this.changed();
      if (this.ctx.translationTouchesArticle?.() === false) return;
      const a = this.byId.get(id);
      if (a) a.updated_at = now;
      return;
    }
    const list: { id: number; updated_at: number }[] = type === 'section' ? this.sections : this.categories;
    const item = list.find((x) => x.id === id);
    if (item) item.updated_at = now;
  }

  private requireSource(type: SourceType, id: number): void {
    if (type === 'article') this.article(id);
    else if (type === 'section') this.section(id);
    else this.category(id);
  }

  createTranslation(type: SourceType, id: number, input: unknown, actorId: number): TranslationRecord {
    this.requireSource(type, id);
    if (!isRecord(input)) throw badRequest('InvalidParameter', 'The "translation" object is missing');
    const v = new Validation();
    const locale = input['locale'];
    if (typeof locale !== 'string' || locale === '') v.blank('locale');
    else if (!this.isEnabledLocale(locale)) v.invalid('locale', `'${locale}' is not an enabled locale of this Help Center`);
    else if (this.translationOf(type, id, locale)) v.add('locale', 'DuplicateValue', 'has already been taken');
    const title = input['title'];
    if (typeof title !== 'string' || title.trim() === '') v.blank('title');
    if (input['body'] !== undefined && input['body'] !== null && typeof input['body'] !== 'string') v.invalid('body', 'must be a string');
    v.throwIfAny();
    if (type === 'article') checkBodySize(input['body']);
    if (type === 'article' && typeof input['body'] === 'string')
      checkAttachmentCount(attachmentsAfter(this, id, locale as string, input['body']));
    const record = this.addTranslation(
      type,
      id,
      {
        locale: locale as string,
        title: title as string,
        body: typeof input['body'] === 'string' ? input['body'] : '',
        draft: input['draft'] === true,
      },
      actorId,
    );
    if (input['outdated'] === true) record.outdated = true;
    this.touchSource(type, id, record.created_at);
    return record;
  }

  /** PUT .../translations/{locale}. A no-op update leaves updated_at alone (as Zendesk). */
  updateTranslation(type: SourceType, id: number, locale: string, input: unknown, actorId: number): TranslationRecord {
    this.requireSource(type, id);
    const t = this.translationOf(type, id, locale);
    if (!t) throw notFound();
    if (!isRecord(input)) throw badRequest('InvalidParameter', 'The "translation" object is missing');
    const v = new Validation();
    if (input['title'] !== undefined && (typeof input['title'] !== 'string' || input['title'].trim() === '')) v.blank('title');
    if (input['body'] !== undefined && input['body'] !== null && typeof input['body'] !== 'string') v.invalid('body', 'must be a string');
    for (const key of ['draft', 'outdated'] as const) {
      if (input[key] !== undefined && typeof input[key] !== 'boolean') v.invalid(key, 'must be a boolean');
    }
    v.throwIfAny();
    if (type === 'article') checkBodySize(input['body']);
    if (type === 'article' && typeof input['body'] === 'string') checkAttachmentCount(attachmentsAfter(this, id, locale, input['body']));
    return this.applyTranslationEdit(type, id, t, input, actorId);
  }

  private applyTranslationEdit(
    type: SourceType,
    id: number,
    t: TranslationRecord,
    input: { title?: unknown; body?: unknown; draft?: unknown; outdated?: unknown },
    actorId: number,
  ): TranslationRecord {
    let contentChanged = false;
    let changed = false;
    if (typeof input.title === 'string' && input.title !== t.title) {
      t.title = input.title;
      contentChanged = true;
    }
    if (typeof input.body === 'string') {
      const body = type === 'article' ? embedInBody(this, id, t.locale, this.storeBody(input.body)) : input.body;
      if (body !== t.body) {
        t.body = body;
        contentChanged = true;
      }
    }
    if (typeof input.draft === 'boolean' && input.draft !== t.draft) {
      t.draft = input.draft;
      changed = true;
    }
    if (typeof input.outdated === 'boolean' && input.outdated !== t.outdated) {
      t.outdated = input.outdated;
      changed = true;
    }
    if (contentChanged || changed) {
      const now = this.nowSec();
      t.updated_at = now;
      t.updated_by_id = actorId;
      this.touchSource(type, id, now);
      if (type === 'article' && contentChanged) {
        const a = this.article(id);
        if (a.source_locale === t.locale) a.edited_at = now;
      }
    }
    return t;
  }

  deleteTranslation(translationId: number): void {
    const t = this.translations.find((x) => x.id === translationId);
    if (!t) throw notFound();
    const source =
      t.source_type === 'article'
        ? [this.byId.get(t.source_id)].find((a) => a !== undefined && !a.archived)
        : t.source_type === 'section'
          ? this.sections.find((s) => s.id === t.source_id)
          : this.categories.find((c) => c.id === t.source_id);
    if (!source) throw notFound();
    if (source.source_locale === t.locale) {
      throw new HttpError(400, {
        error: 'RecordInvalid',
        description: 'Record validation errors',
        details: {
          locale: [{ description: 'Locale: the source translation cannot be deleted', error: 'InvalidValue' }],
        },
      });
    }
    this.translations.splice(this.translations.indexOf(t), 1);
    const siblings = this.translationsBySource.get(`${t.source_type}:${t.source_id}`) ?? [];
    siblings.splice(siblings.indexOf(t), 1);
    this.touchSource(t.source_type, t.source_id, this.nowSec());
  }

  missingLocales(type: SourceType, id: number): string[] {
    this.requireSource(type, id);
    const have = new Set(this.translationsOf(type, id).map((t) => t.locale));
    return this.locales.filter((l) => !have.has(l));
  }

  // ---------- sections and categories ----------

  createCategory(input: unknown, actorId: number, urlLocale?: string): CategoryRecord {
    const { locale, name, description, position } = this.parseContainer(input, urlLocale);
    const now = this.nowSec();
    const c: CategoryRecord = { id: this.nextContainer(), position, source_locale: locale, created_at: now, updated_at: now };
    this.categories.push(c);
    this.addTranslation('category', c.id, { locale, title: name, body: description, draft: false }, actorId);
    return c;
  }

  createSection(categoryId: number, input: unknown, actorId: number, urlLocale?: string): SectionRecord {
    this.category(categoryId);
    const { locale, name, description, position, parentSectionId } = this.parseContainer(input, urlLocale);
    const now = this.nowSec();
    const s: SectionRecord = {
      id: this.nextContainer(),
      category_id: categoryId,
      parent_section_id: parentSectionId,
      position,
      source_locale: locale,
      created_at: now,
      updated_at: now,
    };
    this.sections.push(s);
    this.addTranslation('section', s.id, { locale, title: name, body: description, draft: false }, actorId);
    return s;
  }

  /** PUT /sections/{id}, /categories/{id}: position and (sections) category_id; names and descriptions are translations. */
  updateContainer(kind: 'section' | 'category', id: number, input: unknown): CategoryRecord {
    const c = kind === 'section' ? this.section(id) : this.category(id);
    if (!isRecord(input)) throw badRequest('InvalidParameter', `The "${kind}" object is missing`);
    const v = new Validation();
    const position = input['position'];
    if (position !== undefined && (typeof position !== 'number' || !Number.isInteger(position) || position < 0))
      v.invalid('position', 'must be a whole number, 0 or more');
    const category = input['category_id'];
    if (kind === 'section' && category !== undefined && !this.categories.some((x) => x.id === category))
      v.invalid('category_id', 'does not exist');
    v.throwIfAny();
    let changed = false;
    if (typeof position === 'number' && position !== c.position) {
      c.position = position;
      changed = true;
    }
    if (kind === 'section' && typeof category === 'number' && category !== (c as SectionRecord).category_id) {
      (c as SectionRecord).category_id = category;
      changed = true;
    }
    if (changed) c.updated_at = this.nowSec();
    return c;
  }

  private parseContainer(
    input: unknown,
    urlLocale?: string,
  ): { locale: string; name: string; description: string; position: number; parentSectionId: number | null } {
    if (!isRecord(input)) throw badRequest('InvalidParameter', 'The request body object is missing');
    const v = new Validation();
    // `locale` is mandatory in the reference; the URL's locale prefix may stand in for it.
    const locale = typeof input['locale'] === 'string' ? input['locale'] : urlLocale;
    if (locale === undefined) v.blank('locale');
    else if (!this.isEnabledLocale(locale)) v.invalid('locale', `'${locale}' is not an enabled locale of this Help Center`);
    const name = input['name'];
    if (typeof name !== 'string' || name.trim() === '') v.blank('name');
    if (input['description'] !== undefined && input['description'] !== null && typeof input['description'] !== 'string')
      v.invalid('description', 'must be a string');
    const pos = input['position'];
    if (pos !== undefined && (typeof pos !== 'number' || !Number.isInteger(pos) || pos < 0))
      v.invalid('position', 'must be a whole number, 0 or more');
    const parent = input['parent_section_id'];
    if (parent !== undefined && parent !== null && !this.sections.some((s) => s.id === parent)) {
      v.invalid('parent_section_id', 'does not exist');
    }
    v.throwIfAny();
    return {
      locale: locale as string,
      name: name as string,
      description: typeof input['description'] === 'string' ? input['description'] : '',
      position: typeof input['position'] === 'number' ? input['position'] : 0,
      parentSectionId: typeof parent === 'number' ? parent : null,
    };
  }

  // ---------- attachments ----------

  /**
   * An attachment from an uploaded file (the unassociated endpoint only) or from a media
   * (`guide_media_id`); `locale` only on inline ones. Counted against the article's 500.
   */
  createAttachment(
    input: { file?: { fileName: string; contentType: string; data: Buffer }; guideMediaId?: string; inline: boolean; locale?: string },
    articleId: number | null,
  ): AttachmentRecord {
    if (articleId !== null) this.article(articleId);
    const v = new Validation();
    if (input.locale !== undefined) {
      if (!input.inline) v.invalid('locale', 'can only be set on inline attachments');
      else if (!this.isEnabledLocale(input.locale)) v.invalid('locale', `'${input.locale}' is not an enabled locale of this Help Center`);
    }
    v.throwIfAny();
    const media = input.guideMediaId !== undefined ? this.library.medias.find((m) => m.id === input.guideMediaId) : undefined;
    if (input.guideMediaId !== undefined && !media) {
      throw recordInvalid({ guide_media_id: [{ description: 'Guide media: does not exist', error: 'InvalidValue' }] }, 422);
    }
    const file = media ? { fileName: media.name, contentType: media.content_type, data: media.data } : input.file;
    if (!file) throw recordInvalid({ file: [{ description: 'File: cannot be blank', error: 'BlankValue' }] });
    if (file.data.length > MAX_ATTACHMENT_BYTES) {
      throw recordInvalid({ file: [{ description: 'File: is too large (the limit is 20 MB)', error: 'InvalidValue' }] }, 422);
    }
    if (articleId !== null) checkAttachmentCount(this.attachments.filter((a) => a.article_id === articleId).length + 1);
    return this.newAttachment({
      article_id: articleId,
      file_name: file.fileName,
      content_type: file.contentType,
      size: file.data.length,
      inline: input.inline,
      locale: input.inline ? (input.locale ?? null) : null,
      guide_media_id: media?.id ?? null,
      embedded: false,
      data: file.data,
    });
  }

  newAttachment(fields: Omit<AttachmentRecord, 'id' | 'created_at' | 'updated_at'>): AttachmentRecord {
    const now = this.nowSec();
    const record: AttachmentRecord = { ...fields, id: this.nextAttachmentId++, created_at: now, updated_at: now };
    this.attachments.push(record);
    return record;
  }

  attachment(id: number): AttachmentRecord {
    const a = this.attachments.find((x) => x.id === id);
    if (!a) throw notFound();
    return a;
  }

  deleteAttachment(id: number): void {
    const a = this.attachment(id);
    this.attachments.splice(this.attachments.indexOf(a), 1);
  }

  /** POST /articles/{id}/bulk_attachments: at most 20 ids, all must exist and be free. */
  bulkAttach(articleId: number, ids: unknown): AttachmentRecord[] {
    this.article(articleId);
    if (!Array.isArray(ids) || ids.length === 0 || !ids.every(isPositiveInt)) {
      throw badRequest('InvalidParameter', 'attachment_ids must be a non-empty array of attachment ids');
    }
    if (ids.length > MAX_BULK_ATTACHMENTS) {
      throw badRequest('InvalidParameter', `attachment_ids: at most ${MAX_BULK_ATTACHMENTS} attachments a request (got ${ids.length})`);
    }
    const v = new Validation();
    const found: AttachmentRecord[] = [];
    for (const id of ids) {
      const a = this.attachments.find((x) => x.id === id);
      if (!a) v.invalid('attachment_ids', `attachment ${id} does not exist`);
      else if (a.article_id !== null && a.article_id !== articleId) {
        v.invalid('attachment_ids', `attachment ${id} belongs to another article`);
      } else found.push(a);
    }
    v.throwIfAny(422);
    const fresh = found.filter((a) => a.article_id === null).length;
    checkAttachmentCount(this.attachments.filter((a) => a.article_id === articleId).length + fresh);
    const now = this.nowSec();
    for (const a of found) {
      a.article_id = articleId;
      a.updated_at = now;
    }
    return found;
  }

  // ---------- helpers for tests ("made by hand in Guide") ----------

  /** An article created in the Guide UI: defaults fill what the API would require. */
  createArticleDirect(input: DirectArticleInput): Json {
    const locale = input.locale ?? this.defaultLocale;
    const content = { title: input.title, body: input.body, draft: input.draft ?? false };
    const body: Json = {
      locale,
      permission_group_id: input.permission_group_id ?? this.permissionGroups[0]?.id,
      user_segment_id: input.user_segment_id ?? null,
      // The seed lists only the other locales; the API wants the source one among them too.
      ...(input.translations?.length ? { translations: [{ locale, ...content }, ...input.translations] } : content),
    };
    if (input.label_names) body['label_names'] = input.label_names;
    const a = this.createArticle(input.section_id, body, this.adminId());
    return this.getArticle(a.id) as Json;
  }

  /**
   * An edit in the Guide UI: bumps updated_at and records the editor (`by`, a user id; the admin
   * by default) in updated_by_id; the body is reformatted like an API write.
   */
  editTranslationDirect(
    articleId: number,
    locale: string,
    edit: { title?: string; body?: string; draft?: boolean },
    by: number = this.adminId(),
  ): Json {
    const t = this.translationOf('article', articleId, locale);
    if (!t) throw new Error(`article ${articleId} has no ${locale} translation`);
    if (!this.users.some((u) => u.id === by && u.role !== 'end-user'))
      throw new Error(`user ${by} is not an agent who could edit in Guide`);
    this.applyTranslationEdit('article', articleId, t, edit, by);
    return translationView(this, t);
  }

  /** A writer's save in Guide's editor (see editor.ts): what it leaves of the body, reformatted. */
  editInGuide(articleId: number, locale: string, edit: GuideEdit, by?: number): Json {
    const t = this.translationOf('article', articleId, locale);
    if (!t) throw new Error(`article ${articleId} has no ${locale} translation`);
    return this.editTranslationDirect(articleId, locale, { body: applyGuideEdit(t.body, edit) }, by);
  }

  /** Article as the API shows it, plus `archived`; archived articles are returned too. */
  getArticle(id: number, locale?: string): (Json & { archived: boolean }) | undefined {
    const a = this.byId.get(id);
    if (!a) return undefined;
    return { ...articleView(this, a, locale), archived: a.archived };
  }

  listArticleTranslations(id: number): Json[] {
    return this.translationsOf('article', id).map((t) => translationView(this, t));
  }

  articleAttachments(id: number): Json[] {
    return this.attachments.filter((a) => a.article_id === id).map((a) => attachmentView(this, a));
  }

  /**
   * What a publisher must never leave behind, read from the stored records: uploads on no
   * article, two live articles with one marker key, two translations of one article in one
   * locale, and articles whose attachments are not exactly those their bodies point at. The
   * marker key is read from the stored HTML (`data-zgp-key`, always double-quoted once stored).
   */
  integrity(): Integrity {
    const live = this.liveArticles();
    const byKey = new Map<string, number[]>();
    const keyOf = new Map<number, string>();
    const seenLocales = new Set<string>();
    let duplicateTranslations = 0;
    for (const t of this.translations) {
      if (t.source_type !== 'article') continue;
      const id = `${t.source_id} ${t.locale}`;
      if (seenLocales.has(id)) duplicateTranslations++;
      seenLocales.add(id);
    }
    const attachmentMismatches: Integrity['attachmentMismatches'] = [];
    for (const a of live) {
      const bodies = this.translationsOf('article', a.id).map((t) => t.body);
      const key = bodies.map((b) => /data-zgp-key="([^"]*)"/.exec(b)?.[1]).find((k) => k !== undefined);
      if (key !== undefined) {
        const decoded = key.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
        keyOf.set(a.id, decoded);
        byKey.set(decoded, [...(byKey.get(decoded) ?? []), a.id]);
      }
      const used = new Set(bodies.flatMap((b) => [...b.matchAll(/\/hc\/article_attachments\/(\d+)\//g)].map((m) => Number(m[1]))));
      const associated = new Set(this.attachments.filter((x) => x.article_id === a.id).map((x) => x.id));
      // Attachments Zendesk made for an embedded media URL are used by construction (removed when no body embeds it).
      for (const x of this.attachments) if (x.article_id === a.id && x.auto_media !== undefined) used.add(x.id);
      const unreferenced = [...associated].filter((id) => !used.has(id));
      const missing = [...used].filter((id) => !associated.has(id));
      if (unreferenced.length || missing.length)
        attachmentMismatches.push({ articleId: a.id, key: keyOf.get(a.id), unreferenced, missing });
    }
    const duplicateKeys = [...byKey].filter(([, ids]) => ids.length > 1).map(([k]) => k);
    const missingMedia = live
      .flatMap((a) => this.translationsOf('article', a.id))
      .reduce((n, t) => n + embeddedMediaKeys(t.body).filter((k) => !this.library.byKey(k)).length, 0);
    return {
      unassociatedAttachments: this.attachments.filter((x) => x.article_id === null).length,
      missingMedia,
      duplicateArticles: [...byKey.values()].reduce((n, ids) => n + ids.length - 1, 0),
      duplicateKeys,
      duplicateTranslations,
      attachmentMismatches,
    };
  }

  /** JSON-serializable state (attachment bytes summarized by size). */
  dump(): Json {
    return {
      locales: this.locales,
      defaultLocale: this.defaultLocale,
      users: this.users,
      categories: this.categories,
      sections: this.sections,
      permissionGroups: this.permissionGroups,
      userSegments: this.userSegments,
      articles: this.articles,
      translations: this.translations,
      attachments: this.attachments.map(({ data: _data, ...rest }) => rest),
      medias: this.library.medias.map(({ data: _data, ...rest }) => rest),
    };
  }
}
