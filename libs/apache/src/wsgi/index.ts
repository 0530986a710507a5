export * from './restrict-list.js';
export * from './visibility.js';
export * from './daemon-option-table.js';
export * from './daemon-options.js';
export * from './restrict-scope.js';
