import type { RemoteSnapshot } from '../remote/snapshot.js';
import type { Filters } from './fetch.js';

export interface ImportOptions extends Filters {
  /** `last`: from where the previous import stopped; a number: epoch seconds; undefined: everything (or resume). */
  since: 'last' | number | undefined;
  force: boolean;
  /** Worker threads converting bodies; undefined: one a core for a large import, none for a small one. */
  convertThreads?: number;
  /** Convert bodies while the export is still read, even with no thread (for tests); undefined: when threads convert. */
  convertEarly?: boolean;
}

export interface ImportResult {
  via: RemoteSnapshot['articlesVia'];
  startTime: number;
  endTime: number;
  articles: number;
  translations: number;
  /** Docs-relative paths written (new or changed). */
  written: string[];
  unchanged: number;
  /** Files changed (or deleted) since the import wrote them, left as they are. */
  conflicts: string[];
  downloads: number;
  failedDownloads: { file: string; url: string; message: string }[];
  /** Articles with blocks kept as raw HTML. */
  rawHtml: number;
  /** Articles whose content the publisher would change (unsafe HTML with sanitizing on). */
  lossy: string[];
  configWritten: boolean;
  requests: number;
  /** Worker threads that converted the bodies (0: this thread did). */
  convertThreads: number;
  /** Bodies converted while the export was read: used as they were, or converted again at the end. */
  earlyConversions: { used: number; redone: number };
}

export function emptyResult(via: ImportResult['via'], startTime: number): ImportResult {
  return {
    via,
    startTime,
    endTime: startTime,
    articles: 0,
    translations: 0,
    written: [],
    unchanged: 0,
    conflicts: [],
    downloads: 0,
    failedDownloads: [],
    rawHtml: 0,
    lossy: [],
    configWritten: false,
    requests: 0,
    convertThreads: 0,
    earlyConversions: { used: 0, redone: 0 },
  };
}
