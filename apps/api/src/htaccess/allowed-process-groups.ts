/**
 * The groups a directory's tenant may choose in its .htaccess (the GET lists them for the tenant's UI). The
 * engine decides it with the same function that refuses every other choice of a tenant's rule, so this list
 * and what a PUT accepts are the same set (libs/apache/src/validate/tenant-selection.ts).
 */
export { allowedProcessGroups } from '#apache';
