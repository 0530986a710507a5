export * from './server-model.js';
export * from './diagnostic.js';
