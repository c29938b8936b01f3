/**
 * Answers that do not have the shape the tool relies on, from a real HTTP server: each is one
 * clear error naming the endpoint and the field, before anything reaches the planner.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleLogger } from '../../src/logger.js';
import { ZendeskClient } from '../../src/remote/client.js';
import { checkResponse, ZendeskResponseError } from '../../src/remote/responses.js';

let server: http.Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

/** A server that answers every request with `status`, `contentType` and `body`. */
async function answering(body: string, contentType = 'application/json'): Promise<ZendeskClient> {
  server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': contentType });
    res.end(body);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return new ZendeskClient({
    baseUrl: `http://127.0.0.1:${port}`,
    auth: { kind: 'oauth-token', token: 'tok' },
    logger: createConsoleLogger({ write: () => undefined }),
    maxRetries: 0,
  });
}

/** An article as Zendesk answers it, with every field the tool reads. */
const STORED_ARTICLE = {
  id: 1,
  html_url: 'u',
  comments_disabled: false,
  draft: false,
  promoted: false,
  position: 0,
  section_id: 1,
  permission_group_id: 1,
  user_segment_id: null,
  locale: 'en-us',
  source_locale: 'en-us',
  title: 'T',
  created_at: 'x',
  updated_at: 'x',
};

describe('answers checked at the client boundary', () => {
  it('names the endpoint and the field of a wrong type', async () => {
    const client = await answering(
      JSON.stringify({
        sections: [
          { id: 1, name: 'A', category_id: 2 },
          { id: '2', name: 'B', category_id: 2 },
        ],
        meta: { has_more: false },
      }),
    );
    const error = await client.listSections().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZendeskResponseError);
    expect((error as Error).message).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/api\/v2\/help_center\/sections: unexpected answer from Zendesk: sections\[1\]\.id: .*number/,
    );
  });

  it('names a missing field of an export page', async () => {
    const client = await answering(JSON.stringify({ articles: [], next_page: null }));
    await expect(client.exportArticles(0)).rejects.toThrow(
      /^GET http:\/\/127\.0\.0\.1:\d+\/api\/v2\/help_center\/incremental\/articles: unexpected answer from Zendesk: end_time: /,
    );
  });

  it("says so when the answer is not JSON at all (a proxy's login page, say)", async () => {
    const client = await answering('<html>Sign in</html>', 'text/html');
    await expect(client.listLocales()).rejects.toThrow(
      /^GET http:\/\/127\.0\.0\.1:\d+\/api\/v2\/help_center\/locales: Zendesk's answer is not the JSON object expected \(no JSON\)$/,
    );
  });

  it('keeps fields it does not read and hands back the answer itself, not a copy', () => {
    const data = { article: { ...STORED_ARTICLE, vote_sum: 3 } };
    expect(checkResponse('article', data, 'GET', new URL('https://acme.zendesk.com/x'))).toBe(data);
  });

  it('lists at most three issues and counts the rest', () => {
    const bad = { locales: [1, 2, 3, 4, 5], default_locale: 5 };
    expect(() => checkResponse('locales', bad, 'GET', new URL('https://acme.zendesk.com/l'))).toThrow(/\(and 3 more\)$/);
  });

  it('checks a page of articles one article at a time, naming the article and counting every issue', () => {
    const good = { ...STORED_ARTICLE, body: '<p>x</p>' };
    const url = new URL('https://acme.zendesk.com/api/v2/help_center/incremental/articles');
    const page = { articles: [good, { ...good, id: 2 }], end_time: 1, next_page: null };
    expect(checkResponse('export', page, 'GET', url)).toBe(page);
    // Issues in two articles, four in all: the first three are shown, in order.
    const bad = { ...page, articles: [good, { ...good, title: 5, draft: 'no' }, good, { ...good, section_id: 'x', position: null }] };
    expect(() => checkResponse('export', bad, 'GET', url)).toThrow(
      /: articles\[1\]\.draft: .*; articles\[1\]\.title: .*; articles\[3\]\.position: .* \(and 1 more\)$/,
    );
    // The envelope is checked before the articles.
    expect(() => checkResponse('articles', { articles: 'none' }, 'GET', url)).toThrow(/unexpected answer from Zendesk: articles: /);
    expect(() => checkResponse('articles', { articles: [{ ...good, id: 1.5 }] }, 'GET', url)).toThrow(/articles\[0\]\.id: /);
  });
});
