import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  /** REST API root (GITHUB_API_URL), so GitHub Enterprise Server works. */
  baseUrl: string;
  /** Where retries and rate-limit waits are reported. */
  warn: (message: string) => void;
  /** How many times a rate-limited request is retried before giving up. */
  maxRateLimitRetries?: number;
  /** Scales every wait (milliseconds per second of Retry-After); lower only to keep tests fast. */
  retryAfterBaseValue?: number;
}

/**
 * Octokit with the retry plugin (5xx and network errors) and the throttling plugin (primary and
 * secondary rate limits), through @actions/github so the runner's proxy settings apply.
 */
export function createGitHubClient(token: string, options: GitHubClientOptions): GitHubClient {
  const maxRetries = options.maxRateLimitRetries ?? 2;
  const base = options.retryAfterBaseValue;
  const onLimit =
    (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      if (retryCount >= maxRetries) {
        options.warn(`GitHub ${kind} rate limit on ${request.method} ${request.url}; giving up after ${retryCount} retries`);
        return false;
      }
      options.warn(`GitHub ${kind} rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
      return true;
    };
  return getOctokit(
    token,
    {
      baseUrl: options.baseUrl,
      // Octokit's default logger writes to the console; the action's log is the one that matters.
      log: { debug: () => {}, info: () => {}, warn: options.warn, error: options.warn },
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        ...(base !== undefined ? { retryAfterBaseValue: base } : {}),
      },
      retry: { ...(base !== undefined ? { retryAfterBaseValue: base } : {}) },
    },
    retry,
    throttling,
  );
}
