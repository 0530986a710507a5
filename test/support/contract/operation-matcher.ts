/** The document's operations, found by the method and path of a request as the server saw it. */
export interface OpenApiDocument {
  readonly paths: Record<string, Record<string, unknown>>;
}

interface PathTemplate {
  readonly template: string;
  readonly pattern: RegExp;
  /** Literal paths before templated ones: /publications/live is not /publications/{id}. */
  readonly parameters: number;
}

export interface MatchedPath {
  readonly template: string;
  /** The operation of this method, or undefined when the path has none (a 405). */
  readonly operation: unknown;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function operationMatcher(
  document: OpenApiDocument,
): (method: string, path: string) => MatchedPath | undefined {
  const templates: PathTemplate[] = Object.keys(document.paths)
    .map((template) => {
      const parts = template.split(/\{[^}]+\}/);
      return {
        template,
        pattern: new RegExp(`^${parts.map(escape).join('[^/]+')}$`),
        parameters: parts.length - 1,
      };
    })
    .sort((a, b) => a.parameters - b.parameters);
  return (method, path) => {
    const found = templates.find((t) => t.pattern.test(path));
    if (!found) return undefined;
    return { template: found.template, operation: document.paths[found.template]?.[method.toLowerCase()] };
  };
}
