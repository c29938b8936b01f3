import { run } from './main.js';
import { capYoungGeneration } from './shared/young-generation.js';

// The runner executes this file; everything else lives in run() so it can be tested.
capYoungGeneration();
await run();
