import type { Prisma, PrismaClient } from '#db';

/** Either the client or an open transaction: read helpers take this so they work inside a write too. */
export type DbClient = Prisma.TransactionClient | PrismaClient;
