export { ModelStoreModule } from './model-store.module.js';
export { ServerModelRepository, type LoadOptions } from './server-model.repository.js';
export { ModelWriteService, assertModelValid, assertSameServers } from './model-write.service.js';
export { ModelCommits, type ModelCommitListener } from './model-commits.js';
