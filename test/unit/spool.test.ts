import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BodySpool } from '../../src/diff/spool.js';
import type { ZdArticle } from '../../src/remote/types.js';

const spools: BodySpool[] = [];
afterEach(() => spools.splice(0).forEach((s) => s.close()));

function article(id: number, bodies: Record<string, string>): ZdArticle {
  const source = Object.keys(bodies)[0];
  return {
    id,
    source_locale: source,
    locale: source,
    translations: Object.entries(bodies).map(([locale, body]) => ({ locale, body })),
  } as unknown as ZdArticle;
}

/** What a body reads back as: its UTF-8 bytes (a lone surrogate becomes U+FFFD). */
const utf8 = (s: string) => Buffer.from(s, 'utf8').toString('utf8');

describe('the body spool', () => {
  it('reads back every body, multi-byte text and lone surrogates at a chunk seam included', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zgp-spool-test-'));
    const spool = new BodySpool(dir);
    spools.push(spool);
    const bodies = new Map<number, Record<string, string>>();
    // A high surrogate ending one body and a low one starting the next would form one character if joined.
    bodies.set(1, { 'en-us': '<p>ends high \ud83d', fr: '\ude00 starts low, café</p>' });
    bodies.set(2, { 'en-us': '<p>日本語 ✓</p>', de: `<p>${'groß '.repeat(300_000)}</p>` });
    bodies.set(3, { 'en-us': '<p>after the flush</p>' });
    for (const [id, b] of bodies) spool.add(article(id, b));
    for (const [id, b] of bodies) for (const [locale, body] of Object.entries(b)) expect(spool.read(id, locale)).toBe(utf8(body));
    expect(spool.read(3, 'fr')).toBeUndefined();
    spool.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
