import type { OpenAPIObject, OperationObject } from '@nestjs/swagger';

export type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';
const METHODS: readonly Method[] = ['get', 'put', 'post', 'delete', 'patch'];

export interface Operation {
  readonly path: string;
  readonly method: Method;
  readonly operation: OperationObject;
}

/** Every operation of the document, in document order. */
export function operationsOf(document: OpenAPIObject): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ path, method, operation }] : [];
    }),
  );
}

/** Guarded by the bearer scheme (every route that is not @Public()). */
export const isSecured = ({ operation }: Operation) => (operation.security ?? []).length > 0;
