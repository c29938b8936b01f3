import { describe, expect, it } from 'vitest';
import { allowedDotPathProblem, hiddenPathProblem } from '../../src/shared/local-file.js';

const policy = { repoRoot: '/repo', docsRoot: '/repo/docs', allowDotPaths: ['.well-known/security.txt', 'docs/.assets'] };

describe('hiddenPathProblem: which files the docs may make the tool read', () => {
  it.each([
    ['/repo/docs/img/a.png', undefined],
    ['/repo/README.txt', undefined],
    ['/repo/docs/..md/x.png', 'hidden'],
    ['/repo/.git/config', 'git'],
    ['/repo/docs/.git/config', 'git'],
    ['/repo/.GIT/config', 'git'],
    ['/repo/sub/.git', 'git'],
    ['/repo/.env', 'hidden'],
    ['/repo/docs/.env.local', 'hidden'],
    ['/repo/.github/workflows/x.yml', 'hidden'],
    ['/repo/docs/img/.hidden/a.png', 'hidden'],
    ['/repo/.well-known/security.txt', undefined],
    ['/repo/.well-known/other.txt', 'hidden'],
    ['/repo/docs/.assets/logo.png', undefined],
    ['/repo/docs/.assets-old/logo.png', 'hidden'],
    ['/outside/a.png', 'outside'],
    ['/repo/../etc/passwd', 'outside'],
  ])('%s → %s', (abs, expected) => {
    expect(hiddenPathProblem(policy, abs)).toBe(expected);
  });

  it('lets a docs root inside a dot-folder use its own files, but nothing else hidden', () => {
    const p = { repoRoot: '/repo', docsRoot: '/repo/.github/docs' };
    expect(hiddenPathProblem(p, '/repo/.github/docs/a.png')).toBeUndefined();
    expect(hiddenPathProblem(p, '/repo/.github/docs/.private/a.png')).toBe('hidden');
    expect(hiddenPathProblem(p, '/repo/.github/secrets.txt')).toBe('hidden');
    expect(hiddenPathProblem({ ...p, allowDotPaths: ['.git'] }, '/repo/.git/config')).toBe('git');
  });
});

describe('allowedDotPathProblem: what allow_dot_paths may hold', () => {
  it.each([
    ['.well-known', undefined],
    ['docs/.assets/logo.png', undefined],
    ['.git', 'must not name .git'],
    ['docs/.Git/config', 'must not name .git'],
    ['../.env', 'must not leave the repository'],
    ['/etc/.env', 'must be relative'],
    ['docs\\.env', 'forward slashes'],
    ['docs/images', 'names no dot-folder or dotfile'],
  ])('%s', (value, problem) => {
    const found = allowedDotPathProblem(value);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });
});
