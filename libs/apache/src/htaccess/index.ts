export * from './parse-htaccess.js';
export type { HtaccessCode } from './htaccess-diagnostic.js';
