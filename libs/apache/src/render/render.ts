import { hasErrors } from '../model/diagnostic.js';
import type { ServerModel } from '../model/server-model.js';
import type { ModelIndex } from '../validate/index.js';
import { RenderRefusedError } from './render-refused.error.js';
import { renderBlockers } from './render-gate.js';
import type { RenderedFile } from './rendered-file.js';
import { writeFiles } from './write-files.js';

export { SERVER_CONFIG_PATH } from './write-files.js';

export interface RenderOptions {
  /** An index the caller already built with buildModelIndex(model) for the model as it is now; saves rebuilding it. */
  index?: ModelIndex;
}

/**
 * Renders a server model into its files, sorted by path: `httpd/hostplane.conf`, `httpd/maps/<stem>.map` per vhost
 * with a process-group map (`<stem>.txt`, the source of its .dbm, for a dbm map), and `<directory>/.htaccess`
 * per directory with rules. The same model always gives the same bytes. Throws RenderRefusedError when the model has errors, and UnsafeValueError if a value that
 * slipped past validation would change the meaning of the config.
 */
export function render(model: ServerModel, options: RenderOptions = {}): RenderedFile[] {
  const blockers = renderBlockers(model, options.index);
  if (hasErrors(blockers)) throw new RenderRefusedError(blockers);
  return writeFiles(model);
}
