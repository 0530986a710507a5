import { Prisma } from '#db';
import type { Database } from './database.js';

const MODEL_DELEGATES = new Set(
  Object.values(Prisma.ModelName).map((name) => `${name.charAt(0).toLowerCase()}${name.slice(1)}`),
);

/**
 * Stand-in for the Prisma client when the app is built only to describe itself (OpenAPI generation):
 * providers can be constructed, but any query (`db.user…`, `db.$transaction…`) fails loudly instead of
 * trying to connect. Other property reads (Nest probing for lifecycle hooks) see nothing.
 */
export function detachedDatabase(): Database {
  return new Proxy({} as Database, {
    get(target, property) {
      if (property === '$disconnect') return async () => undefined;
      if (typeof property === 'string' && (property.startsWith('$') || MODEL_DELEGATES.has(property))) {
        throw new Error(`This app was built without a database; it cannot use Prisma (${property}).`);
      }
      return Reflect.get(target, property);
    },
  });
}
