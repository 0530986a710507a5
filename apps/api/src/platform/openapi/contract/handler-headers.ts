import type { INestApplication } from '@nestjs/common';
import { HEADERS_METADATA } from '@nestjs/common/constants.js';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { operationIdOf } from '../query-parameters.js';

interface StaticHeader {
  readonly name: string;
  readonly value: string;
}

/**
 * The headers each handler sets with Nest's `@Header(name, value)` (Cache-Control: no-store on answers
 * that carry secrets, the metrics' Content-Type), by operationId, so the document declares what they send.
 */
export function handlerHeadersByOperation(app: INestApplication): Map<string, StaticHeader[]> {
  const scanner = new MetadataScanner();
  const out = new Map<string, StaticHeader[]>();
  for (const module of app.get(ModulesContainer, { strict: false }).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      for (const method of scanner.getAllMethodNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[method];
        if (typeof handler !== 'function') continue;
        const headers = (Reflect.getMetadata(HEADERS_METADATA, handler) ?? []) as StaticHeader[];
        if (headers.length > 0) out.set(operationIdOf(controller.name, method), headers);
      }
    }
  }
  return out;
}
