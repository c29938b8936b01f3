import { describe, expect, it } from 'vitest';
import { namespaceProblem, repositoryOf, resolveNamespace } from '../../src/config/namespace.js';
import { CLI_NAMES } from '../../src/config/names.js';
import { buildConfig } from '../../src/config/settings.js';
import { analyzeBody, markerHtml } from '../../src/plan/marker.js';
import { parseState, stateHtml, type StateRecord } from '../../src/plan/state.js';

describe('namespaces', () => {
  it('default to repository and docs path, else the docs path alone; an explicit one wins', () => {
    expect(resolveNamespace(undefined, 'acme/docs-site', 'docs').value).toBe('acme/docs-site:docs');
    const alone = resolveNamespace(undefined, undefined, 'handbook');
    expect(alone.value).toBe('handbook');
    expect(alone.how).toContain('repository is unknown');
    expect(resolveNamespace('acme/old:docs', 'acme/new', 'docs').value).toBe('acme/old:docs');
  });

  it('read the repository from GITHUB_REPOSITORY or a remote path, in lower case', () => {
    expect(repositoryOf('Acme/Docs-Site')).toBe('acme/docs-site');
    expect(repositoryOf('acme/docs.git')).toBe('acme/docs');
    expect(repositoryOf('https://github.com/acme/docs')).toBe('acme/docs');
    expect(repositoryOf('')).toBeUndefined();
    expect(repositoryOf('no-slash')).toBeUndefined();
  });

  it('must be non-empty, short and of plain characters', () => {
    expect(namespaceProblem('acme/docs-site:docs')).toBeUndefined();
    expect(namespaceProblem('')).toMatch(/empty/);
    expect(namespaceProblem('has space')).toMatch(/letters, digits/);
    expect(namespaceProblem('"quoted"')).toMatch(/letters, digits/);
    expect(namespaceProblem('a'.repeat(201))).toMatch(/200/);
    expect(() => buildConfig({ mode: 'dry-run', namespace: 'bad name' }, { repoRoot: '/tmp' })).toThrow(/^namespace may hold only/);
    expect(() => buildConfig({ mode: 'dry-run', namespace: 'bad name' }, { repoRoot: '/tmp', names: CLI_NAMES })).toThrow(/^--namespace/);
  });

  it('travel in the state record and the marker; old ones without stay readable', () => {
    const record: StateRecord = { v: 1, root: 'docs', ns: 'acme/site:docs', articles: { a: { id: 1, t: { 'en-us': 'h' } } } };
    expect(parseState(stateHtml(record))).toEqual(record);
    const legacy: StateRecord = { v: 1, root: 'docs', articles: {} };
    expect(parseState(stateHtml(legacy))).toEqual(legacy);
    expect(analyzeBody(`<p>x</p>${markerHtml({ key: 'x/page', ns: 'acme/site:docs', hash: 'h', assets: {} })}`).marker).toMatchObject({
      key: 'x/page',
      ns: 'acme/site:docs',
    });
    expect(analyzeBody(`<p>x</p>${markerHtml({ key: 'x/page', hash: 'h', assets: {} })}`).marker?.ns).toBeUndefined();
  });
});
