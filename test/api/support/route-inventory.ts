import { type INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { AUTH_POLICY_KEY, type AuthPolicy } from '#api/auth/auth-policy.js';

export interface RouteEntry {
  readonly handler: string;
  readonly method: string;
  readonly path: string;
  readonly policy: AuthPolicy | undefined;
}

/** Every HTTP route handler of every controller in the app, with the auth policy it declares. */
export function routeInventory(app: INestApplication): RouteEntry[] {
  const discovery = app.get(DiscoveryService);
  const scanner = new MetadataScanner();
  return discovery.getControllers().flatMap((wrapper) => {
    const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
    if (!controller) return [];
    const prototype = controller.prototype as Record<string, unknown>;
    return scanner.getAllMethodNames(prototype).flatMap((name) => {
      const handler = prototype[name] as object;
      const path: unknown = Reflect.getMetadata(PATH_METADATA, handler);
      if (path === undefined) return [];
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      const policy = (Reflect.getMetadata(AUTH_POLICY_KEY, handler) ??
        Reflect.getMetadata(AUTH_POLICY_KEY, controller)) as AuthPolicy | undefined;
      return [{ handler: `${controller.name}.${name}`, method, path: String(path), policy }];
    });
  });
}
