export * from './model/index.js';
export * from './syntax/index.js';
export * from './wsgi/index.js';
export * from './validate/index.js';
export * from './render/index.js';
export * from './htaccess/index.js';
export * from './resolve/index.js';
export * from './config-files/index.js';
