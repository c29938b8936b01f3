import { finalBody, STUB_URL } from '../plan/body.js';
import { localeUrl } from '../plan/remote-index.js';
import type { ArticlePlan, BodyRef, BodySpec, Plan } from '../plan/types.js';
import type { Slots } from '../remote/slots.js';
import type { TranslationInput } from '../remote/types.js';
import { withTagIds } from './content-tags.js';
import { bodiesOf, NO_STUBS, type ArticleRun, type Stubs } from './executors.js';
import type { ApplyClient, ApplyOptions, Outcome } from './outcome.js';

/** A new article once it exists: where bodies that link to it point. */
export interface Created {
  htmlUrl: string;
  sourceLocale: string;
}

/** A promise settled from outside, that says whether it was. */
export interface Deferred<T> {
  promise: Promise<T>;
  settled: boolean;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A promise nobody waits for must not become an unhandled rejection.
  promise.catch(() => undefined);
  const d: Deferred<T> = {
    promise,
    settled: false,
    resolve: (v) => {
      d.settled = true;
      resolve(v);
    },
    reject: (e) => {
      d.settled = true;
      reject(e);
    },
  };
  return d;
}

/** What every article of one apply shares. */
export interface ApplyShared {
  plan: Plan;
  client: ApplyClient;
  options: ApplyOptions;
  /** The articles this run creates, by key: settled once each exists (or cannot). */
  targets: ReadonlyMap<string, Deferred<Created>>;
  /** The articles written at once. */
  writing: Slots;
}

/**
 * The URL of a linked article, once it exists. While the article waits for it, its slot goes
 * to another: the target may need it.
 */
function linkResolver(shared: ApplyShared) {
  let waits = 0;
  return async (ref: Extract<BodyRef, { kind: 'article' }>, stub: boolean): Promise<string> => {
    if (ref.url !== undefined) return ref.url;
    if (stub) return STUB_URL;
    const target = shared.targets.get(ref.targetKey);
    if (!target) throw new Error(`internal: no URL for linked article ${ref.targetKey}`);
    let created: Created;
    const wait = !target.settled;
    if (wait && waits++ === 0) shared.writing.release();
    try {
      created = await target.promise;
    } catch {
      throw new Error(`not written: it links to ${ref.targetKey}, which could not be created`);
    } finally {
      // Back before articles not started yet: finishing what is under way comes first.
      if (wait && --waits === 0) await shared.writing.acquire(true);
    }
    return localeUrl(created.htmlUrl, created.sourceLocale, ref.locale) + (ref.anchor ? `#${ref.anchor}` : '');
  };
}

/** Attachment URL by content hash: the article's known ones, then the media made this run (they serve every article that embeds them). */
function assetsOf(article: ArticlePlan, options: ApplyOptions): Record<string, string> {
  const assets: Record<string, string> = { ...article.knownAssets };
  for (const spec of article.operations.flatMap(bodiesOf))
    for (const ref of spec.refs)
      if (ref.kind === 'asset' && options.media?.urls.has(ref.sha)) assets[ref.sha] ??= options.media.urls.get(ref.sha)!;
  return assets;
}

/** Renders a body as sent, recording its hash in `rendered` for the state record. */
function bodyRenderer(shared: ApplyShared, article: ArticlePlan, assets: Record<string, string>, rendered: Map<string, string>) {
  const linkUrl = linkResolver(shared);
  const { options } = shared;
  return async (spec: BodySpec, stubs: Stubs = NO_STUBS): Promise<TranslationInput> => {
    const links = new Map<number, string>();
    for (const ref of spec.refs) if (ref.kind === 'article') links.set(ref.index, await linkUrl(ref, stubs.links));
    const known = (ref: Extract<BodyRef, { kind: 'asset' }>) => assets[`${spec.locale}/${ref.sha}`] ?? assets[ref.sha];
    for (const ref of spec.refs) {
      const failed = ref.kind === 'asset' && known(ref) === undefined ? options.media?.failed.get(ref.sha) : undefined;
      if (failed !== undefined) throw new Error(`not written: "${ref.written}" could not be uploaded (${failed})`);
    }
    const final = finalBody(
      spec,
      article.key,
      (ref) => (ref.kind === 'asset' ? (known(ref) ?? (stubs.files ? STUB_URL : undefined)) : links.get(ref.index)),
      shared.plan.namespace,
    );
    if (!final) throw new Error(`internal: unresolved reference in ${spec.file}`);
    rendered.set(spec.locale, final.hash);
    const stubbed = spec.refs.some((r) =>
      r.kind === 'article' ? stubs.links && r.url === undefined : stubs.files && known(r) === undefined,
    );
    return { locale: spec.locale, title: spec.title, body: final.html, draft: spec.draft || stubbed };
  };
}

/** What the executors of one article share (see executors.ts). */
export function articleRun(shared: ApplyShared, article: ArticlePlan, outcome: Outcome): ArticleRun {
  const { options } = shared;
  const assets = assetsOf(article, options);
  const rendered = new Map<string, string>();
  return {
    article,
    outcome,
    client: shared.client,
    assets,
    tags: (metadata) => withTagIds(metadata, options.contentTags),
    redirect: options.redirect,
    section(target) {
      if (typeof target === 'number') return target;
      const id = options.sections?.get(target.newSection);
      if (id === undefined) throw new Error(`internal: section ${target.newSection} was not created before its articles`);
      return id;
    },
    render: bodyRenderer(shared, article, assets, rendered),
    written(locale) {
      const hash = rendered.get(locale);
      if (hash !== undefined) outcome.published = { ...outcome.published, [locale]: hash };
    },
    write(fn) {
      outcome.requests++;
      return fn();
    },
    created(htmlUrl, sourceLocale) {
      shared.targets.get(article.key)?.resolve({ htmlUrl, sourceLocale });
    },
  };
}
