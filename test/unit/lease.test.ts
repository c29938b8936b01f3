import { expect, it } from 'vitest';
import { claimHtml, judgeClaims, leaseTitle, parseClaim, type ClaimInfo, type SeenClaim } from '../../src/apply/lease.js';
import { interruptedLine } from '../../src/report/model.js';
import type { ZdArticle } from '../../src/remote/types.js';
import { Interruption } from '../../src/shared/interrupt.js';

const info = (over: Partial<ClaimInfo> = {}): ClaimInfo => ({
  ns: 'acme/docs:docs',
  run: 'r1',
  host: 'h',
  pid: 1,
  who: 'workflow run 1 <b>',
  since: '2026-01-01T00:00:00Z',
  ...over,
});

function seen(id: number, i: ClaimInfo, updatedMs: number): SeenClaim {
  return {
    article: { id, title: leaseTitle(i.ns), body: claimHtml(i), updated_at: new Date(updatedMs).toISOString() } as ZdArticle,
    info: i,
    updatedMs,
  };
}

it('a claim reads back as written, whatever its text holds; other articles are no claims', () => {
  const i = info({ ns: 'a"b<c>&d' });
  expect(parseClaim({ title: leaseTitle(i.ns), body: claimHtml(i) })).toEqual(i);
  // Guide may reflow the <pre>: the record is base64 in it, so line breaks do not matter.
  const reflowed = claimHtml(i).replace(/(<pre[^>]*>)(.{10})/, '$1$2\n');
  expect(parseClaim({ title: leaseTitle(i.ns), body: reflowed })).toEqual(i);
  expect(parseClaim({ title: 'Reset your password', body: claimHtml(i) })).toBeUndefined();
  expect(parseClaim({ title: leaseTitle(i.ns), body: '<p>edited away</p>' })).toBeUndefined();
});

it('judges claims: its own and other namespaces ignored, stale or gone ones dead, the rest rivals', () => {
  const now = Date.UTC(2026, 0, 1, 12);
  const ttl = 120_000;
  const claims = [
    seen(1, info({ run: 'mine' }), now),
    seen(2, info({ run: 'live' }), now - 10_000),
    seen(3, info({ run: 'stale' }), now - ttl - 1_000),
    seen(4, info({ run: 'gone', host: 'here', pid: 99 }), now),
    seen(5, info({ run: 'other-ns', ns: 'acme/other:docs' }), now),
  ];
  const alive = (i: ClaimInfo) => (i.host === 'here' ? false : undefined);
  const j = judgeClaims(claims, 'acme/docs:docs', 1, now, ttl, alive);
  expect(j.rivals.map((c) => c.info.run)).toEqual(['live']);
  expect(j.dead.map((c) => c.info.run)).toEqual(['stale', 'gone']);
});

it('says how far an interrupted publish got', () => {
  expect(interruptedLine({ written: 57, partly: 0, total: 120 })).toBe(
    'interrupted: 57 of 120 articles written; run publish again to finish',
  );
  expect(interruptedLine({ written: 57, partly: 3, total: 120 })).toBe(
    'interrupted: 57 of 120 articles written (3 more partly); run publish again to finish',
  );
});

it('a signal before the first write ends the process; once writing, the first stops the writes and the same one again quits', () => {
  const said: string[] = [];
  const exits: number[] = [];
  const before = new Interruption(
    (l) => said.push(l),
    (c) => exits.push(c),
  );
  before.receive('SIGINT');
  expect(exits).toEqual([130]);
  expect(said).toEqual(['interrupted: nothing was written']);

  said.length = 0;
  exits.length = 0;
  const writing = new Interruption(
    (l) => said.push(l),
    (c) => exits.push(c),
  );
  writing.startWriting();
  writing.receive('SIGINT');
  expect(writing.signal.aborted).toBe(true);
  expect(exits).toEqual([]);
  // The runner's cancel: SIGINT, then SIGTERM; not a second Ctrl-C.
  writing.receive('SIGTERM');
  expect(exits).toEqual([]);
  writing.receive('SIGINT');
  expect(exits).toEqual([130]);
  expect(said[0]).toMatch(/^SIGINT: stopping: no further article is started/);
});
