import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService } from '@nestjs/core';
import { API_PREFIX, UNPREFIXED_ROUTES } from '#api/platform/http/api-prefix.js';
import { routeInventory } from '../../support/route-inventory.js';

export interface AdminOnlyRequest {
  readonly handler: string;
  readonly method: string;
  /** The concrete URL to call, path parameters replaced by random ids. */
  readonly url: string;
}

/**
 * Every @AdminOnly route of the running app as a callable request. The inventory gives handlers and their
 * own paths; the controller prefix comes from the same controllers, so new routes are picked up unaided.
 */
export function adminOnlyRequests(app: INestApplication): AdminOnlyRequest[] {
  const controllerPaths = new Map<string, string[]>();
  for (const wrapper of app.get(DiscoveryService).getControllers()) {
    const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
    if (!controller) continue;
    controllerPaths.set(controller.name, asList(Reflect.getMetadata(PATH_METADATA, controller)));
  }
  return routeInventory(app)
    .filter((route) => route.policy === 'admin')
    .flatMap((route) => {
      const [controllerName = ''] = route.handler.split('.');
      return (controllerPaths.get(controllerName) ?? ['/']).map((prefix) => ({
        handler: route.handler,
        method: route.method,
        url: toUrl(prefix, route.path),
      }));
    });
}

function asList(path: unknown): string[] {
  if (Array.isArray(path)) return path.map(String);
  return [path === undefined ? '/' : String(path)];
}

function toUrl(controllerPath: string, handlerPath: string): string {
  const joined = [controllerPath, handlerPath]
    .flatMap((part) => part.split('/'))
    .filter((segment) => segment.length > 0)
    .map((segment) => (segment.startsWith(':') ? randomUUID() : segment));
  const prefixed = UNPREFIXED_ROUTES.includes(joined[0] ?? '')
    ? joined
    : [...API_PREFIX.split('/'), ...joined];
  return `/${prefixed.join('/')}`;
}
