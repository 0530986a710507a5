export * from './unsafe-characters.js';
export * from './name-patterns.js';
export * from './check-config-value.js';
