import * as core from '@actions/core';
import type { Logger } from '../logger.js';

/** Logs through workflow commands: annotations carry file and line, the runner masks secrets. */
export function createActionLogger(): Logger {
  const props = (loc?: { file?: string; line?: number; column?: number; title?: string }) =>
    loc
      ? {
          ...(loc.file ? { file: loc.file } : {}),
          ...(loc.line ? { startLine: loc.line } : {}),
          ...(loc.column ? { startColumn: loc.column } : {}),
          ...(loc.title ? { title: loc.title } : {}),
        }
      : {};
  return {
    info: (m) => core.info(m),
    warning: (m, loc) => core.warning(m, props(loc)),
    error: (m, loc) => core.error(m, props(loc)),
    debug: (m) => core.debug(m),
    setSecret: (v) => core.setSecret(v),
    group: (name, fn) => core.group(name, fn),
    // The log is plain workflow commands: no live display, but a rate-limit wait gets its line
    // so a minute without output is not mistaken for a hang.
    progress: (event) => {
      if (event.kind === 'wait') core.info(`waiting ${event.seconds} s: ${event.reason}`);
    },
  };
}
