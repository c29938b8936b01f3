import { loadConfigFile } from '../config/file.js';
import type { Config } from '../config/types.js';
import { ConfigError } from '../errors.js';
import type { ConvertRender } from './convert.js';

/** The render settings the publisher will use for the docs root, and the config file that sets them (if any). */
export interface ImportRenderSettings {
  render: ConvertRender;
  /** Repo-relative path of the config file in use; undefined when there is none. */
  file: string | undefined;
}

/**
 * Read with the publisher's own reader (zendesk-guide.yml or .yaml, or the file named by
 * `--config`), so the import converts for exactly the rendering that publishing will do. A file
 * the publisher would refuse is refused here too, before anything is written.
 */
export async function importRenderSettings(config: Config): Promise<ImportRenderSettings> {
  const loaded = await loadConfigFile(config);
  const error = loaded.diagnostics.find((d) => d.severity === 'error');
  if (error) throw new ConfigError(`${error.file ?? loaded.file}:${error.line ?? 1}: ${error.message}`);
  const render = loaded.config.render;
  return {
    render: { alerts: render?.alerts ?? true, allowUnsafeHtml: render?.allowUnsafeHtml ?? false },
    file: loaded.file,
  };
}
