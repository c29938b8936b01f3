// A fake of the slice of GitHub's REST API the action uses (issue comments), over real HTTP, so
// Octokit with its retry and throttling plugins runs exactly as it does against github.com.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: { login: string; id: number; type: 'Bot' | 'User' };
  created_at: string;
  updated_at: string;
}

/** An issue, as GitHub's REST API shows one (the fields a client reads). */
export interface FakeIssue {
  id: number;
  number: number;
  node_id: string;
  url: string;
  html_url: string;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: 'completed' | 'not_planned' | 'reopened' | null;
  labels: { id: number; name: string; color: string; default: boolean }[];
  user: FakeComment['user'];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** Present on the pull requests that the issues list returns too. */
  pull_request?: { url: string; html_url: string };
}

export interface RecordedRequest {
  method: string;
  /** Path without the API prefix, e.g. `/repos/acme/docs/issues/7/comments`. */
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  body: unknown;
  status: number;
}

export type Fault = { status: number } | 'secondary-rate-limit';

export interface FakeGitHubOptions {
  /** Tokens that may write (what `pull-requests: write` gives GITHUB_TOKEN). */
  writeTokens?: string[];
  /** Tokens that may only read (a fork PR's GITHUB_TOKEN): writes answer 403. */
  readOnlyTokens?: string[];
  /** API path prefix: `/api/v3` like GitHub Enterprise Server, or '' like api.github.com. */
  prefix?: string;
  /** Page size cap, as GitHub caps `per_page` at 100. */
  maxPerPage?: number;
}

export interface FakeGitHub {
  /** The value for GITHUB_API_URL. */
  apiUrl: string;
  requests: RecordedRequest[];
  /** Requests that change something. */
  writes(): RecordedRequest[];
  comments(owner: string, repo: string, issue: number): FakeComment[];
  /** The repository's issues (pull requests included, as GitHub lists them), oldest first. */
  issues(owner: string, repo: string): FakeIssue[];
  /** An issue or pull request made by someone else, e.g. one carrying the same label. */
  seedIssue(
    owner: string,
    repo: string,
    fields: { title: string; body?: string; labels?: string[]; state?: 'open' | 'closed'; pullRequest?: boolean },
  ): FakeIssue;
  /** Comments by other people, to push ours past the first page. */
  seedComments(owner: string, repo: string, issue: number, bodies: string[], login?: string): void;
  /** The next matching request fails this way once. */
  failNext(fault: Fault, match?: { method?: string }): void;
  resetLog(): void;
  close(): Promise<void>;
}

