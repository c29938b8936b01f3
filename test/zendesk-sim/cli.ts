// `npm run sim -- [--port N] [--latency MS] [--rate-limit N] [--token-ttl S]`
// Starts the simulator for manual runs and demos; prints shell exports for the credentials.
import { parseArgs } from 'node:util';
import { startSimulator } from './index.js';
import type { SimOptions } from './types.js';

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
    port: { type: 'string' },
    latency: { type: 'string' },
    'rate-limit': { type: 'string' },
    'token-ttl': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});

if (values.help) {
  console.log('Usage: npm run sim -- [--port N] [--latency MS] [--rate-limit N] [--token-ttl S]');
  process.exit(0);
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
console.log(`# Zendesk Help Center simulator listening on ${sim.url}`);
console.log(`export ZENDESK_URL=${sim.url}`);
console.log(`export ZENDESK_OAUTH_CLIENT_ID=${c.oauthClientId}`);
console.log(`export ZENDESK_OAUTH_CLIENT_SECRET=${c.oauthClientSecret}`);
console.log(`export ZENDESK_EMAIL=${c.email}`);
console.log(`export ZENDESK_API_TOKEN=${c.apiToken}`);
console.log(`# ready OAuth token: ${c.oauthToken}`);
console.log(`# end user: ${c.endUserEmail} / ${c.endUserApiToken}`);
console.log('# admin: GET /__sim/state, GET /__sim/requests, POST /__sim/options, POST /__sim/expire-tokens');

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
