import type { ArticlePlan } from './types.js';

/**
 * New articles that link to each other in a cycle (or to themselves) cannot all wait for one
 * another: each such article is created first with those links stubbed and as a draft, and
 * its bodies are rewritten with the real links once every target exists. The rewrites go last,
 * after the article's files are uploaded; a body rewritten for its files already is not
 * rewritten twice.
 */
export function breakLinkCycles(articles: ArticlePlan[]): void {
  const creating = new Map(articles.filter((a) => a.action === 'create').map((a) => [a.key, a]));
  const inCycle = new Set<string>();
  // Depth-first search over "waits for" edges between new articles; a back edge closes a cycle.
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (key: string) => {
    state.set(key, 'open');
    stack.push(key);
    for (const next of creating.get(key)?.waitsFor ?? []) {
      if (!creating.has(next)) continue;
      if (state.get(next) === 'open') for (const k of stack.slice(stack.indexOf(next))) inCycle.add(k);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(key, 'done');
  };
  for (const key of creating.keys()) if (!state.has(key)) visit(key);

  for (const key of inCycle) {
    const article = creating.get(key);
    const at = article?.operations.findIndex((o) => o.kind === 'create-article') ?? -1;
    const create = article?.operations[at];
    if (!article || create?.kind !== 'create-article') continue;
    create.stubLinks = true;
    const rewritten = new Set(article.operations.flatMap((o) => (o.kind === 'update-translation' ? [o.body] : [])));
    const pending = create.bodies.filter((b) => !rewritten.has(b) && b.refs.some((r) => r.kind === 'article' && r.url === undefined));
    article.operations.push(...pending.map((body) => ({ kind: 'update-translation' as const, body })));
    article.reasons.push('links to other new articles: created as a draft, then linked');
  }
}
