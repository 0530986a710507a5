/**
 * ap_resolve_env: every `${NAME}` becomes the value of a `Define` or of the environment; an undefined one stays
 * literal (Apache logs AH00111 and goes on), which is why `undefined` is reported, not thrown.
 */
export function interpolate(
  text: string,
  lookup: (name: string) => string | undefined,
  undefinedVariable: (name: string) => void,
): string {
  if (!text.includes('${')) return text;
  return text.replace(/\$\{([^}]+)\}/g, (whole, name: string) => {
    const value = lookup(name);
    if (value === undefined) {
      undefinedVariable(name);
      return whole;
    }
    return value;
  });
}
