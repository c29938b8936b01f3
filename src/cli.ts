#!/usr/bin/env node
import { main } from './cli/main.js';
import { serveIfConvertWorker } from './import/worker-role.js';
import { budgetHeap } from './shared/heap-budget.js';

// An import's conversion workers start this file too (see import/worker-role.ts): they run nothing else.
if (!(await serveIfConvertWorker())) {
  // `... | head` closes the pipe early: the reader has what it wanted, which is no crash.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }

  budgetHeap();
  process.exitCode = await main(process.argv.slice(2));
}
