import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, operations, paths } from './openapi.js';

export type { components, operations, paths };

/** The document's named schemas: `Schemas['Publication']`. */
export type Schemas = components['schemas'];

/** A client of every route of docs/openapi.json, typed from it (paths, parameters, bodies, answers). */
export type HostplaneClient = Client<paths>;

export interface HostplaneClientOptions extends Omit<ClientOptions, 'baseUrl' | 'headers'> {
  /** The API's origin, e.g. `https://hostplane.example.com` (the document's paths start with /api/v1). */
  readonly baseUrl: string;
  /** A session token or an API token, sent as `Authorization: Bearer …`. */
  readonly token?: string;
  /** Sent with every request. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** openapi-fetch over the generated types; answers are `{ data, error, response }`, typed per status. */
export function createHostplaneClient({
  token,
  headers,
  ...options
}: HostplaneClientOptions): HostplaneClient {
  return createClient<paths>({
    ...options,
    headers: { ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }), ...headers },
  });
}
