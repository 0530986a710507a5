import type { PrismaClient } from '#db';

/** What repositories inject under the DATABASE token. */
export type Database = PrismaClient;
