import { describe, expect, it } from 'vitest';
import { ACTION_NAMES, CLI_NAMES } from '../../src/config/names.js';
import { buildConfig, resolveAuth, resolveMode, resolveZendeskUrl } from '../../src/config/settings.js';

describe('resolveMode', () => {
  it('previews on pull requests and merge queues, publishes elsewhere, and obeys an explicit mode', () => {
    for (const event of ['pull_request', 'pull_request_target', 'merge_group']) expect(resolveMode('auto', event)).toBe('dry-run');
    for (const event of ['push', 'workflow_dispatch', 'schedule', 'workflow_call', undefined])
      expect(resolveMode('auto', event)).toBe('publish');
    expect(resolveMode('publish', 'pull_request')).toBe('publish');
    expect(resolveMode('dry-run', 'push')).toBe('dry-run');
  });
});

describe('settings', () => {
  it('builds the base URL from a subdomain or a URL, refusing plain http except on loopback', () => {
    expect(resolveZendeskUrl(undefined, 'Acme')).toBe('https://acme.zendesk.com');
    expect(resolveZendeskUrl('https://acme.zendesk.com/', undefined)).toBe('https://acme.zendesk.com');
    expect(resolveZendeskUrl('http://127.0.0.1:8080', undefined)).toBe('http://127.0.0.1:8080');
    expect(() => resolveZendeskUrl('http://acme.zendesk.com', undefined)).toThrow(/https/);
    expect(() => resolveZendeskUrl('https://acme.zendesk.com/hc/en-us', undefined)).toThrow(/without a path/);
    expect(() => resolveZendeskUrl('https://a.zendesk.com', 'a')).toThrow(/not both/);
  });

  it('takes exactly one auth method and names the missing half of a pair', () => {
    expect(resolveAuth({ oauthClientId: 'id', oauthClientSecret: 's' })).toEqual({
      kind: 'oauth-client',
      clientId: 'id',
      clientSecret: 's',
    });
    expect(() => resolveAuth({ oauthClientId: 'id' })).toThrow(/zendesk-oauth-client-secret/);
    expect(() => resolveAuth({ email: 'a@b.c' })).toThrow(/zendesk-api-token/);
    expect(() => resolveAuth({ oauthToken: 't', email: 'a@b.c', apiToken: 'x' })).toThrow(/more than one/);
    expect(resolveAuth({})).toBeUndefined();
  });

  it('rejects numbers that are not whole numbers and paths outside the repository', () => {
    expect(() => buildConfig({ mode: 'dry-run', maxArchive: 'ten' }, { repoRoot: '/repo' })).toThrow(/max-archive must be a whole number/);
    expect(() => buildConfig({ mode: 'dry-run', path: '../elsewhere' }, { repoRoot: '/repo' })).toThrow(/inside the repository/);
    expect(() => buildConfig({ mode: 'sometimes' }, { repoRoot: '/repo' })).toThrow(/mode must be auto, dry-run, publish, import or drift/);
    expect(() => buildConfig({ mode: 'publish' }, { repoRoot: '/repo' })).toThrow(
      /publish reads the help center: set zendesk-url \(or zendesk-subdomain\) and credentials/,
    );
  });
});

describe('settings errors name what the user can change', () => {
  it('as action inputs by default, as flags when the CLI passes its names', () => {
    expect(() => buildConfig({ mode: 'dry-run', onDrift: 'ignore' }, { repoRoot: '/repo' })).toThrow(
      /^on-drift must be overwrite, skip or fail/,
    );
    expect(() => buildConfig({ mode: 'dry-run', onDrift: 'ignore' }, { repoRoot: '/repo', names: CLI_NAMES })).toThrow(
      /^--on-drift must be overwrite, skip or fail/,
    );
    expect(() => buildConfig({ mode: 'dry-run', path: '../x' }, { repoRoot: '/repo', names: CLI_NAMES })).toThrow(
      /^--path must be inside the repository/,
    );
    expect(() => buildConfig({ mode: 'dry-run', configFile: '../x.yml' }, { repoRoot: '/repo', names: ACTION_NAMES })).toThrow(
      /^config must be inside the repository/,
    );
    expect(() => buildConfig({ mode: 'dry-run', email: 'a@b.c' }, { repoRoot: '/repo', names: CLI_NAMES })).toThrow(
      'API-token auth needs both --zendesk-email and --zendesk-api-token',
    );
  });
});
