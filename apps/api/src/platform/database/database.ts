import type { Prisma, PrismaClient } from '#db';

/** What repositories inject under the DATABASE token. */
export type Database = PrismaClient;

/**
 * An open transaction. Services receive one from TransactionRunner and only hand it on to repositories
 * (whose writes then commit or roll back together, audit event included); they never query through it.
 */
export type Transaction = Prisma.TransactionClient;

/** The client or an open transaction: repository reads take this so they work inside a write too. */
export type Queryable = Database | Transaction;
