// Runs a Node entry point (argv[2]) with the remaining arguments and, on exit, prints its own
// peak RSS and CPU time, so a benchmark can measure the tool apart from the simulator.
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], entry, ...args];
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`\nBENCH ${JSON.stringify({ maxRssMb: u.maxRSS / 1024, cpuS: (u.userCPUTime + u.systemCPUTime) / 1e6 })}\n`);
});
await import(pathToFileURL(entry).href);
