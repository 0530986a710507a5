import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client.js';

export type { PrismaClient };

export interface PrismaClientOptions {
  /** pg pool size per client; defaults to pg's (10). */
  maxConnections?: number;
}

/** A Prisma client over node-postgres: the `prisma-client` generator with an adapter needs no engine binary. */
export function createPrismaClient(url: string, options: PrismaClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: url,
    ...(options.maxConnections ? { max: options.maxConnections } : {}),
  });
  return new PrismaClient({ adapter });
}
