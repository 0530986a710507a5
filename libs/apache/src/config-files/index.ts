export * from './config-directive.js';
export * from './config-file-set.js';
export * from './read-config-files.js';
