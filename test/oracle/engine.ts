/**
 * The engine functions and types the oracle suites check, in one place. They come straight from the
 * libs/apache modules so the suites work while the package index is still being assembled.
 */
export type {
  DaemonGroup,
  Directory,
  HtaccessRule,
  ServerModel,
  Tenant,
  VirtualHost,
} from '../../libs/apache/src/model/server-model.js';
export type { Diagnostic } from '../../libs/apache/src/model/diagnostic.js';
export { hasErrors } from '../../libs/apache/src/model/diagnostic.js';
export {
  render,
  RenderRefusedError,
  UnsafeValueError,
  type RenderedFile,
} from '../../libs/apache/src/render/index.js';
export { validate } from '../../libs/apache/src/validate/index.js';
export {
  createResolver,
  resolve,
  type ResolveOutcome,
  type ResolveRequest,
  type Resolver,
} from '../../libs/apache/src/resolve/index.js';
export { parseHtaccess } from '../../libs/apache/src/htaccess/index.js';
