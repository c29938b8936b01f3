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

/** A relative path from one docs-relative folder to a docs-relative file, URL-encoded. */
export function relativeUrl(fromDir: string, toFile: string): string {
  const rel = path.posix.relative(fromDir || '.', toFile);
  return rel.split('/').map(encodeURIComponent).join('/');
}

/** Converts one body: the same in the main thread and in a worker. */
export function runConvertJob(job: ConvertJob, shared: ConvertShared): Converted {
  return htmlToMarkdown(job.html, {
    localUrl: (url) => {
      const local = job.localFiles.get(url.trim());
      if (local) return relativeUrl(job.dir, local);
      const link = articleLinkOf(url);
      if (!link) return undefined;
      const key = shared.keyOfArticle.get(link.id);
      if (key === undefined) return undefined;
      return `${relativeUrl(job.dir, `${key}.md`)}${link.anchor ? `#${link.anchor}` : ''}`;
    },
    linkedAnchors: shared.linkedAnchors,
    render: job.render,
    locale: job.locale,
  });
}
