// `npm run sim -- [--auth KIND] [--port N] [--latency MS] [--rate-limit N] [--token-ttl S]`
// Starts the simulator for manual runs and demos; prints shell exports for one auth method.
import { parseArgs } from 'node:util';
import { startSimulator } from './index.js';
import type { SeedCredentials, SimOptions } from './types.js';

// One auth method's variables at a time: the CLI refuses two (exit 2), so pasting every export
// the simulator printed must still give a working setup.
const AUTH: Record<string, (c: SeedCredentials) => Record<string, string>> = {
  'oauth-client': (c) => ({ ZENDESK_OAUTH_CLIENT_ID: c.oauthClientId, ZENDESK_OAUTH_CLIENT_SECRET: c.oauthClientSecret }),
  'oauth-token': (c) => ({ ZENDESK_OAUTH_TOKEN: c.oauthToken }),
  'api-token': (c) => ({ ZENDESK_EMAIL: c.email, ZENDESK_API_TOKEN: c.apiToken }),
};
const AUTH_KINDS = Object.keys(AUTH).join('|');

const USAGE = `Usage: npm run sim -- [--auth ${AUTH_KINDS}] [--port N] [--latency MS] [--rate-limit N] [--token-ttl S]

Prints \`export\` lines for ZENDESK_URL and one auth method, ready to paste into a shell:
  --auth oauth-client   ZENDESK_OAUTH_CLIENT_ID and ZENDESK_OAUTH_CLIENT_SECRET (the default)
  --auth oauth-token    ZENDESK_OAUTH_TOKEN, a ready OAuth access token
  --auth api-token      ZENDESK_EMAIL and ZENDESK_API_TOKEN, legacy API-token auth
--port 0 (the default) takes a free port.`;

function intOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a non-negative integer (got "${value}")`);
    process.exit(2);
  }
  return n;
}

const { values } = parseArgs({
  options: {
    auth: { type: 'string', default: 'oauth-client' },
    port: { type: 'string' },
    latency: { type: 'string' },
    'rate-limit': { type: 'string' },
    'token-ttl': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const authExports = Object.hasOwn(AUTH, values.auth) ? AUTH[values.auth] : undefined;
if (!authExports) {
  console.error(`--auth must be oauth-client, oauth-token or api-token (got "${values.auth}")`);
  process.exit(2);
}

const options: Partial<SimOptions> = {};
const port = intOption('port', values.port);
const latency = intOption('latency', values.latency);
const rateLimit = intOption('rate-limit', values['rate-limit']);
const ttl = intOption('token-ttl', values['token-ttl']);
if (port !== undefined) options.port = port;
if (latency !== undefined) options.latencyMs = latency;
if (rateLimit !== undefined) options.rateLimitPerMinute = rateLimit;
if (ttl !== undefined) options.tokenTtlSeconds = ttl;

const sim = await startSimulator(options);
const c = sim.credentials;
const exports = { ZENDESK_URL: sim.url, ...authExports(c) };
const lines = [
  `# Zendesk Help Center simulator listening on ${sim.url} (auth: ${values.auth}; see --help for the others)`,
  ...Object.entries(exports).map(([name, value]) => `export ${name}=${value}`),
  `# end user, for permission checks: ${c.endUserEmail} / ${c.endUserApiToken}`,
  '# admin: GET /__sim/state, GET /__sim/requests, POST /__sim/options, POST /__sim/expire-tokens',
];
// One write: whoever waits for the ZENDESK_URL line (CI greps a log file) then has all of them.
process.stdout.write(`${lines.join('\n')}\n`);

let closing = false;
const shutdown = (): void => {
  if (closing) return;
  closing = true;
  sim.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
