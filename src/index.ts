import { run } from './main.js';
import { serveIfConvertWorker } from './import/worker-role.js';
import { budgetHeap } from './shared/heap-budget.js';

// The runner executes this file; everything else lives in run() so it can be tested. An
// import's conversion workers start it too (see import/worker-role.ts): they run nothing else.
if (!(await serveIfConvertWorker())) {
  budgetHeap();
  await run();
}
