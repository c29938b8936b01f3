/**
 * `npm run demo`: starts the bundled Zendesk simulator, publishes examples/docs through the CLI
 * pipeline, prints the report, publishes again to show that nothing changes, and stops.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import { startSimulator } from '../test/zendesk-sim/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sim = await startSimulator({ latencyMs: 5 });
const env = {
  ZENDESK_URL: sim.url,
  ZENDESK_OAUTH_CLIENT_ID: sim.credentials.oauthClientId,
  ZENDESK_OAUTH_CLIENT_SECRET: sim.credentials.oauthClientSecret,
};
// The report as a terminal shows it, text: `--markdown` is for a comment or a job summary.
const args = ['publish', '--repo', path.join(root, 'examples'), '--path', 'docs'];
let failed = false;
try {
  console.log(`Zendesk simulator at ${sim.url}\n`);
  console.log('━━ First publish: examples/docs → a help center that has never seen them\n');
  const first = await main(args, env);
  const firstWrites = sim.writes().length;
  console.log(`\n(${firstWrites} write requests)\n`);

  sim.resetLog();
  console.log('━━ Second publish of the same tree: nothing should change\n');
  const second = await main(args, env);
  const secondWrites = sim.writes().length;
  console.log(`\n(${secondWrites} write requests, ${sim.requests.length} requests in all)`);

  if (first !== 0 || second !== 0 || secondWrites !== 0) {
    console.error('\nDemo failed: expected two successful runs and no writes on the second.');
    failed = true;
  }
} finally {
  await sim.close();
}
process.exitCode = failed ? 1 : 0;