const BOT: FakeComment['user'] = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const writeTokens = new Set(options.writeTokens ?? ['ghs_write_token']);
  const readOnlyTokens = new Set(options.readOnlyTokens ?? ['ghs_read_only_token']);
  const prefix = options.prefix ?? '';
  const maxPerPage = options.maxPerPage ?? 100;
  const threads = new Map<string, FakeComment[]>();
  const repoIssues = new Map<string, FakeIssue[]>();
  let nextLabelId = 500;
  const labelIds = new Map<string, number>();
  const requests: RecordedRequest[] = [];
  const faults: { fault: Fault; method: string | undefined }[] = [];
  let nextId = 1000;
  let origin = '';
  let clock = Date.parse('2025-01-01T00:00:00Z');
  const now = () => new Date((clock += 1000)).toISOString();

  const thread = (owner: string, repo: string, issue: number) => {
    const key = `${owner}/${repo}#${issue}`.toLowerCase();
    if (!threads.has(key)) threads.set(key, []);
    return threads.get(key)!;
  };
  const makeComment = (owner: string, repo: string, issue: number, body: string, user = BOT): FakeComment => {
    const id = nextId++;
    const at = now();
    return {
      id,
      node_id: `IC_${id}`,
      url: `${origin}${prefix}/repos/${owner}/${repo}/issues/comments/${id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${origin}${prefix}/repos/${owner}/${repo}/issues/${issue}`,
      body,
      user,
      created_at: at,
      updated_at: at,
    };
  };

  const issuesOf = (owner: string, repo: string) => {
    const key = `${owner}/${repo}`.toLowerCase();
    if (!repoIssues.has(key)) repoIssues.set(key, []);
    return repoIssues.get(key)!;
  };
  const label = (name: string) => {
    // GitHub creates a label that does not exist yet when an issue is given it (push access).
    if (!labelIds.has(name.toLowerCase())) labelIds.set(name.toLowerCase(), nextLabelId++);
    return { id: labelIds.get(name.toLowerCase())!, name, color: 'ededed', default: false };
  };
  const makeIssue = (
    owner: string,
    repo: string,
    fields: { title: string; body?: string | null; labels?: string[]; pullRequest?: boolean },
    user = BOT,
  ): FakeIssue => {
    const list = issuesOf(owner, repo);
    // Issues and pull requests share one sequence of numbers.
    const number = list.length + 1;
    const id = nextId++;
    const at = now();
    const issue: FakeIssue = {
      id,
      number,
      node_id: `I_${id}`,
      url: `${origin}${prefix}/repos/${owner}/${repo}/issues/${number}`,
      html_url: `https://github.com/${owner}/${repo}/${fields.pullRequest ? 'pull' : 'issues'}/${number}`,
      title: fields.title,
      body: fields.body ?? null,
      state: 'open',
      state_reason: null,
      labels: (fields.labels ?? []).map(label),
      user,
      created_at: at,
      updated_at: at,
      closed_at: null,
      ...(fields.pullRequest
        ? {
            pull_request: {
              url: `${origin}${prefix}/repos/${owner}/${repo}/pulls/${number}`,
              html_url: `https://github.com/${owner}/${repo}/pull/${number}`,
            },
          }
        : {}),
    };
    list.push(issue);
    return issue;
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const method = req.method ?? 'GET';
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
      const record: RecordedRequest = {
        method,
        path: url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname,
        query: Object.fromEntries(url.searchParams),
        authorization: req.headers.authorization,
        body,
        status: 0,
      };
      requests.push(record);
      const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
        record.status = status;
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(data));
      };
      handle(url, method, record, send);
    });
  });

  function handle(url: URL, method: string, record: RecordedRequest, send: (s: number, d: unknown, h?: Record<string, string>) => void) {
    if (!url.pathname.startsWith(prefix + '/')) return send(404, { message: 'Not Found' });
    const faultIndex = faults.findIndex((f) => !f.method || f.method === method);
    if (faultIndex >= 0) {
      const { fault } = faults.splice(faultIndex, 1)[0]!;
      if (fault === 'secondary-rate-limit') {
        return send(
          403,
          {
            message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
            documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
          },
          { 'retry-after': '1' },
        );
      }
      return send(fault.status, { message: 'Server Error' });
    }
    const token = /^(?:token|bearer) (.+)$/i.exec(record.authorization ?? '')?.[1];
    const canWrite = token !== undefined && writeTokens.has(token);
    if (!canWrite && !(token !== undefined && readOnlyTokens.has(token))) {
      return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    }
    const forbidden = () =>
      send(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        status: '403',
      });
    const p = record.path;
    let m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(p);
    if (m && method === 'GET') {
      const all = thread(m[1]!, m[2]!, Number(m[3]));
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, maxPerPage);
      const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const pageUrl = (n: number) => {
        const u = new URL(url.href.replace('http://fake', origin));
        u.searchParams.set('per_page', String(perPage));
        u.searchParams.set('page', String(n));
        return u.href;
      };
      const links: string[] = [];
      if (page < last) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`);
      if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`);
      return send(200, all.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {});
    }
    if (m && method === 'POST') {
      if (!canWrite) return forbidden();
      const text = (record.body as { body?: unknown } | undefined)?.body;
      if (typeof text !== 'string' || text === '') return send(422, { message: 'Validation Failed' });
      if (text.length > 65536)
        return send(422, { message: 'Validation Failed', errors: [{ message: 'Body is too long (maximum is 65536 characters)' }] });
      const comment = makeComment(m[1]!, m[2]!, Number(m[3]), text);
      thread(m[1]!, m[2]!, Number(m[3])).push(comment);
      return send(201, comment, { location: comment.url });
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(p);
    if (m && method === 'PATCH') {
      if (!canWrite) return forbidden();
      const id = Number(m[3]);
      const comment = [...threads.values()].flat().find((c) => c.id === id);
      if (!comment) return send(404, { message: 'Not Found' });
      const text = (record.body as { body?: unknown } | undefined)?.body;
      if (typeof text !== 'string' || text === '') return send(422, { message: 'Validation Failed' });
      if (text.length > 65536)
        return send(422, { message: 'Validation Failed', errors: [{ message: 'Body is too long (maximum is 65536 characters)' }] });
      comment.body = text;
      comment.updated_at = now();
      return send(200, comment);
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/issues$/.exec(p);
    if (m && method === 'GET') {
      const state = url.searchParams.get('state') ?? 'open';
      const wanted = (url.searchParams.get('labels') ?? '')
        .split(',')
        .filter(Boolean)
        .map((l) => l.toLowerCase());
      const direction = url.searchParams.get('direction') ?? 'desc';
      const sortKey = url.searchParams.get('sort') ?? 'created';
      if (!['open', 'closed', 'all'].includes(state) || !['created', 'updated', 'comments'].includes(sortKey))
        return send(422, { message: 'Validation Failed' });
      const all = issuesOf(m[1]!, m[2]!)
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => wanted.every((w) => i.labels.some((l) => l.name.toLowerCase() === w)))
        .sort((a, b) => {
          const key = sortKey === 'updated' ? 'updated_at' : 'created_at';
          const order = a[key].localeCompare(b[key]) || a.number - b.number;
          return direction === 'asc' ? order : -order;
        });
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, maxPerPage);
      const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const pageUrl = (n: number) => {
        const u = new URL(url.href.replace('http://fake', origin));
        u.searchParams.set('per_page', String(perPage));
        u.searchParams.set('page', String(n));
        return u.href;
      };
      const links: string[] = [];
      if (page < last) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`);
      return send(200, all.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {});
    }
    if (m && method === 'POST') {
      if (!canWrite) return forbidden();
      const fields = (record.body ?? {}) as { title?: unknown; body?: unknown; labels?: unknown };
      if (typeof fields.title !== 'string' || fields.title === '') return send(422, { message: 'Validation Failed' });
      if (typeof fields.body === 'string' && fields.body.length > 65536)
        return send(422, { message: 'Validation Failed', errors: [{ message: 'body is too long (maximum is 65536 characters)' }] });
      const labels = Array.isArray(fields.labels) ? fields.labels.filter((l): l is string => typeof l === 'string') : [];
      const issue = makeIssue(m[1]!, m[2]!, { title: fields.title, body: typeof fields.body === 'string' ? fields.body : null, labels });
      return send(201, issue, { location: issue.url });
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/.exec(p);
    if (m && (method === 'GET' || method === 'PATCH')) {
      const number = Number(m[3]);
      const issue = issuesOf(m[1]!, m[2]!).find((i) => i.number === number);
      if (!issue) return send(404, { message: 'Not Found' });
      if (method === 'GET') return send(200, issue);
      if (!canWrite) return forbidden();
      const fields = (record.body ?? {}) as { title?: unknown; body?: unknown; state?: unknown; state_reason?: unknown; labels?: unknown };
      if (fields.state !== undefined && fields.state !== 'open' && fields.state !== 'closed')
        return send(422, { message: 'Validation Failed' });
      if (typeof fields.body === 'string' && fields.body.length > 65536)
        return send(422, { message: 'Validation Failed', errors: [{ message: 'body is too long (maximum is 65536 characters)' }] });
      if (typeof fields.title === 'string' && fields.title !== '') issue.title = fields.title;
      if (typeof fields.body === 'string') issue.body = fields.body;
      if (Array.isArray(fields.labels)) issue.labels = fields.labels.filter((l): l is string => typeof l === 'string').map(label);
      if (fields.state === 'closed' && issue.state === 'open') {
        issue.state = 'closed';
        issue.state_reason = fields.state_reason === 'not_planned' ? 'not_planned' : 'completed';
        issue.closed_at = now();
      } else if (fields.state === 'open' && issue.state === 'closed') {
        issue.state = 'open';
        issue.state_reason = 'reopened';
        issue.closed_at = null;
      }
      issue.updated_at = now();
      return send(200, issue);
    }
    return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: origin + prefix,
    requests,
    writes: () => requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD'),
    comments: (owner, repo, issue) => thread(owner, repo, issue),
    issues: (owner, repo) => issuesOf(owner, repo),
    seedIssue(owner, repo, fields) {
      const issue = makeIssue(owner, repo, fields, { login: 'octocat', id: 583231, type: 'User' });
      if (fields.state === 'closed') {
        issue.state = 'closed';
        issue.state_reason = 'completed';
        issue.closed_at = now();
      }
      return issue;
    },
    seedComments(owner, repo, issue, bodies, login = 'octocat') {
      for (const body of bodies)
        thread(owner, repo, issue).push(makeComment(owner, repo, issue, body, { login, id: 583231, type: 'User' }));
    },
    failNext(fault, match = {}) {
      faults.push({ fault, method: match.method });
    },
    resetLog() {
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
