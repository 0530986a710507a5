import type { Prisma } from '#db';

/**
 * Namespace of the two-key advisory lock space ('HPPB'). PostgreSQL keeps the two-int4 space apart from
 * the one-bigint space the migration runner uses, so the keys can never collide with it.
 */
export const PUBLISH_LOCK_CLASS = 0x48505042;

/**
 * Serialises agent reports with publishes of one server, across all API replicas, until the transaction
 * ends. Publishes hold the same key as a session lock (publish-lock.ts) for their whole store → apply →
 * record; the revision number is computed under it, which is what keeps numbers gapless.
 */
export async function lockServerPublishing(tx: Prisma.TransactionClient, serverId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${PUBLISH_LOCK_CLASS}::int4, hashtext(${serverId}))`;
}
