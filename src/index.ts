import { run } from './main.js';

// The runner executes this file; everything else lives in run() so it can be tested.
await run();
