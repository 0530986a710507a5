export * from './model-index.js';
export * from './validate.js';
export { checkRenderedValues } from './injection.rule.js';
export { parseProcessGroup, type ProcessGroupValue } from './group-reference.js';
export { MAX_SOCKET_PREFIX_BYTES } from './server-settings.rule.js';
export { allowedProcessGroups, tenantMaySelect, type SelectionScope } from './tenant-selection.js';
