// Route table matching. Paths arrive with ".json" stripped. A locale segment right after
// /help_center/ ("/api/v2/help_center/fr/articles") is taken out before matching and is only
// accepted by routes marked `localized` (the ones the fact sheet shows with [/{locale}]).
import type { Identity } from './auth.js';
import type { Store } from './store.js';
import type { Json } from './util.js';

export type Access =
  /** anyone; bad credentials still 401 */
  | 'public'
  /** agents and admins (end users 403, anonymous 401) */
  | 'agent'
  /** like agent, and an OAuth token needs a write scope */
  | 'write'
  /**
   * like write, and the user must be a Guide manager (Guide admin): admins always are, agents
   * only with `guide_manager: true`. Creating and editing sections and categories (and their
   * translations) is "Allowed for: Help Center managers" in the reference.
   */
  | 'manage'
  /** reads for Help Center managers only (permission groups, user segments): agents without the role 403 */
  | 'hc-manager'
  /** no authentication processing at all (/oauth/tokens, attachment downloads) */
  | 'none';

export interface Upload {
  fileName: string;
  contentType: string;
  data: Buffer;
  inline: boolean;
}

export interface Ctx {
  method: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** the request URL as the client addressed it, used for next_page links */
  publicUrl: URL;
  body: unknown;
  /** the request's content-type header ('' when none) */
  contentType: string;
  upload?: Upload;
  identity: Identity;
  /** locale from the URL prefix, if any */
  locale?: string;
  store: Store;
  options: { exportPageSize: number; offsetRecordsLimit: number; mediaLibrary: 'on' | 'forbidden' | 'missing' };
  issueToken: (body: unknown) => Json;
}

export interface Answer {
  status: number;
  json?: unknown;
  raw?: { data: Buffer; contentType: string };
}

export interface RouteDef {
  method: string;
  pattern: string;
  access: Access;
  localized?: boolean;
  /** counted against the incremental export limit as well */
  incremental?: boolean;
  handler: (ctx: Ctx) => Answer;
}

export interface Match {
  def: RouteDef;
  params: Record<string, string>;
  locale?: string;
  /** pattern with ":locale" put back when the URL had a locale prefix */
  route: string;
}

const LOCALE_SEGMENT = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

export class Router {
  constructor(private routes: RouteDef[]) {}

  match(method: string, path: string): Match | { def: null; route: string } {
    let segments = path.split('/');
    let locale: string | undefined;
    // ["", "api", "v2", "help_center", "<locale?>", ...]
    if (segments[1] === 'api' && segments[2] === 'v2' && segments[3] === 'help_center' && segments.length > 5) {
      const candidate = segments[4] ?? '';
      if (LOCALE_SEGMENT.test(candidate)) {
        locale = candidate.toLowerCase();
        segments = [...segments.slice(0, 4), ...segments.slice(5)];
      }
    }
    let pathOnlyMatch = false;
    for (const def of this.routes) {
      const params = matchPattern(def.pattern, segments);
      if (!params) continue;
      if (locale !== undefined && !def.localized) continue;
      if (def.method !== method) {
        pathOnlyMatch = true;
        continue;
      }
      const route = locale === undefined ? def.pattern : def.pattern.replace('/help_center/', '/help_center/:locale/');
      const m: Match = { def, params, route };
      if (locale !== undefined) m.locale = locale;
      return m;
    }
    return { def: null, route: pathOnlyMatch ? '(method not allowed)' : '(unmatched)' };
  }
}

function matchPattern(pattern: string, segments: string[]): Record<string, string> | null {
  const parts = pattern.split('/');
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const seg = segments[i] as string;
    if (part.startsWith(':')) {
      // ":id" and ":*_id" only match numbers, so /articles/attachments is not /articles/:id.
      if ((part === ':id' || part.endsWith('_id')) && !/^\d+$/.test(seg)) return null;
      if (seg === '') return null;
      params[part.slice(1)] = decodeURIComponent(seg);
    } else if (part !== seg) {
      return null;
    }
  }
  return params;
}
