/** The parts of Express 5's router (the `router` package) read here; not in its type declarations. */
interface RouterLayer {
  readonly route?: { readonly methods: Readonly<Record<string, boolean | undefined>> };
  match(path: string): unknown;
}

interface ExpressLike {
  readonly router?: { readonly stack?: readonly RouterLayer[] };
}

/**
 * The methods some route serves at this path (HEAD wherever GET is), sorted; empty when no route matches.
 * Only called when a request found no handler, so scanning every route costs nothing on the usual path.
 */
export function allowedMethods(app: unknown, path: string): string[] {
  const methods = new Set<string>();
  for (const layer of (app as ExpressLike | undefined)?.router?.stack ?? []) {
    if (!layer.route || !layer.match(path)) continue;
    for (const [method, served] of Object.entries(layer.route.methods)) {
      if (served && method !== '_all') methods.add(method.toUpperCase());
    }
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}
