export * from './import-result.js';
export * from './import-server.js';
