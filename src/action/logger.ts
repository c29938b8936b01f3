import * as core from '@actions/core';
import type { Logger } from '../logger.js';
import { showBidi } from '../report/escape.js';

/**
 * Logs through workflow commands: annotations carry file and line, the runner masks secrets.
 * Every line and annotation shows bidirectional controls by code point (report/escape.ts): the
 * text comes from the files and from Guide.
 */
export function createActionLogger(): Logger {
  const props = (loc?: { file?: string; line?: number; column?: number; title?: string }) =>
    loc
      ? {
          ...(loc.file ? { file: showBidi(loc.file) } : {}),
          ...(loc.line ? { startLine: loc.line } : {}),
          ...(loc.column ? { startColumn: loc.column } : {}),
          ...(loc.title ? { title: showBidi(loc.title) } : {}),
        }
      : {};
  return {
    info: (m) => core.info(showBidi(m)),
    warning: (m, loc) => core.warning(showBidi(m), props(loc)),
    error: (m, loc) => core.error(showBidi(m), props(loc)),
    debug: (m) => core.debug(showBidi(m)),
    setSecret: (v) => core.setSecret(v),
    group: (name, fn) => core.group(showBidi(name), fn),
    // The log is plain workflow commands: no live display, but a rate-limit wait gets its line
    // so a minute without output is not mistaken for a hang.
    progress: (event) => {
      if (event.kind === 'wait') core.info(`waiting ${event.seconds} s: ${event.reason}`);
    },
  };
}
