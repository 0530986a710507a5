export * from './server-facts.js';
export * from './module-uses.js';
export * from './fact-subject.js';
export * from './check-facts.js';
