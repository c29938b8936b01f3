/**
 * What the pipeline reads from the repository (the config file and the Markdown tree), as one
 * module so the bundle has one on-demand chunk for it: it carries the schema library and the
 * YAML parser, which load while the first Zendesk requests are in flight (see run/read.ts).
 */
export { loadConfigFile } from './config/file.js';
export { duplicateIds, loadSource } from './source/load.js';
