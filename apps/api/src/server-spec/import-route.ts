/**
 * POST /servers/{id}/imports takes a whole server's files. Measured: the 10k-vhost synthetic server with its 20k
 * .htaccess files is ~12 MB of JSON; 48 MB leaves room and still refuses a 50 MB body (413).
 */
export const IMPORT_ROUTE = /^\/api\/v1\/servers\/[^/]+\/imports$/;
export const IMPORT_BODY_LIMIT = '48mb';
