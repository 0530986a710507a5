import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService } from '@nestjs/core';
import { API_PREFIX, UNPREFIXED_ROUTES } from '#api/platform/http/api-prefix.js';
import { routeInventory } from '../../api/support/route-inventory.js';

export interface RouteRequest {
  readonly handler: string;
  readonly method: string;
  /** The concrete URL, path parameters filled by `param` (default: a random id). */
  readonly url: string;
}

/** Every route that authenticates its caller (all but @Public), as callable requests. */
export function authenticatedRequests(
  app: INestApplication,
  param: (name: string) => string = () => randomUUID(),
): RouteRequest[] {
  const controllerPaths = new Map<string, string[]>();
  for (const wrapper of app.get(DiscoveryService).getControllers()) {
    const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
    if (!controller) continue;
    const path: unknown = Reflect.getMetadata(PATH_METADATA, controller);
    controllerPaths.set(controller.name, Array.isArray(path) ? path.map(String) : [String(path ?? '/')]);
  }
  return routeInventory(app)
    .filter((route) => route.policy !== 'public')
    .flatMap((route) => {
      const [controllerName = ''] = route.handler.split('.');
      return (controllerPaths.get(controllerName) ?? ['/']).map((prefix) => {
        const segments = [prefix, route.path]
          .flatMap((part) => part.split('/'))
          .filter((s) => s.length > 0)
          .map((s) => (s.startsWith(':') ? param(s.slice(1)) : s));
        const full = UNPREFIXED_ROUTES.includes(segments[0] ?? '')
          ? segments
          : [...API_PREFIX.split('/'), ...segments];
        return { handler: route.handler, method: route.method, url: `/${full.join('/')}` };
      });
    });
}
