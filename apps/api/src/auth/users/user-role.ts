/** Mirrors the UserRole enum of the database; kept here so the API's types do not leak Prisma's. */
export type UserRole = 'admin' | 'tenant';
