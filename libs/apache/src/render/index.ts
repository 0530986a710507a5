export * from './render.js';
export * from './htaccess.render.js';
export * from './rendered-file.js';
export * from './render-refused.error.js';
export { UnsafeValueError } from './safe-token.js';
export * from './render-validated.js';
