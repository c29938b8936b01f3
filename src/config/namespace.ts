/**
 * The namespace of a source: which state record and which markers are its own, so docs roots
 * and repositories publishing into one help center never claim, overwrite or archive each
 * other's articles. By default the repository and the docs path (`acme/docs-site:docs`); a
 * `namespace` setting overrides it for a repository that was renamed or forked.
 */
export interface Namespace {
  value: string;
  /** How it was chosen, for the log and the `namespace` command. */
  how: string;
}

const NAMESPACE = /^[A-Za-z0-9][A-Za-z0-9._/:@+-]*$/;
export const MAX_NAMESPACE = 200;

/** What is wrong with a namespace someone wrote, or undefined when it is fine. */
export function namespaceProblem(value: string): string | undefined {
  if (value.trim() === '') return 'must not be empty';
  if (value.length > MAX_NAMESPACE) return `must be at most ${MAX_NAMESPACE} characters`;
  if (!NAMESPACE.test(value))
    return 'may hold only letters, digits and . _ / : @ + - (and start with a letter or digit), e.g. acme/docs-site:docs';
  return undefined;
}

/** `owner/name` from `GITHUB_REPOSITORY` or a git remote's web address, lower case (GitHub ignores case). */
export function repositoryOf(value: string | undefined): string | undefined {
  const m = /^(?:https?:\/\/[^/]+\/)?([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(value?.trim() ?? '');
  return m ? m[1]!.toLowerCase() : undefined;
}

/** A repository the docs may come from (config/repository.ts), as far as namespaces need it. */
export interface SourceCandidate {
  repository: string;
  via: string;
}

/**
 * The namespace of a run when the repository was guessed from a clone's remotes: the first
 * candidate (`upstream`, then `origin`) whose namespace holds a record in the help center, so a
 * fork clone plans against the source it came from; else the first candidate. An explicit
 * namespace (flag, input, `namespace:` in zendesk-guide.yml) always wins.
 */
export function chooseNamespace(
  explicit: string | undefined,
  candidates: readonly SourceCandidate[],
  docsPath: string,
  hasRecord: (namespace: string) => boolean,
): Namespace {
  if (explicit !== undefined || candidates.length === 0) return resolveNamespace(explicit, candidates[0]?.repository, docsPath);
  const recorded = candidates.find((c) => hasRecord(`${c.repository}:${docsPath}`));
  const chosen = recorded ?? candidates[0]!;
  const why = recorded && candidates.length > 1 ? `, whose namespace holds this docs path's record` : '';
  return {
    value: `${chosen.repository}:${docsPath}`,
    how: `repository ${chosen.repository} (${chosen.via}${why}) and docs path ${docsPath}`,
  };
}

/** The namespace of a run: the explicit one, else repository and docs path, else the docs path alone. */
export function resolveNamespace(explicit: string | undefined, repository: string | undefined, docsPath: string): Namespace {
  if (explicit !== undefined) return { value: explicit, how: 'set explicitly' };
  if (repository !== undefined) return { value: `${repository}:${docsPath}`, how: `repository ${repository} and docs path ${docsPath}` };
  return {
    value: docsPath,
    // Shown in parentheses after the value: none of its own inside.
    how: 'the docs path only; the repository is unknown: no GITHUB_REPOSITORY and no git remote "origin"',
  };
}
