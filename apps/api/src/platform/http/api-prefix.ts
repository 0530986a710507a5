/** Everything JSON lives under this prefix (api-v1.md); the probes, /metrics and /docs do not. */
export const API_PREFIX = 'api/v1';

/** Routes served outside API_PREFIX. */
export const UNPREFIXED_ROUTES = ['health', 'ready', 'metrics'];
