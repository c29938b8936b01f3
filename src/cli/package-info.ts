import pkg from '../../package.json' with { type: 'json' };

/** The command people type, and the npm package it comes in. */
export const NAME = pkg.name;
export const VERSION = pkg.version;
export const HOMEPAGE = pkg.homepage;

/**
 * The action's moving tag for this release line: npm version 1.4.2 is the action's tag v1.4.2,
 * and `v1` points at the newest 1.x.y. Workflows written by `init` use it.
 */
export const ACTION_TAG = `v${VERSION.split('.')[0]}`;
