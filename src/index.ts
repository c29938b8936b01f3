import { run } from './main.js';
import { budgetHeap } from './shared/heap-budget.js';

// The runner executes this file; everything else lives in run() so it can be tested.
budgetHeap();
await run();
