export { ModelStoreModule } from './model-store.module.js';
export { ServerModelLoader, type LoadOptions } from './server-model.loader.js';
export {
  ModelWriteService,
  type ModelWrite,
  type KnownModel,
  type CrossServerWrite,
  type UnboundWrite,
  type Tx,
} from './model-write.service.js';
export { AuditService, type AuditRecord } from './audit.service.js';
export type { DbClient } from './db-client.js';
