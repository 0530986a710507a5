export * from './server-spec.js';
export * from './spec-of-model.js';
export * from './model-of-spec.js';
export * from './plan-of-spec.js';
export * from './spec-diagnostics.js';
export * from './virtual-host-keys.js';
export * from './json-equal.js';
export * from './mount-keys.js';
