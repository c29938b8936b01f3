import path from 'node:path';
import { articleLinkOf } from '../plan/content-form.js';
import { htmlToMarkdown, type ConvertRender, type Converted } from './convert.js';

/** What every conversion of one import shares: sent once to each worker. */
export interface ConvertShared {
  /** Article id → its docs-relative key (without `.md`): links between articles become relative paths. */
  keyOfArticle: ReadonlyMap<number, string>;
  linkedAnchors: ReadonlySet<string>;
}

/** One translation's body to convert: plain data, so it can cross to a worker thread. */
export interface ConvertJob {
  html: string;
  /** The article's docs-relative folder. */
  dir: string;
  /** Attachment URL → docs-relative path of the file downloaded for it. */
  localFiles: ReadonlyMap<string, string>;
  render: ConvertRender;
  locale: string;
}

/**
 * What a conversion asked of the import while it ran, with the answers it got: a conversion is
 * a function of its body, folder, settings and these answers alone, so one made early (before
 * the export ended) stands when the same questions get the same answers at the end.
 */
export interface Asked {
  /** URL → the local path it became, or null (left as it is). */
  urls: [string, string | null][];
  /** Heading ids looked up among the anchors links point at, with the answer. */
  anchors: [string, boolean][];
}

/** A conversion made early, with what it asked. */
export interface EarlyConverted {
  converted: Converted;
  asked: Asked;
}

/** A relative path from one docs-relative folder to a docs-relative file, URL-encoded. */
export function relativeUrl(fromDir: string, toFile: string): string {
  const rel = path.posix.relative(fromDir || '.', toFile);
  return rel.split('/').map(encodeURIComponent).join('/');
}

/** The local path a URL of this job's body becomes: a downloaded file, or another imported article. */
function localUrlOf(job: ConvertJob, keyOfArticle: ReadonlyMap<number, string>): (url: string) => string | undefined {
  return (url) => {
    const local = job.localFiles.get(url.trim());
    if (local) return relativeUrl(job.dir, local);
    const link = articleLinkOf(url);
    if (!link) return undefined;
    const key = keyOfArticle.get(link.id);
    if (key === undefined) return undefined;
    return `${relativeUrl(job.dir, `${key}.md`)}${link.anchor ? `#${link.anchor}` : ''}`;
  };
}

/** Converts one body: the same in the main thread and in a worker. */
export function runConvertJob(job: ConvertJob, shared: ConvertShared): Converted {
  return htmlToMarkdown(job.html, {
    localUrl: localUrlOf(job, shared.keyOfArticle),
    linkedAnchors: shared.linkedAnchors,
    render: job.render,
    locale: job.locale,
  });
}

/** What an early conversion knows: the keys its links name and the linked anchors among its heading ids, as read so far. */
export interface EarlyKnown {
  keys: ReadonlyMap<number, string>;
  anchors: readonly string[];
}

/** Converts one body before the export has ended, with what is known so far, recording each question and its answer. */
export function runEarlyConvertJob(job: ConvertJob, known: EarlyKnown): EarlyConverted {
  const asked: Asked = { urls: [], anchors: [] };
  const localUrl = localUrlOf(job, known.keys);
  const anchors = new Set(known.anchors);
  const converted = htmlToMarkdown(job.html, {
    localUrl: (url) => {
      const answer = localUrl(url);
      asked.urls.push([url, answer ?? null]);
      return answer;
    },
    linkedAnchors: {
      has: (id) => {
        const answer = anchors.has(id);
        asked.anchors.push([id, answer]);
        return answer;
      },
    },
    render: job.render,
    locale: job.locale,
  });
  return { converted, asked };
}

/** Whether an early conversion is what converting `job` now, with everything known, would give. */
export function earlyStillHolds(early: EarlyConverted, job: ConvertJob, shared: ConvertShared): boolean {
  const localUrl = localUrlOf(job, shared.keyOfArticle);
  return (
    early.asked.urls.every(([url, answer]) => (localUrl(url) ?? null) === answer) &&
    early.asked.anchors.every(([id, answer]) => shared.linkedAnchors.has(id) === answer)
  );
}

/** The ids a body's headings have, as written (an id with an entity in it is not found: converted again, never wrong). */
export function headingIdsIn(html: string): string[] {
  return [...html.matchAll(/<h[1-6]\b[^>]*?\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** The article ids a body's links name: the keys an early conversion of it needs. */
export function linkedArticleIds(html: string): number[] {
  const ids = new Set<number>();
  for (const m of html.matchAll(/href\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    const link = articleLinkOf(m[1] ?? m[2] ?? '');
    if (link) ids.add(link.id);
  }
  return [...ids];
}
