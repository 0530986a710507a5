export * from './resolve-outcome.js';
export { createResolver, resolve } from './resolver.js';
