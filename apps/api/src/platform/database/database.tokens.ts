/** The Prisma client (a `Database`); the detached module provides one that refuses every use. */
export const DATABASE = Symbol('DATABASE');
/** The connection URL, or null when the app runs without a database (OpenAPI generation). */
export const DATABASE_URL = Symbol('DATABASE_URL');
