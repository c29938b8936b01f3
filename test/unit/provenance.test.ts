import { describe, expect, it } from 'vitest';
import { webUrlOfRemote } from '../../src/cli/provenance.js';

describe('webUrlOfRemote: the web address of a git remote, for --provenance', () => {
  it.each([
    ['git@github.com:acme/docs.git', 'https://github.com/acme/docs'],
    ['git@github.com:acme/docs', 'https://github.com/acme/docs'],
    ['ssh://git@github.com/acme/docs.git', 'https://github.com/acme/docs'],
    ['ssh://git@ghe.example.com:2222/acme/docs.git', 'https://ghe.example.com/acme/docs'],
    ['https://github.com/acme/docs.git', 'https://github.com/acme/docs'],
    ['https://github.com/acme/docs/', 'https://github.com/acme/docs'],
    ['https://x-access-token:ghs_abc123@github.com/acme/docs.git', 'https://github.com/acme/docs'],
    ['https://ghe.example.com:8443/acme/docs', 'https://ghe.example.com:8443/acme/docs'],
  ])('%s → %s', (remote, url) => {
    expect(webUrlOfRemote(remote)).toBe(url);
  });

  it.each([['/srv/git/docs.git'], ['file:///srv/git/docs.git'], ['https://github.com/acme'], ['not a remote']])(
    '%s → nothing to link to',
    (remote) => {
      expect(webUrlOfRemote(remote)).toBeUndefined();
    },
  );
});
