// Event payloads shaped like the ones GitHub writes to GITHUB_EVENT_PATH (trimmed to the fields
// a consumer might read, with the real nesting and types).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const repository = (fullName: string, id = 1296269) => {
  const [owner, name] = fullName.split('/') as [string, string];
  return {
    id,
    node_id: 'R_kgDOAAAAAQ',
    name,
    full_name: fullName,
    private: false,
    owner: { login: owner, id: 1, type: 'Organization' },
    html_url: `https://github.com/${fullName}`,
    fork: id !== 1296269,
    default_branch: 'main',
  };
};

export function pullRequestEvent(options: {
  repo?: string;
  number?: number;
  headSha: string;
  baseRef?: string;
  headRepo?: string;
  action?: string;
}) {
  const repo = options.repo ?? 'acme/docs';
  const headRepo = options.headRepo ?? repo;
  const number = options.number ?? 7;
  return {
    action: options.action ?? 'synchronize',
    number,
    pull_request: {
      url: `https://api.github.com/repos/${repo}/pulls/${number}`,
      id: 1_000_000 + number,
      html_url: `https://github.com/${repo}/pull/${number}`,
      number,
      state: 'open',
      title: 'Docs: explain refunds',
      user: { login: 'writer', id: 2, type: 'User' },
      head: {
        label: `${headRepo.split('/')[0]}:docs/refunds`,
        ref: 'docs/refunds',
        sha: options.headSha,
        repo: repository(headRepo, headRepo === repo ? 1296269 : 9999999),
      },
      base: {
        label: `${repo.split('/')[0]}:${options.baseRef ?? 'main'}`,
        ref: options.baseRef ?? 'main',
        sha: 'b'.repeat(40),
        repo: repository(repo),
      },
      draft: false,
      merged: false,
    },
    repository: repository(repo),
    sender: { login: 'writer', id: 2, type: 'User' },
  };
}

export function pushEvent(options: { repo?: string; ref?: string; after: string }) {
  const repo = options.repo ?? 'acme/docs';
  return {
    ref: options.ref ?? 'refs/heads/main',
    before: 'a'.repeat(40),
    after: options.after,
    created: false,
    deleted: false,
    forced: false,
    compare: `https://github.com/${repo}/compare/aaaaaaa...${options.after.slice(0, 7)}`,
    commits: [],
    head_commit: { id: options.after, message: 'Docs: explain refunds', timestamp: '2025-01-01T00:00:00Z' },
    repository: repository(repo),
    pusher: { name: 'writer', email: 'writer@example.com' },
    sender: { login: 'writer', id: 2, type: 'User' },
  };
}

/** Writes a payload where GITHUB_EVENT_PATH can point. */
export async function writeEvent(payload: unknown): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-event-'));
  const file = path.join(dir, 'event.json');
  await fs.writeFile(file, JSON.stringify(payload, null, 2));
  return file;
}
